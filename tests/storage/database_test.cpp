#include "rawconnection.h"
#include "sampledata.h"
#include "testsupport.h"

#include "storage/backupstore.h"
#include "storage/checkstop.h"
#include "storage/database.h"
#include "storage/figurerepository.h"
#include "storage/migrations.h"
#include "storage/orgunitrepository.h"
#include "storage/sqlitedialect.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>
#include <thread>

#include <unistd.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

class DatabaseOpen : public ::testing::Test
{
protected:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // A closed Zhibiao file with a few hundred figures in it, spread over several pages.
    QString databaseWithData(const char *name) const
    {
        const QString file = path(name);
        OpenError error;
        auto db = Database::open(file, Database::Mode::CreateIfMissing, &error);
        EXPECT_TRUE(db) << error.message.toStdString();
        if (!db)
            return file;
        SampleData::install(*db);
        QList<Figure> figures;
        const QString note = QStringLiteral("季度说明").repeated(40);
        for (int year = 2010; year < 2020; ++year) {
            for (int quarter = 1; quarter <= 4; ++quarter) {
                for (const char *unit : {"CITY", "D01", "D02"})
                    figures << SampleData::figure("F01", unit, year, quarter, quarter * 1.25, note);
            }
        }
        FigureRepository(*db).upsert(figures, QStringLiteral("tester"));
        return file;
    }

    // Opens a file that must be refused, in both modes, and checks that it is left as it was.
    void expectRefused(const QString &file, OpenError::Code code) const
    {
        const QByteArray before = readFile(file);
        for (auto mode : {Database::Mode::OpenExisting, Database::Mode::CreateIfMissing}) {
            OpenError error;
            const auto db = Database::open(file, mode, &error);
            EXPECT_FALSE(db);
            EXPECT_EQ(error.code, code) << error.message.toStdString();
            EXPECT_TRUE(error.message.contains(QDir::toNativeSeparators(file)))
                << error.message.toStdString();
            // Words for the person, not the driver's ("Unable to execute statement").
            EXPECT_FALSE(error.message.contains(QStringLiteral("Unable to"))) << error.message.toStdString();
        }
        EXPECT_EQ(readFile(file), before) << "the refused file was changed";
        // Nothing left beside a file that was only looked at.
        EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral("-wal")));
        EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral("-shm")));
    }

    QTemporaryDir m_dir;
};

int applicationId(const Database &db)
{
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(SqliteDialect::applicationIdQuery()));
    return query.next() ? query.value(0).toInt() : 0;
}

// Builds, with plain SQL, a Zhibiao file as a program of schema `version` left it.
void makeFileAtVersion(const QString &file, int version)
{
    RawConnection raw(file);
    for (int step = 1; step <= version; ++step) {
        for (const QString &sql : Migrations::statements(step)) {
            QString error;
            ASSERT_TRUE(raw.exec(sql, &error)) << sql.toStdString() << ": " << error.toStdString();
        }
    }
    if (version >= 1) {
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(SqliteDialect::kApplicationId)));
        ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '%1')")
                                 .arg(version)));
        ASSERT_TRUE(raw.exec(QStringLiteral(
            "INSERT INTO org_units (code, name, parent_code, sort_order) VALUES ('CITY', '全市', '', 1)")));
    }
}

} // namespace

TEST_F(DatabaseOpen, FreshFileGetsTheLatestSchema)
{
    const QString file = path("new.zhibiao");
    OpenError error;
    const auto db = Database::open(file, Database::Mode::CreateIfMissing, &error);
    ASSERT_TRUE(db) << error.message.toStdString();
    EXPECT_FALSE(error);
    EXPECT_GE(Database::latestSchemaVersion(), 1);
    EXPECT_EQ(Database::latestSchemaVersion(), Migrations::latestVersion());
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(applicationId(*db), SqliteDialect::kApplicationId);
    EXPECT_TRUE(db->integrityCheck());
    EXPECT_TRUE(db->lastBackupPath().isEmpty()); // nothing to back up in a new file
    EXPECT_TRUE(QFileInfo::exists(file));
}

TEST_F(DatabaseOpen, ForeignKeysAreEnforced)
{
    TempDatabase temp;
    QSqlQuery query(temp.db().connection());
    EXPECT_FALSE(query.exec(QStringLiteral(
        "INSERT INTO figures (indicator_id, org_unit_id, year, quarter, value) VALUES (99, 99, 2019, 1, 1)")));
}

TEST_F(DatabaseOpen, ReopeningKeepsTheData)
{
    TempDatabase temp;
    SampleData::install(temp.db());
    FigureRepository(temp.db()).upsert({SampleData::figure("F01", "D01", 2019, 2, 1.5, QStringLiteral("半年"))},
                                       QStringLiteral("tester"));
    temp.reopen();
    ASSERT_NO_FATAL_FAILURE();
    EXPECT_EQ(temp.db().schemaVersion(), Database::latestSchemaVersion());
    EXPECT_TRUE(temp.db().lastBackupPath().isEmpty()); // no migration, so no backup
    const auto figure = FigureRepository(temp.db()).find(QStringLiteral("F01"), QStringLiteral("D01"), Period{2019, 2});
    ASSERT_TRUE(figure);
    EXPECT_DOUBLE_EQ(figure->value, 1.5);
    EXPECT_EQ(figure->note, QStringLiteral("半年"));
    EXPECT_EQ(OrgUnitRepository(temp.db()).tree().units().size(), 3);
}

