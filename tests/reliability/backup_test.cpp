#include "testsupport.h"
#include "workload.h"

#include "cli/cliapp.h"
#include "storage/backupstore.h"
#include "storage/dailybackup.h"
#include "storage/database.h"
#include "storage/figurerepository.h"
#include "storage/instancelock.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

#include <unistd.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

const QDateTime kDay1(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);

class Backups : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("bureau.zhibiao"));
        open();
        Workload::installCatalogue(*db);
        setValue(1.5);
    }
    void open()
    {
        OpenError error;
        db = Database::open(path, Database::Mode::CreateIfMissing, &error);
        ASSERT_TRUE(db) << error.message.toStdString();
    }
    void setValue(double value)
    {
        Figure figure = Workload::figure(0);
        figure.value = value;
        FigureRepository(*db).upsert({figure}, QStringLiteral("staff"));
    }
    static double valueIn(const QString &file)
    {
        OpenError error;
        const auto other = Database::open(file, Database::Mode::OpenExisting, &error);
        if (!other)
            return -1;
        const Figure f = Workload::figure(0);
        const auto found = FigureRepository(*other).find(f.indicatorCode, f.orgUnitCode, f.period);
        return found ? found->value : -1;
    }
    // Opened from a copy, so that the check cannot change the backup itself.
    double valueInCopy(const QString &file)
    {
        const QString copy = dir.filePath(QStringLiteral("copy-%1.zhibiao").arg(++copies));
        EXPECT_TRUE(QFile::copy(file, copy));
        return valueIn(copy);
    }
    QString foreignSqliteFile()
    {
        const QString foreign = dir.filePath(QStringLiteral("other-program.db"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(foreign);
            EXPECT_TRUE(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        return foreign;
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
    int copies = 0;
};

} // namespace

TEST_F(Backups, DailyBackupOncePerDayKeepingTheNewestTen)
{
    const BackupStore store(path);
    EXPECT_EQ(store.folder(), path + QStringLiteral("-backups"));
    const QString first = store.ensureDaily(*db, kDay1);
    ASSERT_FALSE(first.isEmpty());
    EXPECT_TRUE(first.startsWith(store.folder() + QLatin1Char('/')));
    EXPECT_TRUE(BackupStore::verify(first, nullptr));
    EXPECT_EQ(valueInCopy(first), 1.5);

    setValue(2.5);
    EXPECT_TRUE(store.ensureDaily(*db, kDay1.addSecs(3600)).isEmpty()); // same day: no second copy
    for (int day = 1; day <= 11; ++day)
        EXPECT_FALSE(store.ensureDaily(*db, kDay1.addDays(day)).isEmpty());
    const QList<BackupEntry> entries = store.list();
    ASSERT_EQ(entries.size(), 10);
    EXPECT_EQ(entries.first().createdUtc.date(), kDay1.addDays(11).date()); // newest first
    EXPECT_EQ(entries.last().createdUtc.date(), kDay1.addDays(2).date());
    EXPECT_FALSE(QFileInfo::exists(first));
    EXPECT_EQ(valueInCopy(entries.first().path), 2.5);
}

// The day's copy is read whole when it is made; at each later start only its header, tables
// and version are looked at. A copy that is no longer a Zhibiao file does not stand for the day.
TEST_F(Backups, ATodaysCopyThatIsNoLongerOursIsMadeAgain)
{
    const BackupStore store(path);
    const QString first = store.ensureDaily(*db, kDay1);
    ASSERT_FALSE(first.isEmpty());
    EXPECT_TRUE(store.ensureDaily(*db, kDay1.addSecs(60)).isEmpty());

    QFile copy(first);
    ASSERT_TRUE(copy.open(QIODevice::WriteOnly | QIODevice::Truncate));
    copy.write("not a database any more");
    copy.close();
    const QString again = store.ensureDaily(*db, kDay1.addSecs(120));
    ASSERT_FALSE(again.isEmpty());
    EXPECT_NE(again, first);
    EXPECT_TRUE(BackupStore::verify(again, nullptr));
    EXPECT_EQ(valueInCopy(again), 1.5);
}

// The copies made before schema upgrades live in the same folder (so restore and the
// list find them) but are counted apart: a busy fortnight of daily copies must not push
// out the copy of the file as it was before the program was upgraded.
TEST_F(Backups, UpgradeCopiesAreKeptApartFromDailyOnes)
{
    const BackupStore store(path);
    for (int from = 1; from <= 3; ++from)
        EXPECT_TRUE(store.createBeforeUpgrade(*db, from, 2).contains(QStringLiteral(".before-upgrade-v")));
    for (int day = 0; day < 12; ++day)
        ASSERT_FALSE(store.ensureDaily(*db, kDay1.addDays(day)).isEmpty());
    QList<int> upgradeSchemas;
    int daily = 0;
    for (const BackupEntry &entry : store.list()) {
        if (entry.beforeSchema > 0)
            upgradeSchemas << entry.beforeSchema;
        else
            ++daily;
    }
    EXPECT_EQ(daily, BackupStore::kDefaultKeep);
    std::sort(upgradeSchemas.begin(), upgradeSchemas.end());
    EXPECT_EQ(upgradeSchemas, (QList<int>{2, 3})); // the oldest upgrade copy went, keep = 2
    for (const BackupEntry &entry : store.list())
        EXPECT_TRUE(BackupStore::verify(entry.path, nullptr)) << entry.path.toStdString();
}

TEST_F(Backups, RestorePutsTheBackupBackAndKeepsTheReplacedFile)
{
    const BackupStore store(path);
    const QString backup = store.create(*db, kDay1);
    setValue(2.5);
    db.reset();

    const QString before = store.restore(backup);
    EXPECT_EQ(before, path + QStringLiteral(".before-restore"));
    EXPECT_EQ(valueIn(path), 1.5);
    EXPECT_EQ(valueIn(before), 2.5);
    EXPECT_TRUE(BackupStore::verify(backup, nullptr)); // the backup itself is unchanged and sound
}

TEST_F(Backups, RestoreRefusesDamagedAndForeignFiles)
{
    const BackupStore store(path);
    const QString backup = store.create(*db, kDay1);
    db.reset();
    const QByteArray original = readFile(path);

    const QString truncated = dir.filePath(QStringLiteral("truncated.bak"));
    writeFile(truncated, readFile(backup).left(3000));
    const QString scrambled = dir.filePath(QStringLiteral("scrambled.bak"));
    QByteArray bytes = readFile(backup);
    for (qsizetype i = 4096; i < bytes.size(); i += 7)
        bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
    writeFile(scrambled, bytes);
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(text, "这不是数据库\n");

    const struct
    {
        QString file;
        QString says;
    } cases[] = {{truncated, QStringLiteral("damaged")},
                 {scrambled, QStringLiteral("damaged")},
                 {text, QStringLiteral("not a SQLite file")},
                 {foreignSqliteFile(), QStringLiteral("another program")},
                 {dir.filePath(QStringLiteral("missing.bak")), QStringLiteral("cannot be read")}};
    for (const auto &c : cases) {
        QString message;
        EXPECT_FALSE(BackupStore::verify(c.file, &message)) << c.file.toStdString();
        EXPECT_TRUE(message.contains(c.says)) << message.toStdString();
        EXPECT_TRUE(message.contains(QDir::toNativeSeparators(c.file))) << message.toStdString();
        try {
            store.restore(c.file);
            ADD_FAILURE() << "restored from " << c.file.toStdString();
        } catch (const StorageError &e) {
            EXPECT_TRUE(e.message().contains(QStringLiteral("Nothing was changed"))) << e.what();
        }
        EXPECT_EQ(readFile(path), original);
        EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".before-restore")));
    }
}

