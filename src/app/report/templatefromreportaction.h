#pragma once

#include <QCoreApplication>

class QWidget;

namespace zhibiao {

class Database;

// "From last year's report…": picks the report file, asks the year it reports on (by
// default the year before the report window's), reads and binds it, and opens the review
// dialog, which may save it as the next year's narratives.
class TemplateFromReportAction
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::TemplateFromReportAction)

public:
    // True when the dialog saved narratives (for the year after the one asked).
    static bool run(QWidget *parent, const Database &db, int reportWindowYear);
};

} // namespace zhibiao
