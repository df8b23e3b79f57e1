// The command line as a hostile but honest user meets it: every case that could destroy
// or quietly change a bureau is refused, with its exit status and the key words of its
// message, and the database is byte for byte what it was.
#include "clirun.h"
#include "testsupport.h"

#include "core/numberformat.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/figurerepository.h"
#include "storage/userrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

constexpr const char *kFigureHeader = "code,org_unit,year,quarter,value,note\n";

class Destructive : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.filePath(QStringLiteral("bureau.zhibiao"));
        const CliRun init = as(QStringLiteral("admin"), {QStringLiteral("init"), QStringLiteral("--demo")});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        // A figure of the bureau's own, as in the issue: 1.80 where the demo has 1.77.
        writeFile(file("own.csv"), QByteArray(kFigureHeader) + "JY02,D01,2019,4,1.8,\n");
        const CliRun own = as(QStringLiteral("staff"), {QStringLiteral("import"), QStringLiteral("figures"), file("own.csv")});
        ASSERT_EQ(own.exitCode, 0) << own.err.toStdString();
        m_before = readFile(m_db);
    }

    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    CliRun as(const QString &user, const QStringList &arguments) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user} + arguments);
    }

    // The check after every refusal: the file as it was, sound, and nothing left beside it.
    void expectUnchanged() const
    {
        EXPECT_EQ(readFile(m_db), m_before) << "the database changed";
        EXPECT_FALSE(QFileInfo::exists(m_db + QStringLiteral("-wal")));
        EXPECT_FALSE(QFileInfo::exists(m_db + QStringLiteral("-shm")));
        OpenError error;
        const auto db = Database::open(m_db, Database::Mode::OpenExisting, &error);
        ASSERT_TRUE(db) << error.message.toStdString();
        EXPECT_TRUE(db->integrityCheck());
    }

    double storedValue(const char *code, const char *orgUnit, int year, int quarter) const
    {
        OpenError error;
        const auto db = Database::open(m_db, Database::Mode::OpenExisting, &error);
        const auto figure = FigureRepository(*db).find(QString::fromLatin1(code), QString::fromLatin1(orgUnit),
                                                       Period{year, quarter});
        return figure ? figure->value : -1.0;
    }

    QTemporaryDir m_dir;
    QString m_db;
    QByteArray m_before;
};

} // namespace

TEST_F(Destructive, NoOutputReplacesTheDatabaseWhateverNameItGoesBy)
{
    ASSERT_EQ(::symlink(QFile::encodeName(m_db).constData(), QFile::encodeName(file("link.pdf")).constData()), 0);
    ASSERT_EQ(::link(QFile::encodeName(m_db).constData(), QFile::encodeName(file("hard.csv")).constData()), 0);
    ASSERT_TRUE(QFile::copy(m_db, file("other.zhibiao")));
    const QString viaDot = m_dir.path() + QStringLiteral("/./bureau.zhibiao");
    const QList<QStringList> commands{
        {QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--format"),
         QStringLiteral("pdf"), QStringLiteral("-o"), m_db},
        {QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--format"),
         QStringLiteral("odt"), QStringLiteral("-o"), viaDot},
        {QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--format"),
         QStringLiteral("html"), QStringLiteral("-o"), file("link.pdf")},
        {QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--format"),
         QStringLiteral("txt"), QStringLiteral("-o"), file("hard.csv")},
        {QStringLiteral("export"), QStringLiteral("figures"), m_db},
        {QStringLiteral("export"), QStringLiteral("figures"), m_db + QStringLiteral("-wal")},
        {QStringLiteral("export"), QStringLiteral("targets"), m_db + QStringLiteral("-shm")},
        {QStringLiteral("export"), QStringLiteral("indicators"), file("hard.csv")},
        {QStringLiteral("export"), QStringLiteral("figures"), file("other.zhibiao")},
        {QStringLiteral("export"), QStringLiteral("template"), m_db, QStringLiteral("--org-unit"), QStringLiteral("D01"),
         QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--quarter"), QStringLiteral("4")},
        {QStringLiteral("dashboard"), QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--quarter"),
         QStringLiteral("3"), QStringLiteral("-o"), file("link.pdf")},
    };
    const QByteArray other = readFile(file("other.zhibiao"));
    for (const QStringList &command : commands) {
        SCOPED_TRACE(command.join(QLatin1Char(' ')).toStdString());
        const CliRun run = as(QStringLiteral("staff"), command);
        EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("would destroy it"))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("Nothing was written"))) << run.err.toStdString();
    }
    EXPECT_EQ(readFile(file("other.zhibiao")), other);
    expectUnchanged();
    // An ordinary output still works, and the database is still what it was afterwards.
    const CliRun fine = as(QStringLiteral("staff"), {QStringLiteral("export"), QStringLiteral("figures"), file("out.csv")});
    EXPECT_EQ(fine.exitCode, 0) << fine.err.toStdString();
    EXPECT_GT(readFile(file("out.csv")).size(), 1000);
    expectUnchanged();
}

