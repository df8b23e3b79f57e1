#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace zhibiao {

class Database;

// zhibiao-cli narratives: the prose of sections 二 and 三 as a CSV file
// (year,section,theme,sort,body; docs/interchange.md).
//   narratives export FILE [--year Y]   all years, or one
//   narratives import FILE              adds or replaces each theme, all or nothing
class NarrativesCommand
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::NarrativesCommand)

public:
    static QString usageProblem(const QStringList &args);
    static int run(const Database &db, const QStringList &args, int year, const QString &actingUser,
                   QTextStream &out, QTextStream &err);
};

} // namespace zhibiao
