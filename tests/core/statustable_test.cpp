#include "core/statustable.h"

#include <gtest/gtest.h>

using namespace zhibiao;

namespace {

Indicator indicator(const char *code, int sortOrder, IndicatorKind kind = IndicatorKind::Cumulative)
{
    Indicator i;
    i.code = QString::fromLatin1(code);
    i.sortOrder = sortOrder;
    i.kind = kind;
    return i;
}

QStringList codes(const QList<StatusRow> &rows)
{
    QStringList result;
    for (const StatusRow &row : rows)
        result << row.indicator.code;
    return result;
}

} // namespace

TEST(StatusTable, OneRowPerIndicatorInSortOrder)
{
    // Equal sort orders keep the catalogue's order.
    const QList<Indicator> catalogue{indicator("C", 30), indicator("A", 10), indicator("B2", 20),
                                     indicator("B1", 20)};
    const QList<StatusRow> rows = buildStatusTable(catalogue, YearFigures{}, Period{2019, 4});
    EXPECT_EQ(codes(rows), (QStringList{QStringLiteral("A"), QStringLiteral("B2"),
                                        QStringLiteral("B1"), QStringLiteral("C")}));
    for (const StatusRow &row : rows)
        EXPECT_EQ(row.evaluation.status, Status::NoData);
}

TEST(StatusTable, EvaluatesEachIndicatorWithItsOwnData)
{
    YearFigures data;
    data.values.insert(QStringLiteral("A"), QuarterValues{1.0, 2.0, 3.0, std::nullopt});
    data.targets.insert(QStringLiteral("A"), 4.0);
    data.values.insert(QStringLiteral("B"), QuarterValues{5.0, std::nullopt, std::nullopt, std::nullopt});
    data.targets.insert(QStringLiteral("C"), 10.0);
    data.values.insert(QStringLiteral("GONE"), QuarterValues{1.0, 1.0, 1.0, 1.0});

    const QList<StatusRow> rows = buildStatusTable(
        {indicator("A", 1), indicator("B", 2), indicator("C", 3)}, data, Period{2019, 3});
    ASSERT_EQ(rows.size(), 3);
    // A: 3 of 4 at Q3 = 75 %, on schedule.
    EXPECT_EQ(rows[0].evaluation.status, Status::Ahead);
    EXPECT_DOUBLE_EQ(*rows[0].evaluation.completion, 75.0);
    EXPECT_EQ(rows[1].evaluation.status, Status::NoTarget);
    EXPECT_DOUBLE_EQ(*rows[1].evaluation.value, 5.0);
    EXPECT_EQ(rows[2].evaluation.status, Status::NoData);
    EXPECT_DOUBLE_EQ(*rows[2].evaluation.target, 10.0);
}

TEST(StatusTable, NoteComesFromTheQuarterOfTheFigureShown)
{
    YearFigures data;
    data.values.insert(QStringLiteral("A"), QuarterValues{1.0, 2.0, 3.0, std::nullopt});
    data.notes.insert(QStringLiteral("A"), {QStringLiteral("q1"), QString(), QStringLiteral("q3"), QStringLiteral("q4")});
    data.notes.insert(QStringLiteral("B"), {QStringLiteral("orphan"), {}, {}, {}});

    const QList<Indicator> catalogue{indicator("A", 1), indicator("B", 2)};
    const QList<StatusRow> atYearEnd = buildStatusTable(catalogue, data, Period{2019, 4});
    EXPECT_EQ(atYearEnd[0].evaluation.valueQuarter, 3);
    EXPECT_EQ(atYearEnd[0].note, QStringLiteral("q3"));
    EXPECT_TRUE(atYearEnd[1].note.isEmpty()); // no figure, so no note to show

    EXPECT_TRUE(buildStatusTable(catalogue, data, Period{2019, 2})[0].note.isEmpty());
    EXPECT_EQ(buildStatusTable(catalogue, data, Period{2019, 1})[0].note, QStringLiteral("q1"));
}

TEST(StatusTable, PassesThresholdsOn)
{
    YearFigures data;
    data.values.insert(QStringLiteral("A"), QuarterValues{1.0, 35.0, std::nullopt, std::nullopt});
    data.targets.insert(QStringLiteral("A"), 100.0);
    const QList<Indicator> catalogue{indicator("A", 1)};
    EXPECT_EQ(buildStatusTable(catalogue, data, Period{2019, 2})[0].evaluation.status,
              Status::SeriouslyBehind);
    Thresholds lenient;
    lenient.seriouslyBehindFrom = 20.0;
    EXPECT_EQ(buildStatusTable(catalogue, data, Period{2019, 2}, lenient)[0].evaluation.status,
              Status::Behind);
}