TEST_F(Destructive, InitNeverWritesOverABureau)
{
    const CliRun plain = as(QStringLiteral("admin"), {QStringLiteral("init")});
    EXPECT_EQ(plain.exitCode, 2);
    EXPECT_TRUE(plain.err.contains(QStringLiteral("already exists"))) << plain.err.toStdString();
    for (const QStringList &arguments : {QStringList{QStringLiteral("init"), QStringLiteral("--demo")},
                                         QStringList{QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--force")}}) {
        const CliRun demo = as(QStringLiteral("admin"), arguments);
        EXPECT_EQ(demo.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(demo.out.contains(QStringLiteral("ready"))) << demo.out.toStdString();
    }
    const CliRun forced = as(QStringLiteral("admin"), {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--force")});
    EXPECT_TRUE(forced.err.contains(QStringLiteral("bureau of its own"))) << forced.err.toStdString();
    expectUnchanged();
    EXPECT_DOUBLE_EQ(storedValue("JY02", "D01", 2019, 4), 1.8);

    // --force without the demo opens the bureau as it is.
    const CliRun open = as(QStringLiteral("admin"), {QStringLiteral("init"), QStringLiteral("--force")});
    EXPECT_EQ(open.exitCode, 0) << open.err.toStdString();
    EXPECT_DOUBLE_EQ(storedValue("JY02", "D01", 2019, 4), 1.8);
}

TEST(DestructiveInit, AMissingFolderIsNamedAndAnEmptyFileIsTakenOnlyWhenForced)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/b.zhibiao"));
    const CliRun run = runCli({QStringLiteral("--db"), missing, QStringLiteral("init")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("does not exist"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("not writable"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no"))));

    const QString empty = dir.filePath(QStringLiteral("empty.zhibiao"));
    writeFile(empty, {});
    EXPECT_EQ(runCli({QStringLiteral("--db"), empty, QStringLiteral("init")}).exitCode, 2);
    EXPECT_EQ(QFileInfo(empty).size(), 0);
    const CliRun forced = runCli({QStringLiteral("--db"), empty, QStringLiteral("--user"), QStringLiteral("王芳"),
                                  QStringLiteral("init"), QStringLiteral("--force")});
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    OpenError error;
    const auto db = Database::open(empty, Database::Mode::OpenExisting, &error);
    ASSERT_TRUE(db) << error.message.toStdString();
    EXPECT_EQ(UserRepository(*db).knownRole(QStringLiteral("王芳")), Role::Admin); // init's user administers it
}

TEST(DestructiveInit, ADiskTooFullForTheFileLeavesNoFileBehind)
{
    if (geteuid() != 0)
        GTEST_SKIP() << "mounting a small tmpfs needs root";
    QTemporaryDir dir;
    const QString disk = dir.filePath(QStringLiteral("disk"));
    ASSERT_TRUE(QDir().mkpath(disk));
    if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                    QStringLiteral("size=16k"), QStringLiteral("tmpfs"), disk})
        != 0)
        GTEST_SKIP() << "cannot mount a tmpfs here";
    const QString path = disk + QStringLiteral("/b.zhibiao");
    const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo")});
    const QStringList left = QDir(disk).entryList(QDir::Files);
    QProcess::execute(QStringLiteral("umount"), {disk});
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString();
    EXPECT_TRUE(left.isEmpty()) << left.join(QLatin1Char(' ')).toStdString();
}

TEST_F(Destructive, ImpossibleValuesAreRefusedWithTheirLineAndLimit)
{
    struct Case
    {
        const char *kind;
        QByteArray file;
        QString words;
    };
    const QList<Case> cases{
        {"figures", QByteArray(kFigureHeader) + "JY01,D01,2019,4,1e308,\n", QStringLiteral("too large")},
        {"figures", QByteArray(kFigureHeader) + "JY01,D01,2019,4,9e16,\n", QStringLiteral("must stay below")},
        {"targets", "code,org_unit,year,target\nJY01,D01,2020,1e300\n", QStringLiteral("too large")},
        {"figures", QByteArray(kFigureHeader) + "JY01,D01,2019,4,1.234567,\n", QStringLiteral("6 decimals")},
        {"figures", QByteArray(kFigureHeader) + "JY01,D01,2019,4,1.2,,extra\n", QStringLiteral("7 fields")},
        {"figures", QByteArray(kFigureHeader) + "JY01,D01,2019,4\n", QStringLiteral("4 of the header's 6")},
        {"figures", QByteArray(kFigureHeader) + "LD01,D01,2019,4,120,\n", QStringLiteral("0 to 100")},
        {"figures", QByteArray(kFigureHeader) + "JY01,D01,2019,4,-3,\n", QStringLiteral("cannot be negative")},
        {"targets", "code,org_unit,year,target\nJY01,D01,2020,-1\n", QStringLiteral("cannot be negative")},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.file.toStdString());
        writeFile(file("bad.csv"), c.file);
        const CliRun run = as(QStringLiteral("admin"), {QStringLiteral("import"), QString::fromLatin1(c.kind), file("bad.csv")});
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.err.contains(QStringLiteral("line 2"))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(c.words)) << run.err.toStdString();
    }
    expectUnchanged();
    // Whatever a double holds, the formatter never prints an overflowed integer.
    for (double huge : {1e308, -1e308, 9e16, 1.7976931348623157e308}) {
        const QString text = NumberFormat::number(huge, 2);
        EXPECT_FALSE(text.contains(QStringLiteral(".-"))) << text.toStdString();
        EXPECT_EQ(text.startsWith(QLatin1Char('-')), huge < 0) << text.toStdString();
    }
}

TEST_F(Destructive, PlausibilityWarningsAreSaidOnTheCommandLineToo)
{
    // Q4 below Q3 for a year-to-date total: imported (it may be a correction), but said.
    writeFile(file("odd.csv"), QByteArray(kFigureHeader) + "JY01,D04,2019,4,0.01,\n");
    const CliRun run = as(QStringLiteral("staff"), {QStringLiteral("import"), QStringLiteral("figures"), file("odd.csv")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("warning: line 2 (JY01 D04 2019Q4)"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("cannot go down"))) << run.err.toStdString();
}

TEST_F(Destructive, ControlCharactersAndEndlessNamesAreRefused)
{
    const QByteArray header = "code,category,subcategory,name,unit,kind,direction,precision,parent,sort,schedule\n";
    const QByteArray escape = header + "JY01,就业创业,,\x1b[31m城镇新增就业\x1b[0m,万人,cumulative,higher,2,,10,\n";
    const QByteArray endless = header + "JY01,就业创业,,城" + QByteArray("镇").repeated(100000) + ",万人,cumulative,higher,2,,10,\n";
    for (const QByteArray &data : {escape, endless}) {
        writeFile(file("names.csv"), data);
        const CliRun run = as(QStringLiteral("admin"), {QStringLiteral("import"), QStringLiteral("indicators"), file("names.csv")});
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.err.contains(QStringLiteral("control character")) || run.err.contains(QStringLiteral("at most 100")))
            << run.err.left(400).toStdString();
    }
    writeFile(file("units.csv"), "code,name,parent\nD09,\x1b]0;pwned\x07新区,CITY\n");
    EXPECT_EQ(as(QStringLiteral("admin"), {QStringLiteral("import"), QStringLiteral("org-units"), file("units.csv")}).exitCode, 2);
    writeFile(file("note.csv"), QByteArray(kFigureHeader) + "JY01,D04,2019,4,1.2,\"说明\x1b[2J\"\n");
    EXPECT_EQ(as(QStringLiteral("staff"), {QStringLiteral("import"), QStringLiteral("figures"), file("note.csv")}).exitCode, 2);
    expectUnchanged();
}

TEST_F(Destructive, OnlyKnownUsersChangeAnythingAndRolesHoldOnEveryPath)
{
    writeFile(file("fig.csv"), QByteArray(kFigureHeader) + "JY01,D04,2019,4,1.2,\n");
    writeFile(file("tgt.csv"), "code,org_unit,year,target\nJY01,D01,2020,1.5\n");
    writeFile(file("ind.csv"), "code,category,subcategory,name,unit,kind,direction,precision,parent,sort,schedule\n"
                               "JY01,就业创业,,改名的指标,万人,cumulative,higher,2,,10,\n");
    const QStringList submit{QStringLiteral("submit"), QStringLiteral("--org-unit"), QStringLiteral("D04"),
                             QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--quarter"), QStringLiteral("3")};
    for (const QStringList &command : {QStringList{QStringLiteral("import"), QStringLiteral("figures"), file("fig.csv")},
                                       QStringList{QStringLiteral("import"), QStringLiteral("targets"), file("tgt.csv")},
                                       submit}) {
        SCOPED_TRACE(command.join(QLatin1Char(' ')).toStdString());
        const CliRun ghost = as(QStringLiteral("ghost"), command);
        EXPECT_EQ(ghost.exitCode, 2);
        EXPECT_TRUE(ghost.err.contains(QStringLiteral("no user named 'ghost'"))) << ghost.err.toStdString();
        EXPECT_TRUE(ghost.err.contains(QStringLiteral("staff, leader"))) << ghost.err.toStdString(); // who exists
        EXPECT_EQ(as(QString(), command).exitCode, 1); // --user "": a usage error
    }
    // The catalogue and targets are not staff's, whichever path they take.
    for (const QStringList &command : {QStringList{QStringLiteral("import"), QStringLiteral("indicators"), file("ind.csv")},
                                       QStringList{QStringLiteral("import"), QStringLiteral("targets"), file("tgt.csv")},
                                       QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("mallory"),
                                                   QStringLiteral("--role"), QStringLiteral("admin")}}) {
        const CliRun staff = as(QStringLiteral("staff"), command);
        EXPECT_EQ(staff.exitCode, 2) << command.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(staff.err.contains(QStringLiteral("acts as staff"))) << staff.err.toStdString();
    }
    expectUnchanged();

    // An administrator's changes of the catalogue and the users are in the change log.
    EXPECT_EQ(as(QStringLiteral("admin"), {QStringLiteral("import"), QStringLiteral("indicators"), file("ind.csv")}).exitCode, 0);
    EXPECT_EQ(as(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("王芳"),
                                           QStringLiteral("--role"), QStringLiteral("staff"), QStringLiteral("--org-unit"),
                                           QStringLiteral("D01")})
                  .exitCode,
              0);
    OpenError error;
    const auto db = Database::open(m_db, Database::Mode::OpenExisting, &error);
    ASSERT_TRUE(db);
    const QList<ChangeEntry> renamed = ChangeLog(*db).entries(QStringLiteral("indicator"), QStringLiteral("JY01"));
    ASSERT_FALSE(renamed.isEmpty());
    EXPECT_EQ(renamed.last().userName, QStringLiteral("admin"));
    EXPECT_EQ(renamed.last().newValue.value(QStringLiteral("name")).toString(), QStringLiteral("改名的指标"));
    EXPECT_EQ(renamed.last().oldValue.value(QStringLiteral("name")).toString(), QStringLiteral("城镇新增就业"));
    EXPECT_TRUE(renamed.last().note.contains(QStringLiteral("ind.csv")));
    const QList<ChangeEntry> added = ChangeLog(*db).entries(QStringLiteral("user"), QStringLiteral("王芳"));
    ASSERT_EQ(added.size(), 1);
    EXPECT_EQ(added.first().newValue.value(QStringLiteral("org_unit")).toString(), QStringLiteral("D01"));
}

TEST_F(Destructive, MessagesSayWhatHappenedInWords)
{
    // 72,000 bad rows: the first 50 and a count, not 72,000 lines.
    QByteArray many = kFigureHeader;
    for (int i = 0; i < 72000; ++i)
        many += "JY01,D01,2019,4,x,\n";
    writeFile(file("many.csv"), many);
    const CliRun flood = as(QStringLiteral("staff"), {QStringLiteral("import"), QStringLiteral("figures"), file("many.csv")});
    EXPECT_EQ(flood.exitCode, 2);
    EXPECT_LT(flood.err.count(QLatin1Char('\n')), 60);
    EXPECT_TRUE(flood.err.contains(QStringLiteral("more error(s), not shown"))) << flood.err.right(300).toStdString();

    // A GBK file is reported on the line with the GBK bytes.
    writeFile(file("gbk.csv"), QByteArray(kFigureHeader) + "JY01,D01,2019,4,1.2,\xb9\xfa\xbc\xd2\n");
    const CliRun gbk = as(QStringLiteral("staff"), {QStringLiteral("import"), QStringLiteral("figures"), file("gbk.csv")});
    EXPECT_TRUE(gbk.err.contains(QStringLiteral("line 2"))) << gbk.err.toStdString();
    EXPECT_TRUE(gbk.err.contains(QStringLiteral("GBK"))) << gbk.err.toStdString();

    // No SQLite or Qt driver text reaches the person.
    for (const CliRun &run : {flood, gbk})
        EXPECT_FALSE(run.err.contains(QStringLiteral("Unable to"))) << run.err.toStdString();
    expectUnchanged();

    // A year without any figure has no report.
    const CliRun empty = as(QStringLiteral("staff"), {QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2030"),
                                                      QStringLiteral("--format"), QStringLiteral("txt"), QStringLiteral("-o"),
                                                      file("empty.txt")});
    EXPECT_EQ(empty.exitCode, 2);
    EXPECT_TRUE(empty.err.contains(QStringLiteral("no figures for 2030"))) << empty.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file("empty.txt")));
}