TEST_F(Backups, RestoreRefusedWhileTheFileIsOpenElsewhere)
{
    const BackupStore store(path);
    const QString backup = store.create(*db, kDay1);
    InstanceLock window(path);
    ASSERT_TRUE(window.tryLock());
    EXPECT_THROW(store.restore(backup), StorageError);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".before-restore")));
}

TEST_F(Backups, CommandLine)
{
    db.reset();
    auto cli = [&](const QStringList &args, QString *output = nullptr) {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int code = CliApp(outStream, errStream).run(QStringList{QStringLiteral("zhibiao-cli"),
                                                                     QStringLiteral("--db"), path}
                                                         + args);
        if (output)
            *output = out + err;
        return code;
    };
    QString output;
    const QString elsewhere = dir.filePath(QStringLiteral("usb"));
    EXPECT_EQ(cli({QStringLiteral("backup"), QStringLiteral("--to"), elsewhere}, &output), 0) << output.toStdString();
    EXPECT_EQ(QDir(elsewhere).entryList(QDir::Files).size(), 1);
    EXPECT_EQ(cli({QStringLiteral("backup")}, &output), 0) << output.toStdString();
    EXPECT_EQ(cli({QStringLiteral("backups")}, &output), 0);
    const QList<BackupEntry> entries = BackupStore(path).list();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_TRUE(output.contains(entries.first().path)) << output.toStdString();

    EXPECT_EQ(cli({QStringLiteral("restore"), foreignSqliteFile()}, &output), CliApp::DataError);
    EXPECT_TRUE(output.contains(QStringLiteral("another program"))) << output.toStdString();
    EXPECT_EQ(cli({QStringLiteral("restore"), entries.first().path}, &output), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral(".before-restore"))) << output.toStdString();
    EXPECT_EQ(cli({QStringLiteral("restore")}, &output), CliApp::UsageError);
    EXPECT_EQ(cli({QStringLiteral("backups"), QStringLiteral("--to"), elsewhere}, &output), CliApp::UsageError);
}

