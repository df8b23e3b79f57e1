// Sentence-level rules of section 一, on hand-made indicators and figures (not the demo).
#include "core/evaluation.h"
#include "report/indicatorsection.h"

#include <gtest/gtest.h>

using namespace zhibiao;

namespace {

struct Spec
{
    QString code;
    QString name;
    QString unit;
    IndicatorKind kind;
    Direction direction;
    std::optional<double> target;
    QuarterValues values;
    QString parent = {};
    QString subcategory = {};
};

Indicator indicator(const Spec &s, int sort)
{
    Indicator i;
    i.code = s.code;
    i.name = s.name;
    i.category = QStringLiteral("测试");
    i.subcategory = s.subcategory;
    i.unit = s.unit;
    i.precision = s.unit == QLatin1String("%") ? 1 : (s.unit.startsWith(QStringLiteral("万")) || s.unit == QStringLiteral("亿元")) ? 2 : 0;
    i.kind = s.kind;
    i.direction = s.direction;
    i.parentCode = s.parent;
    i.sortOrder = sort;
    return i;
}

// The paragraph of category 测试 for the given indicators, evaluated up to quarter q of 2019.
QString paragraph(const QList<Spec> &specs, int quarter = 4)
{
    QList<StatusRow> rows;
    int sort = 0;
    const Period period{2019, quarter};
    for (const Spec &spec : specs) {
        const Indicator i = indicator(spec, sort += 10);
        rows << StatusRow{i, evaluate(i, spec.target, spec.values, period), {}};
    }
    static const Phrasebook book = Phrasebook::defaults();
    return IndicatorSection(book, QStringLiteral("全市"), period, rows).categoryText(QStringLiteral("测试"));
}

constexpr auto Flow = IndicatorKind::Cumulative;
constexpr auto Stock = IndicatorKind::Stock;
constexpr auto Rate = IndicatorKind::Rate;
constexpr auto Growth = IndicatorKind::Growth;
constexpr auto Up = Direction::Higher;
constexpr auto Cap = Direction::Ceiling;

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST(FlowClause, MetAlone)
{
    EXPECT_EQ(paragraph({{u("A1"), u("城镇新增就业"), u("万人"), Flow, Up, 4.5, {1.4, 2.97, 4.59, 5.04}}}),
              u("——测试。全市城镇新增就业5.04万人，完成年度目标的112.0%。"));
}

TEST(FlowClause, MissedAloneStatesTheShortfallTruthfully)
{
    const QString text = paragraph({{u("A1"), u("技能脱贫培训"), u("人"), Flow, Up, 3200, {800, 1600, 2464, 3072}}});
    EXPECT_EQ(text, u("——测试。全市技能脱贫培训3072人，完成年度目标的96.0%。"));
    EXPECT_FALSE(text.contains(u("超")));
}

TEST(FlowClause, GroupOfOneUnitNamesTheTargets)
{
    EXPECT_EQ(paragraph({{u("A1"), u("城镇新增就业"), u("万人"), Flow, Up, 4.5, {1, 2, 3, 5.04}},
                         {u("A2"), u("农村劳动力转移"), u("万人"), Flow, Up, 3.2, {1, 2, 3, 3.52}}}),
              u("——测试。全市城镇新增就业5.04万人，农村劳动力转移3.52万人，分别完成4.50万人、3.20万人年度目标的112.0%、110.0%。"));
}

TEST(FlowClause, GroupOfMixedUnitsWithChildPutsHeBeforeTheLast)
{
    EXPECT_EQ(paragraph({{u("A1"), u("新增技能人才"), u("万人"), Flow, Up, 1.2, {0.3, 0.6, 0.9, 1.31}},
                         {u("A2"), u("新增高技能人才"), u("人"), Flow, Up, 3600, {900, 1800, 2700, 3852}, u("A1")},
                         {u("A3"), u("职业技能鉴定"), u("万人次"), Flow, Up, 2.6, {0.7, 1.4, 2.1, 2.73}}}),
              u("——测试。全市新增技能人才1.31万人，其中高技能人才3852人，职业技能鉴定2.73万人次，分别完成年度目标的109.2%、107.0%和105.0%。"));
}

TEST(FlowClause, MoneyIsNotGroupedWithPeople)
{
    const QString text = paragraph({{u("A1"), u("城镇新增就业"), u("万人"), Flow, Up, 4.5, {1, 2, 3, 4.5}},
                                    {u("A2"), u("创业担保贷款发放"), u("亿元"), Flow, Up, 8.0, {1, 2, 3, 8.24}}});
    EXPECT_EQ(text, u("——测试。全市城镇新增就业4.50万人，完成年度目标的100.0%；创业担保贷款发放8.24亿元，完成年度目标的103.0%。"));
}

TEST(FlowClause, ZeroTargetHasNoRatio)
{
    EXPECT_EQ(paragraph({{u("A1"), u("新建示范园"), u("家"), Flow, Up, 0.0, {0, 1, 1, 2}}}),
              u("——测试。全市新建示范园2家，完成年度目标任务。"));
}

TEST(StockClause, AllReachedBeforeQ4AreEarly)
{
    EXPECT_EQ(paragraph({{u("B1"), u("基本养老保险参保人数"), u("万人"), Stock, Up, 60, {58, 59, 60.5, 61.18}},
                         {u("B2"), u("失业保险参保人数"), u("万人"), Stock, Up, 28, {27, 27.7, 28.29, 28.63}},
                         {u("B3"), u("工伤保险参保人数"), u("万人"), Stock, Up, 32, {31, 31.6, 32.27, 32.81}}}),
              u("——测试。全市基本养老保险、失业保险、工伤保险参保人数分别达到61.18万人、28.63万人和32.81万人，均提前完成年度目标任务。"));
}

TEST(StockClause, ReachedOnlyInQ4IsNotEarly)
{
    const QString text = paragraph({{u("B1"), u("基本养老保险参保人数"), u("万人"), Stock, Up, 60, {58, 59, 59.5, 60.2}},
                                    {u("B2"), u("失业保险参保人数"), u("万人"), Stock, Up, 28, {27, 28.1, 28.2, 28.3}}});
    EXPECT_TRUE(text.endsWith(u("分别达到60.20万人、28.30万人，均完成年度目标任务。"))) << qPrintable(text);
    EXPECT_FALSE(text.contains(u("提前")));
}

TEST(StockClause, OneMissedIsNamedInsteadOfAVerdict)
{
    const QString text = paragraph({{u("B1"), u("基本养老保险参保人数"), u("万人"), Stock, Up, 60, {58, 60.1, 60.5, 61}},
                                    {u("B2"), u("失业保险参保人数"), u("万人"), Stock, Up, 28, {27, 27.2, 27.4, 27.3}}});
    EXPECT_EQ(text, u("——测试。全市基本养老保险、失业保险参保人数分别达到61.00万人、27.30万人，"
                      "基本养老保险参保人数提前完成年度目标任务，失业保险参保人数完成年度目标的97.5%。"));
}

TEST(StockClause, AloneAndPartYear)
{
    EXPECT_EQ(paragraph({{u("B1"), u("就业扶贫车间"), u("家"), Stock, Up, 90, {84, 88, 93, std::nullopt}}}, 3),
              u("——测试。今年前三季度，全市就业扶贫车间达到93家，提前完成年度目标任务。"));
    EXPECT_EQ(paragraph({{u("B1"), u("就业扶贫车间"), u("家"), Stock, Up, 100, {84, 88, 93, std::nullopt}}}, 3),
              u("——测试。今年前三季度，全市就业扶贫车间达到93家，完成年度目标的93.0%。"));
}

TEST(RateClause, AboveBelowAndEqual)
{
    EXPECT_EQ(paragraph({{u("C1"), u("投诉举报案件结案率"), u("%"), Rate, Up, 98, {98, 98, 98, 98.6}}}),
              u("——测试。全市投诉举报案件结案率98.6%，超出年度目标0.6个百分点。"));
    EXPECT_EQ(paragraph({{u("C1"), u("投诉举报案件结案率"), u("%"), Rate, Up, 98, {98, 98, 98, 97.5}}}),
              u("——测试。全市投诉举报案件结案率97.5%，低于年度目标0.5个百分点。"));
    EXPECT_EQ(paragraph({{u("C1"), u("投诉举报案件结案率"), u("%"), Rate, Up, 98, {98, 98, 98, 98.0}}}),
              u("——测试。全市投诉举报案件结案率98.0%，达到年度目标。"));
}

TEST(RateClause, GroupElidesTheUnitWord)
{
    EXPECT_EQ(paragraph({{u("C1"), u("劳动人事争议案件调解率"), u("%"), Rate, Up, 60, {66, 67, 68, 68.5}},
                         {u("C2"), u("劳动人事争议案件结案率"), u("%"), Rate, Up, 90, {92, 93, 94, 94.2}},
                         {u("C3"), u("劳动人事争议案件上线率"), u("%"), Rate, Up, 95, {97, 98, 98, 98.6}},
                         {u("C4"), u("劳动保障监察投诉举报案件结案率"), u("%"), Rate, Up, 98, {98, 98, 98, 97.5}}}),
              u("——测试。全市劳动人事争议案件调解率、结案率、上线率分别达到68.5%、94.2%和98.6%，"
                "分别超出年度目标8.5个、4.2个和3.6个百分点；劳动保障监察投诉举报案件结案率97.5%，低于年度目标0.5个百分点。"));
}

TEST(RateClause, MixedGroupSaysWhichIsUnder)
{
    const QString text = paragraph({{u("C1"), u("劳动人事争议案件调解率"), u("%"), Rate, Up, 60, {66, 67, 68, 68.5}},
                                    {u("C2"), u("劳动人事争议案件结案率"), u("%"), Rate, Up, 95, {92, 93, 94, 94.2}}});
    EXPECT_EQ(text, u("——测试。全市劳动人事争议案件调解率、结案率分别达到68.5%、94.2%，调解率超出年度目标8.5个百分点，结案率低于年度目标0.8个百分点。"));
    EXPECT_FALSE(text.contains(u("分别超出")));
}

TEST(CeilingClause, KeptAndBroken)
{
    EXPECT_EQ(paragraph({{u("D1"), u("城镇登记失业率"), u("%"), Rate, Cap, 4.0, {3.3, 3.3, 3.2, 3.2}}}),
              u("——测试。全市城镇登记失业率3.2%，控制在4.0%以内。"));
    const QString broken = paragraph({{u("D1"), u("城镇登记失业率"), u("%"), Rate, Cap, 4.0, {3.3, 3.9, 4.1, 4.3}}});
    EXPECT_EQ(broken, u("——测试。全市城镇登记失业率4.3%，超出控制目标0.3个百分点。"));
    EXPECT_FALSE(broken.contains(u("控制在")));
}

TEST(GrowthClause, AfterItsLevelAndBothWays)
{
    EXPECT_EQ(paragraph({{u("E1"), u("城镇居民人均收入"), u("元"), Stock, Up, std::nullopt, {9932, 18383, 27228, std::nullopt}},
                         {u("E2"), u("城镇居民人均收入增速"), u("%"), Growth, Up, 8.5, {8.9, 9.1, 9.0, std::nullopt}}}),
              u("——测试。今年前三季度，全市城镇居民人均收入27228元，增速9.0%，增幅超年初预期目标0.5个百分点。"));
    EXPECT_EQ(paragraph({{u("E2"), u("人均收入增速"), u("%"), Growth, Up, 8.5, {8.9, 8.1, 8.0, 7.9}}}),
              u("——测试。全市人均收入增速7.9%，增幅低于年初预期目标0.6个百分点。"));
}

TEST(PeriodLead, OlderFigureInAFullYearReportIsDated)
{
    // Q4 report: the income figure only has Q3, the flow has Q4.
    EXPECT_EQ(paragraph({{u("E1"), u("人均收入"), u("元"), Stock, Up, std::nullopt, {9932, 18383, 27228, std::nullopt}},
                         {u("A1"), u("城镇新增就业"), u("万人"), Flow, Up, 4.5, {1.4, 2.97, 4.59, 5.04}}}),
              u("——测试。今年前三季度，全市人均收入27228元；2019年，全市城镇新增就业5.04万人，完成年度目标的112.0%。"));
}

TEST(PeriodLead, PartYearReportNamesThePeriodOnce)
{
    EXPECT_EQ(paragraph({{u("A1"), u("城镇新增就业"), u("万人"), Flow, Up, 4.5, {1.4, 2.97, 3.59, std::nullopt}},
                         {u("D1"), u("城镇登记失业率"), u("%"), Rate, Cap, 4.0, {3.3, 3.3, 3.2, std::nullopt}}},
                        3),
              u("——测试。今年前三季度，全市城镇新增就业3.59万人，完成年度目标的79.8%；城镇登记失业率3.2%，控制在4.0%以内。"));
}

TEST(PlainClause, NoTargetIsTheFigureAlone)
{
    const QString text = paragraph({{u("F1"), u("当月养老金发放人数"), u("万人"), Stock, Up, std::nullopt, {45, 45.9, 46.3, 46.72}},
                                    {u("F2"), u("人均月领取养老金"), u("元"), Stock, Up, std::nullopt, {128, 128, 132, 132}}});
    EXPECT_EQ(text, u("——测试。全市当月养老金发放人数46.72万人，人均月领取养老金132元。"));
    EXPECT_FALSE(text.contains(u("目标")));
}

TEST(Structure, SubProjectsAreEnumeratedAndPhrasesOverridden)
{
    // MS05/MS06 have a pair phrase in the shipped phrasebook.
    const QString text = paragraph({{u("G1"), u("公益岗位"), u("个"), Flow, Up, 100, {10, 20, 30, 110}, {}, u("甲工程")},
                                    {u("MS05"), u("补贴人数"), u("人"), Flow, Up, std::nullopt, {1, 2, 3, 2600}, {}, u("甲工程")},
                                    {u("MS06"), u("补贴金额"), u("万元"), Flow, Up, std::nullopt, {1, 2, 3, 260}, {}, u("甲工程")},
                                    {u("G2"), u("乙工程培训人数"), u("人"), Flow, Up, std::nullopt, {1, 2, 3, 40}, {}, u("乙工程")}});
    EXPECT_EQ(text, u("——测试。共二项：一是甲工程方面。全市公益岗位110个，完成年度目标的110.0%；"
                      "为2600名高校毕业生发放求职创业补贴260.00万元。二是乙工程方面。培训人数40人。"));
}

TEST(Structure, NothingReported)
{
    EXPECT_EQ(paragraph({{u("A1"), u("城镇新增就业"), u("万人"), Flow, Up, 4.5, {}}}), u("——测试。本期暂无数据。"));
}
