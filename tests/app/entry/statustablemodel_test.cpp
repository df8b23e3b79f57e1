#include "app/entry/statuscolours.h"
#include "app/entry/statustableloader.h"
#include "app/entry/statustablemodel.h"
#include "io/demobureau.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QColor>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace zhibiao {
namespace {

class StatusTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(DemoBureau::install(m_db.db()).ok());
    }

    QList<StatusRow> demoRows(Period period, const QString &orgUnit = QStringLiteral("CITY"))
    {
        return StatusTableLoader(m_db.db()).load(period, orgUnit);
    }

    static int rowOf(const StatusTableModel &model, const QString &code)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(StatusTableModel::CodeRole).toString() == code)
                return row;
        }
        return -1;
    }

    static QString text(const StatusTableModel &model, const QString &code, int column)
    {
        return model.index(rowOf(model, code), column).data().toString();
    }

    test::TempDatabase m_db;
};

// WCAG contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Indicator ceilingIndicator(IndicatorKind kind)
{
    Indicator indicator;
    indicator.code = QStringLiteral("T01");
    indicator.name = QStringLiteral("测试指标");
    indicator.kind = kind;
    indicator.direction = Direction::Ceiling;
    indicator.unit = kind == IndicatorKind::Rate ? QStringLiteral("%") : QStringLiteral("件");
    indicator.precision = kind == IndicatorKind::Rate ? 1 : 0;
    return indicator;
}

