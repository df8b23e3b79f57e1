#include "sampledata.h"
#include "rawconnection.h"
#include "testsupport.h"

#include "storage/auditrepository.h"
#include "storage/figurerepository.h"
#include "storage/storageerror.h"
#include "storage/targetrepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

using SampleData::figure;

class FigureRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override { SampleData::install(m_temp.db()); }

    const FigureRepository figures() const { return FigureRepository(m_temp.db()); }
    const AuditRepository audit() const { return AuditRepository(m_temp.db()); }
    QString user() const { return QStringLiteral("王芳"); }

    TempDatabase m_temp;
};

} // namespace

TEST_F(FigureRepositoryTest, RoundTripInReportingOrder)
{
    const QList<Figure> written{figure("S01", "D02", 2019, 1, 1200.0), figure("F01", "D01", 2019, 2, 0.75),
                                figure("F01", "D01", 2019, 1, 0.31, QStringLiteral("一季度, \"开门红\"\n第二行")),
                                figure("F01", "CITY", 2019, 1, 1.4), figure("R01", "CITY", 2018, 4, 3.3)};
    EXPECT_EQ(figures().upsert(written, user()), (UpsertCounts{5, 0, 0}));

    // Year, then org unit order, then indicator order, then quarter.
    const QList<Figure> expected2019{written[3], written[2], written[1], written[0]};
    EXPECT_EQ(figures().figures(2019), expected2019);
    EXPECT_EQ(figures().figures(2018), (QList<Figure>{written[4]}));
    EXPECT_EQ(figures().figures().size(), 5);
    EXPECT_EQ(figures().find(QStringLiteral("F01"), QStringLiteral("D01"), Period{2019, 1}), written[2]);
    EXPECT_FALSE(figures().find(QStringLiteral("F01"), QStringLiteral("D01"), Period{2019, 3}));
}

TEST_F(FigureRepositoryTest, YearFiguresOfOneOrgUnit)
{
    figures().upsert({figure("F01", "CITY", 2019, 1, 1.4), figure("F01", "CITY", 2019, 3, 4.59, QStringLiteral("三季度")),
                      figure("F01", "D01", 2019, 2, 9.0), figure("F01", "CITY", 2018, 2, 7.0),
                      figure("R01", "CITY", 2019, 4, 3.2)},
                     user());
    TargetRepository(m_temp.db()).upsert({Target{QStringLiteral("F01"), QStringLiteral("CITY"), 2019, 4.5},
                                          Target{QStringLiteral("F01"), QStringLiteral("CITY"), 2018, 4.0},
                                          Target{QStringLiteral("R01"), QStringLiteral("D01"), 2019, 4.0}},
                                         TempDatabase::admin());

    const YearFigures data = figures().yearFigures(2019, QStringLiteral("CITY"));
    ASSERT_TRUE(data.values.contains(QStringLiteral("F01")));
    const QuarterValues f01 = data.values.value(QStringLiteral("F01"));
    EXPECT_EQ(f01, (QuarterValues{1.4, std::nullopt, 4.59, std::nullopt}));
    EXPECT_EQ(data.notes.value(QStringLiteral("F01"))[2], QStringLiteral("三季度"));
    EXPECT_EQ(data.values.value(QStringLiteral("R01"))[3], 3.2);
    EXPECT_EQ(data.targets, (QHash<QString, double>{{QStringLiteral("F01"), 4.5}}));
    EXPECT_TRUE(figures().yearFigures(2019, QStringLiteral("NOPE")).values.isEmpty());
}

