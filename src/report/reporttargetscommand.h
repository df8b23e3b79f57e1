#pragma once

#include "report/targetproposer.h"

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace zhibiao {

class Database;

// `zhibiao-cli report-targets`: lists the next-year target proposals of a year's report
// and, with --adopt, writes them as next year's targets.
class ReportTargetsCommand
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ReportTargetsCommand)

public:
    struct Options
    {
        int year = 0;
        QString orgUnitCode; // empty: the city
        QString format = QStringLiteral("text"); // text or csv
        bool adopt = false;
        bool overwrite = false;
        QString userName;
    };

    static bool isFormat(const QString &name);
    static QString table(const QList<TargetProposal> &proposals, int year, const QString &format);
    // Writes the listing (and the adoption's result) to out; false with *error on failure.
    static bool run(const Database &db, const Options &options, QTextStream &out, QString *error);
};

} // namespace zhibiao