TEST_F(StatusTableModelTest, OneRowPerIndicatorUnderTheModelTester)
{
    StatusTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.setRows(demoRows({2019, 3}));
    // resources/demo/indicators.csv lists 45 indicators, none retired.
    EXPECT_EQ(model.rowCount(), 45);
    EXPECT_EQ(model.columnCount(), StatusTableModel::ColumnCount);
    model.setRows(demoRows({2018, 1}, QStringLiteral("D02")));
    EXPECT_EQ(model.rowCount(), 45);
    model.setRows({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(StatusTableModelTest, BehindRowSaysSoInWordsAndColour)
{
    StatusTableModel model;
    model.setRows(demoRows({2019, 3}));
    // JY03 创业担保贷款发放: 5.44 of 8.00 亿元 = 68.0 %, 序时进度 75 %: 7 points under, < 10.
    const int row = rowOf(model, QStringLiteral("JY03"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(text(model, QStringLiteral("JY03"), StatusTableModel::TargetColumn), QStringLiteral("8.00"));
    EXPECT_EQ(text(model, QStringLiteral("JY03"), StatusTableModel::ValueColumn), QStringLiteral("5.44"));
    EXPECT_EQ(text(model, QStringLiteral("JY03"), StatusTableModel::CompletionColumn), QStringLiteral("68%"));
    EXPECT_EQ(text(model, QStringLiteral("JY03"), StatusTableModel::ExpectedColumn), QStringLiteral("75%"));
    EXPECT_EQ(text(model, QStringLiteral("JY03"), StatusTableModel::StatusColumn), QStringLiteral("Behind"));
    EXPECT_TRUE(text(model, QStringLiteral("JY03"), StatusTableModel::NoteColumn).contains(QStringLiteral("落后")));

    const QModelIndex status = model.index(row, StatusTableModel::StatusColumn);
    const QVariant background = status.data(Qt::BackgroundRole);
    const QVariant foreground = status.data(Qt::ForegroundRole);
    ASSERT_TRUE(background.canConvert<QColor>());
    ASSERT_TRUE(foreground.canConvert<QColor>());
    EXPECT_GE(contrast(background.value<QColor>(), foreground.value<QColor>()), 4.5);
    // The colour is on the status cell only, and tells behind apart from on track.
    EXPECT_FALSE(model.index(row, StatusTableModel::NameColumn).data(Qt::BackgroundRole).isValid());
    const QModelIndex onTrack = model.index(rowOf(model, QStringLiteral("LD01")), StatusTableModel::StatusColumn);
    EXPECT_EQ(onTrack.data().toString(), QStringLiteral("On track"));
    EXPECT_NE(onTrack.data(Qt::BackgroundRole).value<QColor>(), background.value<QColor>());

    // MS03 就业见习岗位开发: 660 of 1200 = 55 %, 20 points under 75 %.
    EXPECT_EQ(text(model, QStringLiteral("MS03"), StatusTableModel::StatusColumn), QStringLiteral("Seriously behind"));
    const QColor serious = model.index(rowOf(model, QStringLiteral("MS03")), StatusTableModel::StatusColumn)
                               .data(Qt::BackgroundRole).value<QColor>();
    EXPECT_NE(serious, background.value<QColor>());
}

TEST_F(StatusTableModelTest, RatesInPointsAndCeilingsKeptOrExceeded)
{
    StatusTableModel model;
    model.setRows(demoRows({2019, 3}));
    // LD01 调解率 67.9 % against 60.0 %.
    EXPECT_EQ(text(model, QStringLiteral("LD01"), StatusTableModel::CompletionColumn), QStringLiteral("+7.9百分点"));
    EXPECT_EQ(text(model, QStringLiteral("LD01"), StatusTableModel::ExpectedColumn), QString());
    // JY04 城镇登记失业率 3.2 % under a ceiling of 4.0 %.
    EXPECT_EQ(text(model, QStringLiteral("JY04"), StatusTableModel::CompletionColumn),
              QStringLiteral("Within limit, -0.8百分点"));
    // JY01 城镇新增就业 4.59 of 4.50 万人 by Q3.
    EXPECT_EQ(text(model, QStringLiteral("JY01"), StatusTableModel::CompletionColumn), QStringLiteral("102%"));
    EXPECT_EQ(text(model, QStringLiteral("JY01"), StatusTableModel::StatusColumn), QStringLiteral("Met early"));
    // SR01 has no target: no completion, said in words.
    EXPECT_EQ(text(model, QStringLiteral("SR01"), StatusTableModel::CompletionColumn), QString());
    EXPECT_EQ(text(model, QStringLiteral("SR01"), StatusTableModel::StatusColumn), QStringLiteral("No target"));

    // A rate ceiling overshot by 0.6 points, and a flow ceiling at 60 % of its limit by Q2.
    const Indicator rate = ceilingIndicator(IndicatorKind::Rate);
    const Indicator flow = ceilingIndicator(IndicatorKind::Cumulative);
    const QuarterValues rateValues{3.9, 4.1, 4.6, std::nullopt};
    const QuarterValues flowValues{20.0, 60.0, std::nullopt, std::nullopt};
    model.setRows({StatusRow{rate, evaluate(rate, 4.0, rateValues, {2019, 3}), {}},
                   StatusRow{flow, evaluate(flow, 100.0, flowValues, {2019, 2}), {}}});
    EXPECT_EQ(model.index(0, StatusTableModel::CompletionColumn).data().toString(),
              QStringLiteral("Exceeded, +0.6百分点"));
    EXPECT_EQ(model.index(1, StatusTableModel::CompletionColumn).data().toString(),
              QStringLiteral("Exceeded, 60%"));
    EXPECT_EQ(model.index(1, StatusTableModel::ExpectedColumn).data().toString(), QStringLiteral("50%"));
}

TEST_F(StatusTableModelTest, ChildrenIndentedAndOldFiguresDated)
{
    StatusTableModel model;
    model.setRows(demoRows({2019, 3}));
    EXPECT_EQ(text(model, QStringLiteral("JN02"), StatusTableModel::NameColumn),
              QStringLiteral("\u3000其中：新增高技能人才"));
    EXPECT_EQ(text(model, QStringLiteral("JN01"), StatusTableModel::NameColumn), QStringLiteral("新增技能人才"));

    Indicator stock;
    stock.code = QStringLiteral("T02");
    stock.kind = IndicatorKind::Stock;
    stock.precision = 2;
    const QuarterValues values{1.5, 2.25, std::nullopt, std::nullopt};
    model.setRows({StatusRow{stock, evaluate(stock, 3.0, values, {2019, 3}), {}}});
    EXPECT_EQ(model.index(0, StatusTableModel::ValueColumn).data().toString(), QStringLiteral("2.25 (Q2)"));
    EXPECT_EQ(model.index(0, StatusTableModel::CompletionColumn).data().toString(), QStringLiteral("75%"));
}

TEST(StatusColoursTest, EveryColouredStatusReadableOnLightAndDark)
{
    for (const bool dark : {false, true}) {
        for (const Status status : {Status::Ahead, Status::Behind, Status::SeriouslyBehind,
                                    Status::Met, Status::Missed}) {
            const StatusColours colours = StatusColours::forStatus(status, dark);
            ASSERT_TRUE(colours.background.isValid());
            EXPECT_GE(contrast(colours.background, colours.foreground), 4.5)
                << toString(status).toStdString() << (dark ? " dark" : " light");
        }
        // Without a target or figures there is no light at all, only muted text.
        EXPECT_FALSE(StatusColours::forStatus(Status::NoTarget, dark).background.isValid());
    }
}

} // namespace
} // namespace zhibiao