TEST_F(Destructive, ALoweredSchemaVersionIsADamagedFileNotARawError)
{
    {
        OpenError error;
        const auto db = Database::open(m_db, Database::Mode::OpenExisting, &error);
        ASSERT_TRUE(db);
        QSqlQuery(db->connection()).exec(QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'"));
    }
    const QByteArray lowered = readFile(m_db);
    const CliRun run = as(QStringLiteral("staff"), {QStringLiteral("status"), QStringLiteral("--year"), QStringLiteral("2019")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("do not match"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("already exists"))) << run.err.toStdString();
    EXPECT_EQ(readFile(m_db), lowered);
}

TEST_F(Destructive, AReadOnlyFileCanStillBeRead)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root writes a read-only file anyway; the ctest entry ...AsOrdinaryUser runs this";
    ASSERT_TRUE(QFile::setPermissions(m_db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const CliRun status = as(QStringLiteral("staff"), {QStringLiteral("status"), QStringLiteral("--year"), QStringLiteral("2019")});
    EXPECT_EQ(status.exitCode, 0) << status.err.toStdString();
    EXPECT_TRUE(status.out.contains(QStringLiteral("JY01"))) << status.out.toStdString();
    EXPECT_TRUE(status.err.contains(QStringLiteral("reading only"))) << status.err.toStdString();
    const CliRun change = as(QStringLiteral("staff"), {QStringLiteral("import"), QStringLiteral("figures"), file("own.csv")});
    EXPECT_EQ(change.exitCode, 2);
    EXPECT_TRUE(change.err.contains(QStringLiteral("read-only"))) << change.err.toStdString();
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
    expectUnchanged();
}
