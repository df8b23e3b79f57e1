#include "app/entry/entrygridloader.h"
#include "app/entry/entrygridmodel.h"
#include "io/demobureau.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

class EntryGridModelTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(DemoBureau::install(m_file.db()).ok()); }

    EntryGridData load(const QString &category, const QString &subcategory, const QString &org,
                       int quarter = 4)
    {
        EntryGridData data = EntryGridLoader::load(m_file.db(), category, subcategory, org, 2019);
        data.quarter = quarter;
        return data;
    }

    QString text(const QString &code, int column) const
    {
        const int row = m_model.rowOf(code);
        return row < 0 ? QStringLiteral("(no row)") : m_model.index(row, column).data().toString();
    }

    test::TempDatabase m_file;
    EntryGridModel m_model;
    QAbstractItemModelTester m_tester{&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(EntryGridModelTest, ACountyShowsItsOwnQuartersAsEntered)
{
    m_model.setData(load(QStringLiteral("就业创业"), {}, QStringLiteral("D01")));
    EXPECT_EQ(m_model.rowCount(), 4); // JY01–JY04, no sub-categories
    EXPECT_EQ(m_model.columnCount(), EntryGridModel::ColumnCount);
    // JY01 城镇新增就业, D01 (青禾区) 2019: Q1 0.50 … Q4 1.77 万人 (resources/demo/figures.csv).
    EXPECT_EQ(text(QStringLiteral("JY01"), EntryGridModel::Q1Column), QStringLiteral("0.50"));
    EXPECT_EQ(text(QStringLiteral("JY01"), EntryGridModel::Q4Column), QStringLiteral("1.77"));
    EXPECT_EQ(text(QStringLiteral("JY01"), EntryGridModel::YearColumn), QStringLiteral("1.77"));
    EXPECT_EQ(text(QStringLiteral("JY01"), EntryGridModel::UnitColumn), QStringLiteral("万人"));
    const QModelIndex q4 = m_model.index(m_model.rowOf(QStringLiteral("JY01")), EntryGridModel::Q4Column);
    EXPECT_TRUE(m_model.flags(q4) & Qt::ItemIsEditable); // 2019 Q4 is open
    // 2019 Q1–Q2 are approved and Q3 submitted for D01: locked for staff.
    for (int quarter = 1; quarter <= 3; ++quarter) {
        EXPECT_TRUE(m_model.isQuarterLocked(quarter)) << quarter;
        EXPECT_FALSE(m_model.flags(q4.siblingAtColumn(EntryGridModel::columnOfQuarter(quarter)))
                     & Qt::ItemIsEditable);
    }
    EXPECT_FALSE(m_model.flags(q4.siblingAtColumn(EntryGridModel::YearColumn)) & Qt::ItemIsEditable);
    EXPECT_TRUE(m_model.headerData(EntryGridModel::Q3Column, Qt::Horizontal).toString().contains(QStringLiteral("locked")));
}

TEST_F(EntryGridModelTest, ALeaderMayEditLockedQuarters)
{
    EntryGridData data = load(QStringLiteral("就业创业"), {}, QStringLiteral("D01"));
    data.role = Role::Leader;
    m_model.setData(std::move(data));
    EXPECT_FALSE(m_model.isQuarterLocked(3));
}

TEST_F(EntryGridModelTest, TheCityShowsTheCountiesSumReadOnly)
{
    m_model.setData(load(QStringLiteral("就业创业"), {}, QStringLiteral("CITY")));
    const int row = m_model.rowOf(QStringLiteral("JY01"));
    ASSERT_GE(row, 0);
    // 1.77 + 1.40 + 1.00 + 0.87 = 5.04, the four counties' 2019 Q4 figures.
    EXPECT_EQ(m_model.index(row, EntryGridModel::Q4Column).data().toString(), QStringLiteral("5.04"));
    EXPECT_FALSE(m_model.flags(m_model.index(row, EntryGridModel::Q4Column)) & Qt::ItemIsEditable);
    EXPECT_TRUE(m_model.index(row, EntryGridModel::NameColumn).data().toString().contains(QStringLiteral("4")));
    EXPECT_TRUE(m_model.index(row, EntryGridModel::Q4Column).data(Qt::ToolTipRole).toString().contains(QStringLiteral("the 4 counties")));
    // A rate is not a sum: the city's own figure, and the row stays the city's own.
    const int rate = m_model.rowOf(QStringLiteral("JY04"));
    EXPECT_EQ(m_model.index(rate, EntryGridModel::Q4Column).data().toString(), QStringLiteral("3.2"));
    EXPECT_FALSE(m_model.gridData().rows.at(rate).countySum);
}

TEST_F(EntryGridModelTest, SubCategoriesBecomeHeadingsAndChildrenFollowParents)
{
    m_model.setData(load(QStringLiteral("扶贫工作"), {}, QStringLiteral("D01")));
    QStringList headings;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        if (m_model.index(row, 0).data(EntryGridModel::GroupRole).toBool())
            headings << m_model.index(row, 0).data().toString();
    }
    EXPECT_EQ(headings, (QStringList{QStringLiteral("就业脱贫"), QStringLiteral("社保扶贫"),
                                     QStringLiteral("人事人才扶贫"), QStringLiteral("驻村定点扶贫")}));
    const int parent = m_model.rowOf(QStringLiteral("FP05"));
    EXPECT_EQ(m_model.rowOf(QStringLiteral("FP06")), parent + 1);
    EXPECT_TRUE(text(QStringLiteral("FP06"), EntryGridModel::NameColumn).contains(QStringLiteral("其中")));
    EXPECT_EQ(m_model.rowCount(), 11 + 4);

    m_model.setData(load(QStringLiteral("扶贫工作"), QStringLiteral("社保扶贫"), QStringLiteral("D01")));
    EXPECT_EQ(m_model.rowCount(), 1 + 3);
}

