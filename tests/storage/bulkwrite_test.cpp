// The bulk write path (SqliteDialect::BulkStatement): an import or a large paste writes
// every figure and exactly one audit row for each, all with one time, or nothing at all.
// Each test runs on SQLite's handle and on the QtSql fallback, which must behave alike.

#include "sampledata.h"
#include "testsupport.h"

#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/figurerepository.h"
#include "storage/sqlitedialect.h"
#include "storage/storageerror.h"

#include <gtest/gtest.h>

#include <QSet>

#include <algorithm>
#include <tuple>

using namespace zhibiao;
using namespace zhibiao::test;
using SqliteDialect::BulkStatement;

namespace {

enum class Path { Native, QtSql };

class BulkWriteTest : public ::testing::TestWithParam<Path>
{
protected:
    void SetUp() override
    {
        BulkStatement::forceQtSql(GetParam() == Path::QtSql);
        SampleData::install(m_temp.db());
    }
    void TearDown() override { BulkStatement::forceQtSql(false); }

    FigureRepository figures() const { return FigureRepository(m_temp.db()); }
    AuditRepository audit() const { return AuditRepository(m_temp.db()); }
    static QString user() { return QStringLiteral("王芳"); }

    // Far more rows than an edit: the batch takes the bulk path (whole tables read once).
    // Every indicator, org unit and quarter of 2001–2040, with a note on some.
    static QList<Figure> batch()
    {
        QList<Figure> result;
        for (int year = 2001; year <= 2040; ++year) {
            for (const char *orgUnit : {"CITY", "D01", "D02"}) {
                for (const char *indicator : {"F01", "R01", "S01"}) {
                    for (int quarter = 1; quarter <= 4; ++quarter)
                        result << SampleData::figure(indicator, orgUnit, year, quarter, year % 50 + quarter,
                                                     quarter == 2 ? QStringLiteral("第%1行").arg(result.size())
                                                                  : QString());
                }
            }
        }
        return result;
    }

    static QList<Figure> sorted(QList<Figure> list)
    {
        std::sort(list.begin(), list.end(), [](const Figure &a, const Figure &b) {
            return std::tie(a.period.year, a.period.quarter, a.orgUnitCode, a.indicatorCode)
                   < std::tie(b.period.year, b.period.quarter, b.orgUnitCode, b.indicatorCode);
        });
        return list;
    }

    TempDatabase m_temp;
};

} // namespace

TEST_P(BulkWriteTest, TakesThePathItNames)
{
    EXPECT_EQ(BulkStatement::native(m_temp.db().connection()), GetParam() == Path::Native);
}

TEST_P(BulkWriteTest, WritesEveryFigureAndOneAuditRowEachWithOneTime)
{
    const QList<Figure> written = batch();
    ASSERT_GT(written.size(), 1000);
    EXPECT_EQ(figures().upsert(written, user(), QStringLiteral("import big.csv")),
              (UpsertCounts{static_cast<int>(written.size()), 0, 0}));

    EXPECT_EQ(sorted(figures().figures()), sorted(written));

    const QList<AuditEntry> log = audit().entries();
    ASSERT_EQ(log.size(), written.size());
    QSet<QDateTime> times;
    for (qsizetype i = 0; i < log.size(); ++i) {
        const AuditEntry &entry = log.at(i);
        const Figure &figure = written.at(i); // written in the batch's order
        times.insert(entry.at);
        EXPECT_EQ(entry.entity, QStringLiteral("figure"));
        EXPECT_EQ(entry.userName, user());
        EXPECT_EQ(entry.indicatorCode, figure.indicatorCode);
        EXPECT_EQ(entry.orgUnitCode, figure.orgUnitCode);
        EXPECT_EQ(entry.year, figure.period.year);
        EXPECT_EQ(entry.quarter, figure.period.quarter);
        EXPECT_FALSE(entry.oldValue);
        EXPECT_EQ(entry.newValue, figure.value);
        EXPECT_EQ(entry.note, figure.note.isEmpty() ? QStringLiteral("import big.csv") : figure.note);
    }
    ASSERT_EQ(times.size(), 1) << "one transaction, one time";
    EXPECT_TRUE(times.begin()->isValid());
    EXPECT_LE(qAbs(times.begin()->secsTo(QDateTime::currentDateTimeUtc())), 60);

    // Written again with a few changes: only those are written, each with its old value.
    QList<Figure> again = written;
    again[7].value += 1.0;
    again[700].note = QStringLiteral("更正");
    EXPECT_EQ(figures().upsert(again, user()), (UpsertCounts{0, 2, static_cast<int>(written.size()) - 2}));
    const QList<AuditEntry> after = audit().entries();
    ASSERT_EQ(after.size(), written.size() + 2);
    EXPECT_EQ(after.at(written.size()).oldValue, written[7].value);
    EXPECT_EQ(after.at(written.size()).newValue, again[7].value);
    EXPECT_EQ(after.at(written.size() + 1).note, QStringLiteral("更正"));
}

TEST_P(BulkWriteTest, ACellRepeatedInTheBatchIsWrittenThenChanged)
{
    // A paste may hold the same cell twice: the later row updates what the earlier wrote.
    QList<Figure> written = batch();
    Figure again = written.at(10);
    again.value += 3.0;
    written.insert(500, again);
    EXPECT_EQ(figures().upsert(written, user()), (UpsertCounts{static_cast<int>(written.size()) - 1, 1, 0}));
    EXPECT_EQ(figures().find(again.indicatorCode, again.orgUnitCode, again.period), again);

    const QList<AuditEntry> log = audit().entries();
    ASSERT_EQ(log.size(), written.size());
    EXPECT_FALSE(log.at(10).oldValue);
    EXPECT_EQ(log.at(500).oldValue, written.at(10).value);
    EXPECT_EQ(log.at(500).newValue, again.value);
}