// The city's grid sums its counties: their figures of one category and year, read at once.
TEST_F(FigureRepositoryTest, ChildValuesOfOneCategoryByCounty)
{
    figures().upsert({figure("F01", "D01", 2019, 1, 0.31), figure("F01", "D01", 2019, 4, 1.77),
                      figure("F01", "D02", 2019, 4, 1.40), figure("R01", "D02", 2019, 4, 3.1),
                      figure("S01", "D01", 2019, 4, 120.0), figure("F01", "CITY", 2019, 4, 5.04),
                      figure("F01", "D01", 2018, 4, 1.5)},
                     user());
    const auto byCounty = figures().childValues(2019, QStringLiteral("CITY"), QStringLiteral("就业创业"));
    EXPECT_EQ(byCounty.size(), 2); // D01 and D02; the city itself is not its own child
    EXPECT_EQ(byCounty.value(QStringLiteral("D01")).value(QStringLiteral("F01")),
              (QuarterValues{0.31, std::nullopt, std::nullopt, 1.77}));
    EXPECT_EQ(byCounty.value(QStringLiteral("D02")).value(QStringLiteral("R01"))[3], 3.1);
    // S01 is in 民生工程: another category.
    EXPECT_FALSE(byCounty.value(QStringLiteral("D01")).contains(QStringLiteral("S01")));
    EXPECT_EQ(figures().childValues(2018, QStringLiteral("CITY"), QStringLiteral("就业创业"))
                  .value(QStringLiteral("D01")).value(QStringLiteral("F01"))[3],
              1.5);
    EXPECT_TRUE(figures().childValues(2019, QStringLiteral("D01"), QStringLiteral("就业创业")).isEmpty());
}

TEST_F(FigureRepositoryTest, UpsertCountsAndIdempotence)
{
    QList<Figure> batch{figure("F01", "CITY", 2019, 1, 1.4), figure("F01", "CITY", 2019, 2, 2.97),
                        figure("R01", "CITY", 2019, 1, 3.3)};
    EXPECT_EQ(figures().upsert(batch, user()), (UpsertCounts{3, 0, 0}));
    EXPECT_EQ(figures().upsert(batch, user()), (UpsertCounts{0, 0, 3}));

    batch[1].value = 3.01;
    batch[2].note = QStringLiteral("口径调整");
    batch << figure("F01", "CITY", 2019, 3, 4.59);
    EXPECT_EQ(figures().upsert(batch, user()), (UpsertCounts{1, 2, 1}));
    EXPECT_EQ(figures().upsert(batch, user()).changed(), 0);
    EXPECT_EQ(figures().figures(2019).size(), 4);
}

TEST_F(FigureRepositoryTest, EveryChangeWritesOneAuditRow)
{
    figures().upsert({figure("F01", "CITY", 2019, 1, 1.4), figure("F01", "D01", 2019, 1, 0.4)}, user(),
                     QStringLiteral("import figures.csv"));
    QList<AuditEntry> log = audit().entries();
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[0].entity, QStringLiteral("figure"));
    EXPECT_EQ(log[0].userName, user());
    EXPECT_EQ(log[0].indicatorCode, QStringLiteral("F01"));
    EXPECT_EQ(log[0].orgUnitCode, QStringLiteral("CITY"));
    EXPECT_EQ(log[0].year, 2019);
    EXPECT_EQ(log[0].quarter, 1);
    EXPECT_FALSE(log[0].oldValue); // a new figure had no value before
    EXPECT_EQ(log[0].newValue, 1.4);
    EXPECT_EQ(log[0].note, QStringLiteral("import figures.csv"));
    EXPECT_TRUE(log[0].at.isValid());
    EXPECT_EQ(log[0].at.timeSpec(), Qt::UTC);
    EXPECT_LE(qAbs(log[0].at.secsTo(QDateTime::currentDateTimeUtc())), 60);

    // Unchanged rows write nothing; a changed value and a changed note one row each.
    figures().upsert({figure("F01", "CITY", 2019, 1, 1.5, QStringLiteral("更正")),
                      figure("F01", "D01", 2019, 1, 0.4)},
                     QStringLiteral("alice"));
    log = audit().entries();
    ASSERT_EQ(log.size(), 3);
    EXPECT_EQ(log[2].userName, QStringLiteral("alice"));
    EXPECT_EQ(log[2].oldValue, 1.4);
    EXPECT_EQ(log[2].newValue, 1.5);
    EXPECT_EQ(log[2].note, QStringLiteral("更正")); // the figure's own note says why

    figures().upsert({figure("F01", "D01", 2019, 1, 0.4, QStringLiteral("补充说明"))}, user());
    log = audit().entries();
    ASSERT_EQ(log.size(), 4);
    EXPECT_EQ(log[3].oldValue, 0.4);
    EXPECT_EQ(log[3].newValue, 0.4);
    EXPECT_EQ(audit().count(), 4);
}