TEST_F(Backups, FirstChangeOfTheDayThroughTheCommandLineMakesABackup)
{
    db.reset();
    const QString csv = dir.filePath(QStringLiteral("figures.csv"));
    writeFile(csv, Workload::figuresCsv(2001, 1));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const QStringList base{QStringLiteral("zhibiao-cli"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                           QStringLiteral("staff")};
    ASSERT_EQ(CliApp(outStream, errStream).run(base + QStringList{QStringLiteral("import"), QStringLiteral("figures"), csv}), 0)
        << err.toStdString();
    const QList<BackupEntry> entries = BackupStore(path).list();
    ASSERT_EQ(entries.size(), 1);
    // The copy was taken before the import changed anything.
    EXPECT_EQ(valueInCopy(entries.first().path), 1.5);
    OpenError error;
    const auto copy = Database::open(dir.filePath(QStringLiteral("copy-1.zhibiao")), Database::Mode::OpenExisting, &error);
    ASSERT_TRUE(copy);
    EXPECT_FALSE(FigureRepository(*copy).find(Workload::figure(Workload::kSlotsPerYear).indicatorCode,
                                              Workload::figure(Workload::kSlotsPerYear).orgUnitCode,
                                              Workload::figure(Workload::kSlotsPerYear).period));
    // A second change the same day makes no second copy.
    ASSERT_EQ(CliApp(outStream, errStream).run(base + QStringList{QStringLiteral("import"), QStringLiteral("figures"), csv}), 0);
    EXPECT_EQ(BackupStore(path).list().size(), 1);
}

// A copy cut short (an empty .bak, a .partial with its journal, as a kill during the copy
// leaves them) is never listed and never stands for the day; the next change makes one.
TEST_F(Backups, ABrokenOrEmptyCopyNeverCountsAsTheDaysBackup)
{
    const QString folder = BackupStore::defaultFolder(path);
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString empty = QDir(folder).filePath(QStringLiteral("bureau.zhibiao.%1.bak").arg(stamp));
    writeFile(empty, {});
    writeFile(QDir(folder).filePath(QStringLiteral("bureau.zhibiao.%1.bak.partial").arg(stamp)), "SQLite format 3");
    writeFile(QDir(folder).filePath(QStringLiteral("bureau.zhibiao.%1.bak.partial-journal").arg(stamp)), "x");
    EXPECT_TRUE(BackupStore(path).list().isEmpty());

    QString out;
    QTextStream stream(&out);
    EXPECT_EQ(CliApp(stream, stream).run({QStringLiteral("zhibiao-cli"), QStringLiteral("--db"), path,
                                          QStringLiteral("restore"), empty}),
              CliApp::DataError);
    stream.flush();
    EXPECT_TRUE(out.contains(QStringLiteral("cannot be used"))) << out.toStdString();
    out.clear();
    EXPECT_EQ(CliApp(stream, stream).run({QStringLiteral("zhibiao-cli"), QStringLiteral("--db"), path,
                                          QStringLiteral("backups")}),
              0);
    stream.flush();
    EXPECT_TRUE(out.contains(QStringLiteral("No backups"))) << out.toStdString();

    DailyBackup::install(*db, {}, BackupStore::kDefaultKeep);
    setValue(2.5);
    const QList<BackupEntry> entries = BackupStore(path).list();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_TRUE(BackupStore::verify(entries.first().path, nullptr));
    EXPECT_EQ(valueInCopy(entries.first().path), 1.5); // taken before the change
    EXPECT_TRUE(QDir(folder).entryList({QStringLiteral("*.partial*")}, QDir::Files).isEmpty());
}

// When the day's copy cannot be written, the change is not made either: it stops, says so,
// and the file keeps what it had.
TEST_F(Backups, AChangeWithoutItsBackupIsRefused)
{
    // Where the backup folder should be, a file: no copy can be made there.
    writeFile(BackupStore::defaultFolder(path), "in the way");
    DailyBackup::install(*db, {}, BackupStore::kDefaultKeep);
    try {
        setValue(9.5);
        ADD_FAILURE() << "the change went ahead without a backup";
    } catch (const StorageError &e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::BackupFailed);
        EXPECT_TRUE(e.message().contains(QStringLiteral("Nothing was changed"))) << e.message().toStdString();
    }
    db.reset();
    EXPECT_EQ(valueIn(path), 1.5);

    // The same through the command line: exit 2, the reason, the figure unchanged.
    const QString csv = dir.filePath(QStringLiteral("figures.csv"));
    writeFile(csv, Workload::figuresCsv(2001, 1));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    EXPECT_EQ(CliApp(outStream, errStream)
                  .run({QStringLiteral("zhibiao-cli"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                        QStringLiteral("staff"), QStringLiteral("import"), QStringLiteral("figures"), csv}),
              CliApp::DataError);
    errStream.flush();
    EXPECT_TRUE(err.contains(QStringLiteral("No backup of"))) << err.toStdString();
    EXPECT_FALSE(err.contains(QStringLiteral("Correct what is listed"))) << err.toStdString();
    EXPECT_EQ(valueIn(path), 1.5);
}

// A full disk under the backup folder (a small tmpfs; root only, as CI runs): refused alike.
TEST_F(Backups, AFullBackupDiskRefusesTheChange)
{
    if (geteuid() != 0)
        GTEST_SKIP() << "mounting a small tmpfs needs root";
    const QString folder = BackupStore::defaultFolder(path);
    ASSERT_TRUE(QDir().mkpath(folder));
    if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                    QStringLiteral("size=8k"), QStringLiteral("tmpfs"), folder})
        != 0)
        GTEST_SKIP() << "cannot mount a tmpfs here";
    DailyBackup::install(*db, {}, BackupStore::kDefaultKeep);
    QString message;
    try {
        setValue(9.5);
    } catch (const StorageError &e) {
        message = e.message();
    }
    const QStringList left = QDir(folder).entryList(QDir::Files);
    QProcess::execute(QStringLiteral("umount"), {folder});
    EXPECT_TRUE(message.contains(QStringLiteral("disk is full"))) << message.toStdString();
    EXPECT_TRUE(left.isEmpty()) << left.join(QLatin1Char(' ')).toStdString();
    db.reset();
    EXPECT_EQ(valueIn(path), 1.5);
}
