#pragma once

#include "core/period.h"
#include "core/thresholds.h"
#include "report/reportcontent.h"
#include "report/reportstyle.h"

#include <QCoreApplication>
#include <QStringList>

namespace zhibiao {

class Database;

// `zhibiao-cli report`: load, build and write the report in one of its formats, or only
// check it. A report that would print blanks for placeholders without a value is not
// written unless allowBlanks is set.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ReportCommand)

public:
    struct Options
    {
        Period period;
        QString orgUnitCode; // empty: the city
        QString format;      // pdf, odt, docx, html, txt
        QString outputPath;  // empty with check
        bool check = false;  // build and list what the report cannot say; write nothing
        bool allowBlanks = false;
        Thresholds thresholds;
        FontChoice fonts; // empty roles: the GB/T 9704 faces
    };
    struct Result
    {
        bool ok = false;
        QString error;
        QStringList unresolved;    // narrative placeholders without a value
        QList<ReportIssue> issues; // everything the report could not say
        QString fontNote;          // PDF and ODT: the roles whose face was not installed, or empty
    };

    static bool isFormat(const QString &name); // pdf, odt, docx, html, txt
    // PDF, ODT and DOCX need a QGuiApplication (the default style's fonts).
    static Result run(const Database &db, const Options &options);
};

} // namespace zhibiao
