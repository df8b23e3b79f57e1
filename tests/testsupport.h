#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace zhibiao::test {

// A fresh database in a temporary folder that disappears with the fixture. Like every new
// bureau it has its first user, the administrator admin() (DemoBureau::install accepts it).
class TempDatabase
{
public:
    TempDatabase();
    static QString admin() { return QStringLiteral("admin"); }
    const Database &db() const { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    void reopen();
    void close() { m_db.reset(); }
    // Closes the fixture's connection and opens the file again for a window, which owns
    // the result (a window claims its file; two connections of one process would not).
    std::unique_ptr<Database> handOver();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

QByteArray readFile(const QString &path);
// What a program printed on stdout (waits up to a minute), e.g. pdftotext.
QString runProgram(const QString &program, const QStringList &arguments);
// The text without any white space, full-width spaces (a paragraph's indent) included.
QString withoutWhiteSpace(QString text);
void writeFile(const QString &path, const QByteArray &data);
// A file of the source tree, e.g. "resources/demo/figures.csv".
QString sourcePath(const QString &relative);

} // namespace zhibiao::test