TEST_P(BulkWriteTest, AFailureInTheMiddleOfABatchLeavesNothingWritten)
{
    figures().upsert({SampleData::figure("F01", "CITY", 2001, 1, 5.0)}, user());
    const QList<Figure> before = figures().figures();
    const int auditBefore = audit().count();

    // Refused by the database itself half-way through (the schema allows quarters 1 to 4),
    // after hundreds of figures and audit rows were written in the transaction.
    QList<Figure> refusedBySql = batch();
    refusedBySql[refusedBySql.size() / 2].period.quarter = 5;
    EXPECT_THROW(figures().upsert(refusedBySql, user()), StorageError);
    EXPECT_EQ(figures().figures(), before);
    EXPECT_EQ(audit().count(), auditBefore);

    // Refused by the program half-way through: a code the catalogue does not have.
    QList<Figure> unknownCode = batch();
    unknownCode[unknownCode.size() / 2].orgUnitCode = QStringLiteral("NOPE");
    EXPECT_THROW(figures().upsert(unknownCode, user()), StorageError);
    EXPECT_EQ(figures().figures(), before);
    EXPECT_EQ(audit().count(), auditBefore);

    // A value the indicator cannot have is refused before anything is written.
    QList<Figure> impossible = batch();
    impossible[impossible.size() - 1].value = -1.0; // S01 is a count of people
    impossible[impossible.size() - 1].indicatorCode = QStringLiteral("S01");
    EXPECT_THROW(figures().upsert(impossible, user()), StorageError);
    EXPECT_EQ(figures().figures(), before);
    EXPECT_EQ(audit().count(), auditBefore);

    // The connection is sound afterwards: every failed transaction was rolled back.
    const QList<Figure> good = batch();
    EXPECT_EQ(figures().upsert(good, user()), (UpsertCounts{static_cast<int>(good.size()) - 1, 1, 0}));
    EXPECT_EQ(audit().count(), auditBefore + good.size());
}

TEST_P(BulkWriteTest, StatementBindsEveryTypeAndReportsFailures)
{
    const QSqlDatabase db = m_temp.db().connection();
    EXPECT_THROW(BulkStatement(db, QStringLiteral("INSERT INTO no_such_table VALUES (?)")).prepare(), StorageError);
    EXPECT_THROW(BulkStatement(db, QStringLiteral("INSERT INTO no_such_table VALUES (?)")).bind(1), StorageError);

    BulkStatement insert(db, QStringLiteral("INSERT INTO audit_log (at, user_name, entity, indicator_code, "
                                            "org_unit_code, year, quarter, old_value, new_value, note) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(QStringLiteral("2020-01-02T03:04:05.006Z")).bind(QString()).bind(QStringLiteral("figure"))
        .bind(QStringLiteral("指标")).bind(QStringLiteral("CITY")).bind(2020).bindNull()
        .bind(std::optional<double>()).bind(std::optional<double>(2.5)).bind(QStringLiteral("说明\n二"));
    insert.exec();
    // The values bound for one row are gone after its exec: a second row binds its own.
    insert.bind(QStringLiteral("2020-01-02T03:04:05.007Z")).bind(QStringLiteral("u")).bind(QStringLiteral("target"))
        .bind(QStringLiteral("X")).bind(QStringLiteral("Y")).bind(qint64{2021}).bind(3)
        .bind(1.25).bind(std::optional<double>()).bind(QString());
    insert.exec();

    const QList<AuditEntry> log = audit().entries();
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[0].userName, QString()); // empty text, not NULL (the column is NOT NULL)
    EXPECT_EQ(log[0].indicatorCode, QStringLiteral("指标"));
    EXPECT_EQ(log[0].year, 2020);
    EXPECT_EQ(log[0].quarter, 0);
    EXPECT_FALSE(log[0].oldValue);
    EXPECT_EQ(log[0].newValue, 2.5);
    EXPECT_EQ(log[0].note, QStringLiteral("说明\n二"));
    EXPECT_EQ(log[1].year, 2021);
    EXPECT_EQ(log[1].quarter, 3);
    EXPECT_EQ(log[1].oldValue, 1.25);
    EXPECT_FALSE(log[1].newValue);

    // A constraint the row breaks (user_name NOT NULL) throws; the statement is usable after it.
    insert.bind(QStringLiteral("t")).bindNull().bind(QStringLiteral("figure")).bind(QStringLiteral("X"))
        .bind(QStringLiteral("Y")).bind(1).bind(1).bindNull().bindNull().bind(QString());
    EXPECT_THROW(insert.exec(), StorageError);
    insert.bind(QStringLiteral("t")).bind(QStringLiteral("u")).bind(QStringLiteral("figure")).bind(QStringLiteral("X"))
        .bind(QStringLiteral("Y")).bind(1).bind(1).bindNull().bindNull().bind(QString());
    insert.exec();
    EXPECT_EQ(audit().count(), 3);
}

INSTANTIATE_TEST_SUITE_P(BothPaths, BulkWriteTest, ::testing::Values(Path::Native, Path::QtSql),
                         [](const ::testing::TestParamInfo<Path> &info) {
                             return info.param == Path::Native ? std::string("SqliteHandle") : std::string("QtSql");
                         });
