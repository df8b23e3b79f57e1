#pragma once

#include "core/period.h"

#include <QCoreApplication>
#include <QStringList>

namespace zhibiao {

class Database;

// `zhibiao-cli report`: load, build and write the report in one of its formats.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ReportCommand)

public:
    struct Result
    {
        bool ok = false;
        QString error;
        QStringList unresolved; // narrative placeholders without a value
    };

    static bool isFormat(const QString &name); // pdf, odt, html, txt
    // orgUnitCode empty: the city. PDF and ODT need a QGuiApplication.
    static Result run(const Database &db, Period period, const QString &orgUnitCode,
                      const QString &format, const QString &outputPath);
};

} // namespace zhibiao