TEST_F(DatabaseOpen, OpenExistingMissingFileIsNotFoundAndCreatesNothing)
{
    const QString file = path("missing.zhibiao");
    OpenError error;
    EXPECT_FALSE(Database::open(file, Database::Mode::OpenExisting, &error));
    EXPECT_EQ(error.code, OpenError::Code::NotFound);
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_TRUE(QDir(m_dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_F(DatabaseOpen, NewerSchemaIsRefusedUnchanged)
{
    const QString file = databaseWithData("newer.zhibiao");
    {
        RawConnection raw(file);
        ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                                 .arg(Database::latestSchemaVersion() + 1)));
    }
    expectRefused(file, OpenError::Code::NewerSchema);
}

TEST_F(DatabaseOpen, SqliteFileOfAnotherProgramIsRefusedUnchanged)
{
    const QString file = path("other.db");
    {
        RawConnection raw(file);
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE foo (id INTEGER PRIMARY KEY, bar TEXT)")));
        ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO foo (bar) VALUES ('keep me')")));
    }
    expectRefused(file, OpenError::Code::NotOurs);
}

TEST_F(DatabaseOpen, SqliteFileWithAMetaTableButAnotherApplicationIdIsRefused)
{
    const QString file = path("lookalike.db");
    {
        RawConnection raw(file);
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")));
        ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO meta VALUES ('schema_version', '1')")));
    }
    expectRefused(file, OpenError::Code::NotOurs);
}

TEST_F(DatabaseOpen, TextFileIsRefusedUnchanged)
{
    const QString file = path("figures.csv");
    writeFile(file, QByteArrayLiteral("code,org_unit,year,quarter,value,note\nJY01,CITY,2019,1,1.4,\n"));
    expectRefused(file, OpenError::Code::NotOurs);
}

TEST_F(DatabaseOpen, ShortBinaryFileIsRefusedUnchanged)
{
    const QString file = path("short.bin");
    writeFile(file, QByteArrayLiteral("SQLite"));
    expectRefused(file, OpenError::Code::NotOurs);
}

TEST_F(DatabaseOpen, OverwrittenPagesAreDamagedAndUnchanged)
{
    const QString file = databaseWithData("overwritten.zhibiao");
    QByteArray bytes = readFile(file);
    const qsizetype pageSize = 4096;
    ASSERT_GE(bytes.size(), 8 * pageSize) << "the sample should span several pages";
    // Garbage over the middle pages, keeping the header page intact.
    const qsizetype from = bytes.size() / 2 / pageSize * pageSize;
    for (qsizetype i = from; i < from + 2 * pageSize; ++i)
        bytes[i] = static_cast<char>(0xA5 ^ (i & 0x3F));
    writeFile(file, bytes);
    expectRefused(file, OpenError::Code::Damaged);
}

TEST_F(DatabaseOpen, TruncatedFileIsDamagedAndUnchanged)
{
    const QString file = databaseWithData("truncated.zhibiao");
    const QByteArray bytes = readFile(file);
    ASSERT_GE(bytes.size(), 8 * 4096);
    writeFile(file, bytes.left(bytes.size() / 2));
    expectRefused(file, OpenError::Code::Damaged);
}

TEST_F(DatabaseOpen, ReadOnlyFileIsRefusedUnchanged)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "running as root: permissions do not stop root from writing";
    const QString file = databaseWithData("readonly.zhibiao");
    ASSERT_TRUE(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = readFile(file);
    OpenError error;
    EXPECT_FALSE(Database::open(file, Database::Mode::OpenExisting, &error));
    EXPECT_EQ(error.code, OpenError::Code::ReadOnly) << error.message.toStdString();
    EXPECT_EQ(readFile(file), before);
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_F(DatabaseOpen, EmptyFileIsMigratedFromVersionZero)
{
    const QString file = path("empty.zhibiao");
    writeFile(file, {});
    ASSERT_TRUE(QFileInfo::exists(file));
    OpenError error;
    const auto db = Database::open(file, Database::Mode::CreateIfMissing, &error);
    ASSERT_TRUE(db) << error.message.toStdString();
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(applicationId(*db), SqliteDialect::kApplicationId);
    EXPECT_TRUE(db->lastBackupPath().isEmpty());
}

TEST_F(DatabaseOpen, EmptyFileIsNotOursWhenOpeningExisting)
{
    const QString file = path("empty.zhibiao");
    writeFile(file, {});
    OpenError error;
    EXPECT_FALSE(Database::open(file, Database::Mode::OpenExisting, &error));
    EXPECT_EQ(error.code, OpenError::Code::NotOurs);
    EXPECT_EQ(readFile(file), QByteArray());
}

TEST_F(DatabaseOpen, SqliteFileWithoutTablesIsAdopted)
{
    const QString file = path("blank.db");
    {
        RawConnection raw(file);
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = 7"))); // writes the header page
    }
    ASSERT_GT(QFileInfo(file).size(), 0);
    OpenError error;
    const auto db = Database::open(file, Database::Mode::CreateIfMissing, &error);
    ASSERT_TRUE(db) << error.message.toStdString();
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
}

// Every migration step must take a file of its previous version, keep its data and leave a
// backup of it. Step 1 is covered by the empty-file tests above.
TEST_F(DatabaseOpen, UpgradesFromThePreviousVersion)
{
    const int latest = Database::latestSchemaVersion();
    if (latest <= 1)
        GTEST_SKIP() << "only one schema version exists: there is no previous version to upgrade from";
    for (int from = 1; from < latest; ++from) {
        SCOPED_TRACE(from);
        const QString file = path("old.zhibiao") + QString::number(from);
        makeFileAtVersion(file, from);
        const QByteArray before = readFile(file);
        OpenError error;
        const auto db = Database::open(file, Database::Mode::OpenExisting, &error);
        ASSERT_TRUE(db) << error.message.toStdString();
        EXPECT_EQ(db->schemaVersion(), latest);
        EXPECT_TRUE(db->integrityCheck());
        const OrgTree tree = OrgUnitRepository(*db).tree();
        ASSERT_TRUE(tree.root());
        EXPECT_EQ(tree.root()->name, QStringLiteral("全市"));

        // The copy made before migrating is the old file, still at its old version.
        ASSERT_FALSE(db->lastBackupPath().isEmpty());
        ASSERT_TRUE(QFileInfo::exists(db->lastBackupPath()));
        // In the file's backup folder, where the list and restore find it.
        const QList<BackupEntry> copies = BackupStore(file).list();
        ASSERT_EQ(copies.size(), 1);
        EXPECT_EQ(copies.first().path, db->lastBackupPath());
        EXPECT_EQ(copies.first().beforeSchema, from);
        EXPECT_FALSE(before.isEmpty());
        RawConnection backup(db->lastBackupPath());
        EXPECT_EQ(backup.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt(), from);
        EXPECT_EQ(backup.scalar(QStringLiteral("SELECT name FROM org_units WHERE code = 'CITY'")).toString(),
                  QStringLiteral("全市"));
    }
}

TEST_F(DatabaseOpen, BackupIsACompleteCopyAndNeverOverwrites)
{
    TempDatabase temp;
    SampleData::install(temp.db());
    const QString copy = path("copy.zhibiao");
    temp.db().backupTo(copy);
    {
        OpenError error;
        const auto db = Database::open(copy, Database::Mode::OpenExisting, &error);
        ASSERT_TRUE(db) << error.message.toStdString();
        EXPECT_EQ(OrgUnitRepository(*db).tree().units().size(), 3);
    }
    const QByteArray before = readFile(copy);
    EXPECT_THROW(temp.db().backupTo(copy), StorageError);
    EXPECT_EQ(readFile(copy), before);
}

// The window opens its start file with Check::Later and runs problemOf beside it.
TEST_F(DatabaseOpen, ACheckLeftForLaterFindsTheDamageOpenWouldHaveRefused)
{
    const QString sound = databaseWithData("sound.zhibiao");
    EXPECT_FALSE(Database::problemOf(sound).has_value());

    const QString file = databaseWithData("later.zhibiao");
    QByteArray bytes = readFile(file);
    const qsizetype pageSize = 4096;
    // Garbage over the last pages (figures and audit rows), the schema's pages intact.
    for (qsizetype i = bytes.size() - 2 * pageSize; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(0xA5 ^ (i & 0x3F));
    writeFile(file, bytes);

    OpenError error;
    EXPECT_EQ(Database::open(file, Database::Mode::OpenExisting, &error), nullptr);
    EXPECT_EQ(error.code, OpenError::Code::Damaged);
    {
        auto later = Database::open(file, Database::Mode::OpenExisting, &error, Database::Check::Later);
        ASSERT_NE(later, nullptr) << qPrintable(error.message);
        // While it is open, from another thread, as the window runs it.
        std::optional<OpenError> problem;
        std::thread checker([&] { problem = Database::problemOf(file); });
        checker.join();
        ASSERT_TRUE(problem.has_value());
        EXPECT_EQ(problem->code, OpenError::Code::Damaged);
        EXPECT_TRUE(problem->message.contains(QStringLiteral("later.zhibiao"))) << qPrintable(problem->message);
    }

    // A check stopped (the window closing) gives no verdict, not a false alarm or a false all-clear.
    CheckStop stop;
    stop.stop();
    EXPECT_FALSE(Database::problemOf(file, &stop).has_value());
    EXPECT_TRUE(Database::problemOf(file).has_value());
}