TEST_F(FigureRepositoryTest, AFailingBatchChangesNothing)
{
    figures().upsert({figure("F01", "CITY", 2019, 1, 1.4)}, user());
    const QList<Figure> before = figures().figures();
    const int auditBefore = audit().count();

    // The first rows are good (an update and an insert); the last names no indicator.
    const QList<Figure> badIndicator{figure("F01", "CITY", 2019, 1, 9.9), figure("F01", "D01", 2019, 1, 0.5),
                                     figure("NOPE", "CITY", 2019, 1, 1.0)};
    EXPECT_THROW(figures().upsert(badIndicator, user()), StorageError);
    EXPECT_EQ(figures().figures(), before);
    EXPECT_EQ(audit().count(), auditBefore);

    const QList<Figure> badOrgUnit{figure("F01", "D01", 2019, 2, 0.5), figure("F01", "NOPE", 2019, 2, 1.0)};
    EXPECT_THROW(figures().upsert(badOrgUnit, user()), StorageError);
    EXPECT_EQ(figures().figures(), before);
    EXPECT_EQ(audit().count(), auditBefore);

    // The connection is usable afterwards: the failed transaction was rolled back.
    EXPECT_EQ(figures().upsert({figure("F01", "D01", 2019, 2, 0.5)}, user()), (UpsertCounts{1, 0, 0}));
}

TEST_F(FigureRepositoryTest, TheYearsAndTheLatestQuarterComeFromTheFiguresAndTargets)
{
    EXPECT_TRUE(figures().years().isEmpty());
    EXPECT_FALSE(figures().latestPeriod().has_value());

    ASSERT_EQ(figures().upsert({figure("F01", "D01", 2017, 2, 1.0), figure("F01", "D01", 2019, 3, 2.0),
                                figure("R01", "CITY", 2019, 1, 3.3), figure("S01", "D02", 2018, 4, 900.0)},
                               user())
                  .inserted,
              4);
    EXPECT_EQ(figures().years(), (QList<int>{2017, 2018, 2019}));
    EXPECT_EQ(figures().latestPeriod(), (Period{2019, 3}));

    const TargetRepository targets(m_temp.db());
    EXPECT_TRUE(targets.years().isEmpty());
    targets.upsert({Target{QStringLiteral("F01"), QStringLiteral("D01"), 2020, 5.0},
                    Target{QStringLiteral("F01"), QStringLiteral("D01"), 2016, 4.0}},
                   TempDatabase::admin());
    EXPECT_EQ(targets.years(), (QList<int>{2016, 2020}));
}

TEST_F(FigureRepositoryTest, OneOrgUnitsYearAndTheLatestQuarterAreIndexSeeksNotScans)
{
    const QString path = m_temp.path();
    m_temp.close();
    RawConnection raw(path);
    const auto plan = [&](const QString &select) {
        QSqlQuery query(raw.db());
        query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + select);
        QStringList details;
        while (query.next())
            details << query.value(3).toString();
        return details.join(QLatin1Char('\n'));
    };
    EXPECT_TRUE(plan(QStringLiteral("SELECT value FROM targets WHERE org_unit_id = 1 AND year = 2019"))
                    .contains(QStringLiteral("targets_org_year")));
    EXPECT_TRUE(plan(QStringLiteral("SELECT year, quarter FROM figures ORDER BY year DESC, quarter DESC LIMIT 1"))
                    .contains(QStringLiteral("figures_period")));
    // The year chooser's step to the next year with targets (TargetRepository::years).
    EXPECT_TRUE(plan(QStringLiteral("SELECT MIN(year) FROM targets WHERE year > 2016")).contains(QStringLiteral("targets_year")));
}
