#pragma once

#include <QCoreApplication>
#include <QString>

namespace zhibiao {

// A file the person names for the program to write (a report, an export, a dashboard
// image, an entry template). It never replaces the bureau's own database, the files
// SQLite keeps beside it, its lock or any other Zhibiao database, whatever name the path
// uses for them (a symlink, "./", a hard link): files are compared by identity, not by
// name. It is written whole or not at all.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::OutputFile)

public:
    // Why outputPath must not be written while databasePath is open (empty: it may be).
    // databasePath may be empty when no bureau is open.
    static QString refusal(const QString &outputPath, const QString &databasePath);
    // Writes bytes to outputPath atomically after the check above; false with *error set
    // (naming the file, saying what to do) when refused or when the write fails.
    static bool save(const QString &outputPath, const QByteArray &bytes, const QString &databasePath,
                     QString *error);
};

} // namespace zhibiao