TEST_F(EntryGridModelTest, EditsGoToTheHandlerAndComeBackThroughApplyFigure)
{
    m_model.setData(load(QStringLiteral("就业创业"), {}, QStringLiteral("D01")));
    QList<CellEdit> seen;
    m_model.setEditHandler([&](const QList<CellEdit> &edits) {
        seen = edits;
        return false; // refused: nothing changes
    });
    const QModelIndex q4 = m_model.index(m_model.rowOf(QStringLiteral("JY01")), EntryGridModel::Q4Column);
    EXPECT_FALSE(m_model.setData(q4, QStringLiteral("1.9")));
    ASSERT_EQ(seen.size(), 1);
    EXPECT_EQ(seen.constFirst().quarter, 4);
    EXPECT_DOUBLE_EQ(*seen.constFirst().oldValue, 1.77);
    EXPECT_DOUBLE_EQ(seen.constFirst().newValue, 1.9);
    EXPECT_EQ(q4.data().toString(), QStringLiteral("1.77"));
    seen.clear();
    EXPECT_FALSE(m_model.setData(q4, QStringLiteral("1.9x")));
    EXPECT_TRUE(seen.isEmpty()); // not a number: never handed on

    m_model.applyFigure(QStringLiteral("JY01"), 4, 1.2, QString(), 2);
    EXPECT_EQ(q4.data().toString(), QStringLiteral("1.20"));
    // 1.20 is lower than Q3's year-to-date figure: a warning on that cell.
    EXPECT_FALSE(q4.data(EntryGridModel::WarningsRole).toStringList().isEmpty());
    EXPECT_FALSE(q4.data(Qt::DecorationRole).isNull());
}

} // namespace
} // namespace zhibiao

namespace zhibiao {
namespace {

TEST_F(EntryGridModelTest, ALockedCellIsNamedOnOneLine)
{
    // D01's Q3 is submitted in the demo: its header has a second line, "(locked)".
    m_model.setData(load(QStringLiteral("就业创业"), {}, QStringLiteral("D01"), 3));
    ASSERT_TRUE(m_model.isQuarterLocked(3));
    const QModelIndex cell = m_model.index(m_model.rowOf(QStringLiteral("JY01")), EntryGridModel::Q3Column);
    ASSERT_TRUE(m_model.headerData(EntryGridModel::Q3Column, Qt::Horizontal).toString().contains(QLatin1Char('\n')));
    const QString name = m_model.cellName(cell);
    EXPECT_FALSE(name.contains(QLatin1Char('\n'))) << qPrintable(name);
    EXPECT_TRUE(name.startsWith(m_model.gridData().rows.at(cell.row()).indicator.name)) << qPrintable(name);
}

} // namespace
} // namespace zhibiao
