#include "testsupport.h"

#include "io/demobureau.h"
#include "io/importer.h"
#include "io/importfile.h"
#include "storage/auditrepository.h"
#include "storage/figurerepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

QStringList firstColumn(const QString &demoFile)
{
    QStringList codes;
    const QList<QByteArray> lines = readFile(sourcePath(demoFile)).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty())
            codes << QString::fromUtf8(lines.at(i).split(',').first());
    }
    return codes;
}

// Every indicator of every org unit for 2019 Q4 (open in the demo), each with a long note:
// far more than the file size limit the test allows.
QByteArray bigFiguresFile()
{
    QByteArray csv = "code,org_unit,year,quarter,value,note\n";
    const QByteArray note = QByteArray("数据来源：季度统计报表，已核对。").repeated(30);
    for (const QString &unit : firstColumn(QStringLiteral("resources/demo/org-units.csv"))) {
        for (const QString &code : firstColumn(QStringLiteral("resources/demo/indicators.csv")))
            csv += code.toUtf8() + ',' + unit.toUtf8() + ",2019,4,1," + note + '\n';
    }
    return csv;
}

// While alive, no file of this process can grow past `bytes`: writes beyond fail with EFBIG
// (SIGXFSZ ignored), as on a disk that is full.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_handler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

// A disk that fills up in the middle of an import: the import says so, naming the
// database, and nothing of it is stored; the database is whole and as it was.
TEST(HostileFiles, FullDiskDuringAnImportChangesNothing)
{
    TempDatabase temp;
    ASSERT_TRUE(DemoBureau::install(temp.db()).ok());
    const QList<Figure> before = FigureRepository(temp.db()).figures();
    const int auditBefore = AuditRepository(temp.db()).count();
    const QString source = temp.dir() + QStringLiteral("/q4.csv");
    const QByteArray sourceBytes = bigFiguresFile();
    writeFile(source, sourceBytes);
    const RecordTable table = ImportFile::readFile(source);
    ASSERT_TRUE(table.ok());
    ASSERT_GT(sourceBytes.size(), 200 * 1024);

    ImportResult result;
    {
        const FileSizeLimit limit(64 * 1024);
        ASSERT_TRUE(limit.ok());
        result = Importer(temp.db(), QStringLiteral("staff")).import(InterchangeKind::Figures, table,
                                                                     QStringLiteral("q4.csv"));
    }
    ASSERT_FALSE(result.ok()) << "the import fitted in 64 KB";
    const QString message = result.errors.first().toString();
    EXPECT_TRUE(message.contains(QFileInfo(temp.path()).fileName())) << message.toStdString();

    temp.reopen();
    QString details;
    EXPECT_TRUE(temp.db().integrityCheck(&details)) << details.toStdString();
    const QList<Figure> after = FigureRepository(temp.db()).figures();
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i].value, before[i].value);
        EXPECT_EQ(after[i].note, before[i].note);
    }
    EXPECT_EQ(AuditRepository(temp.db()).count(), auditBefore);
    EXPECT_EQ(readFile(source), sourceBytes);

    // With room again, the same file goes in whole.
    const ImportResult retried = Importer(temp.db(), QStringLiteral("staff"))
                                     .import(InterchangeKind::Figures, table, QStringLiteral("q4.csv"));
    EXPECT_TRUE(retried.ok()) << (retried.ok() ? std::string() : retried.errors.first().toString().toStdString());
    EXPECT_EQ(retried.rows, table.records.size() - 1);
    EXPECT_EQ(AuditRepository(temp.db()).count() > auditBefore, true);
}

// A folder that cannot be written: WAL needs two files beside the database, so the file is
// refused as read-only (not as damaged) with a message naming it, and nothing is created or
// changed. Root ignores permissions, so as root the folder is seen through a read-only bind
// mount instead (skipped where mounting is not allowed).
TEST(HostileFiles, ReadOnlyFolderIsRefusedUnchanged)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    ASSERT_TRUE(QDir().mkpath(folder));
    {
        OpenError error;
        auto db = Database::open(folder + QStringLiteral("/bureau.zhibiao"), Database::Mode::CreateIfMissing, &error);
        ASSERT_TRUE(db) << error.message.toStdString();
        ASSERT_TRUE(DemoBureau::install(*db).ok());
    }
    const QStringList entriesBefore = QDir(folder).entryList(QDir::Files);
    const QByteArray bytes = readFile(folder + QStringLiteral("/bureau.zhibiao"));

    QString view = folder;
    const bool root = geteuid() == 0;
    if (root) {
        view = dir.filePath(QStringLiteral("view"));
        ASSERT_TRUE(QDir().mkpath(view));
        if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), folder, view}) != 0)
            GTEST_SKIP() << "running as root without permission to mount: cannot make a read-only folder";
        if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), view}) != 0) {
            QProcess::execute(QStringLiteral("umount"), {view});
            GTEST_SKIP() << "cannot remount read-only";
        }
    } else {
        ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    }
    const QString file = view + QStringLiteral("/bureau.zhibiao");
    for (auto mode : {Database::Mode::OpenExisting, Database::Mode::CreateIfMissing}) {
        OpenError error;
        EXPECT_FALSE(Database::open(file, mode, &error));
        EXPECT_EQ(error.code, OpenError::Code::ReadOnly) << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(QDir::toNativeSeparators(file))) << error.message.toStdString();
    }
    OpenError error;
    EXPECT_FALSE(Database::open(view + QStringLiteral("/new.zhibiao"), Database::Mode::CreateIfMissing, &error));
    EXPECT_EQ(error.code, OpenError::Code::ReadOnly) << error.message.toStdString();

    if (root)
        QProcess::execute(QStringLiteral("umount"), {view});
    else
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files), entriesBefore);
    EXPECT_EQ(readFile(folder + QStringLiteral("/bureau.zhibiao")), bytes);
}

// A database on a disk so full that SQLite cannot make its WAL index: refused as a full
// disk (not as damaged, which would send the reader to a backup for nothing), unchanged.
// Needs a small tmpfs, so it runs only where the test may mount one (root).
TEST(HostileFiles, DatabaseOnAFullDiskIsNotCalledDamaged)
{
    if (geteuid() != 0)
        GTEST_SKIP() << "mounting a small tmpfs needs root";
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("bureau.zhibiao"));
    {
        OpenError error;
        auto db = Database::open(source, Database::Mode::CreateIfMissing, &error);
        ASSERT_TRUE(db) << error.message.toStdString();
        ASSERT_TRUE(DemoBureau::install(*db).ok());
    }
    const QByteArray bytes = readFile(source);
    const QString disk = dir.filePath(QStringLiteral("disk"));
    ASSERT_TRUE(QDir().mkpath(disk));
    // Room for the file and 8 KB more: not enough for the 32 KB WAL index.
    const QString size = QStringLiteral("size=%1k").arg(bytes.size() / 1024 + 12);
    if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                    size, QStringLiteral("tmpfs"), disk}) != 0)
        GTEST_SKIP() << "cannot mount a tmpfs here";
    const QString file = disk + QStringLiteral("/bureau.zhibiao");
    ASSERT_TRUE(QFile::copy(source, file));
    OpenError error;
    const auto db = Database::open(file, Database::Mode::OpenExisting, &error);
    EXPECT_FALSE(db);
    EXPECT_NE(error.code, OpenError::Code::Damaged) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QDir::toNativeSeparators(file))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("full"))) << error.message.toStdString();
    EXPECT_EQ(readFile(file), bytes);
    QProcess::execute(QStringLiteral("umount"), {disk});
}
