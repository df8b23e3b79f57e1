#include "testsupport.h"

#include "storage/userrepository.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace zhibiao::test {

TempDatabase::TempDatabase() : m_path(m_dir.filePath(QStringLiteral("bureau.zhibiao")))
{
    reopen();
    if (m_db)
        UserRepository(*m_db).createFirstAdmin(admin());
}

void TempDatabase::reopen()
{
    m_db.reset();
    OpenError error;
    m_db = Database::open(m_path, Database::Mode::CreateIfMissing, &error);
    if (!m_db)
        ADD_FAILURE() << "cannot open test database: " << error.message.toStdString();
}

std::unique_ptr<Database> TempDatabase::handOver()
{
    m_db.reset();
    OpenError error;
    auto db = Database::open(m_path, Database::Mode::OpenExisting, &error);
    if (!db)
        ADD_FAILURE() << "cannot open test database: " << error.message.toStdString();
    return db;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        ADD_FAILURE() << "cannot write " << path.toStdString();
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(ZHIBIAO_SOURCE_DIR "/") + relative;
}

QString runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString withoutWhiteSpace(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption));
    return text;
}

} // namespace zhibiao::test
