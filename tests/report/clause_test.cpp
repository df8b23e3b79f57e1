// Sentence-level rules of section 一, on hand-made indicators and figures (not the demo). Every
// expected sentence was written by hand from the reference's shapes and bulletin conventions
// (no trailing zeros, a missed target or a lag said in its own clause), before the code.
#include "core/evaluation.h"
#include "core/numberformat.h"
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
    int precision = -1; // -1: the unit's default
    QString phrase = {};
    QString clauses = {};
};

Indicator indicator(const Spec &s, int sort)
{
    Indicator i;
    i.code = s.code;
    i.name = s.name;
    i.category = QStringLiteral("测试");
    i.subcategory = s.subcategory;
    i.unit = s.unit;
    i.precision = s.precision >= 0 ? s.precision : NumberFormat::precisionForUnit(s.unit);
    i.phrase = s.phrase;
    i.clauses = clausesFromString(s.clauses);
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
              u("——测试。全市城镇新增就业5.04万人，完成年度目标的112%。"));
}

TEST(FlowClause, AMissedTargetGetsItsOwnClauseWithTheShortfall)
{
    const QString text = paragraph({{u("A1"), u("技能脱贫培训"), u("人"), Flow, Up, 3200, {800, 1600, 2464, 3072}},
                                    {u("A2"), u("岗前技能培训"), u("人"), Flow, Up, 6500, {1600, 3300, 5200, 6760}},
                                    {u("A3"), u("全日制招生"), u("人"), Flow, Up, 4000, {1000, 2000, 2920, 4120}}});
    EXPECT_EQ(text, u("——测试。全市技能脱贫培训3072人，完成年度目标的96%，差128人；"
                      "岗前技能培训6760人，全日制招生4120人，分别完成6500人、4000人年度目标的104%、103%。"));
}

TEST(FlowClause, GroupOfOneUnitNamesTheTargets)
{
    EXPECT_EQ(paragraph({{u("A1"), u("城镇新增就业"), u("万人"), Flow, Up, 4.5, {1, 2, 3, 5.04}},
                         {u("A2"), u("农村劳动力转移"), u("万人"), Flow, Up, 3.2, {1, 2, 3, 3.52}}}),
              u("——测试。全市城镇新增就业5.04万人，农村劳动力转移3.52万人，分别完成4.5万人、3.2万人年度目标的112%、110%。"));
}

TEST(FlowClause, GroupOfMixedUnitsWithChildPutsHeBeforeTheLast)
{
    EXPECT_EQ(paragraph({{u("A1"), u("新增技能人才"), u("万人"), Flow, Up, 1.2, {0.3, 0.6, 0.9, 1.31}},
                         {u("A2"), u("新增高技能人才"), u("人"), Flow, Up, 3600, {900, 1800, 2700, 3852}, u("A1")},
                         {u("A3"), u("职业技能鉴定"), u("万人次"), Flow, Up, 2.6, {0.7, 1.4, 2.1, 2.73}}}),
              u("——测试。全市新增技能人才1.31万人，其中高技能人才3852人，职业技能鉴定2.73万人次，分别完成年度目标的109.2%、107%和105%。"));
}

TEST(FlowClause, MoneyIsNotGroupedWithPeople)
{
    const QString text = paragraph({{u("A1"), u("城镇新增就业"), u("万人"), Flow, Up, 4.5, {1, 2, 3, 4.5}},
                                    {u("A2"), u("创业担保贷款发放"), u("亿元"), Flow, Up, 8.0, {1, 2, 3, 8.24}}});
    EXPECT_EQ(text, u("——测试。全市城镇新增就业4.5万人，完成年度目标的100%；创业担保贷款发放8.24亿元，完成年度目标的103%。"));
}

TEST(FlowClause, ZeroTargetHasNoRatio)
{
    EXPECT_EQ(paragraph({{u("A1"), u("新建示范园"), u("家"), Flow, Up, 0.0, {0, 1, 1, 2}}}),
              u("——测试。全市新建示范园2家，完成年度目标任务。"));
}

TEST(FlowClause, BeforeQ4ALagBehindTheScheduleIsSaid)
{
    // Q3: 序时进度 75%. 5.44 of 8 亿元 is 68%, 7 points under; 4.59 of 4.5 is done early.
    const QString text = paragraph({{u("A1"), u("城镇新增就业"), u("万人"), Flow, Up, 4.5, {1.4, 2.97, 4.59, std::nullopt}},
                                    {u("A2"), u("创业担保贷款发放"), u("亿元"), Flow, Up, 8.0, {1.5, 3.4, 5.44, std::nullopt}},
                                    {u("A3"), u("就业见习岗位开发"), u("个"), Flow, Up, 1200, {150, 420, 660, std::nullopt}}},
                                   3);
    EXPECT_EQ(text, u("——测试。今年前三季度，全市城镇新增就业4.59万人，完成年度目标的102%，提前完成全年任务；"
                      "创业担保贷款发放5.44亿元，完成年度目标的68%，低于序时进度7个百分点；"
                      "就业见习岗位开发660个，完成年度目标的55%，低于序时进度20个百分点。"));
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
    EXPECT_TRUE(text.endsWith(u("分别达到60.2万人、28.3万人，均完成年度目标任务。"))) << qPrintable(text);
    EXPECT_FALSE(text.contains(u("提前")));
}

TEST(StockClause, AMissedStockStandsApartWithItsShortfall)
{
    const QString text = paragraph({{u("B1"), u("基本养老保险参保人数"), u("万人"), Stock, Up, 60, {58, 60.1, 60.5, 61}},
                                    {u("B2"), u("失业保险参保人数"), u("万人"), Stock, Up, 28, {27, 27.2, 27.4, 27.3}}});
    EXPECT_EQ(text, u("——测试。全市基本养老保险参保人数达到61万人，提前完成年度目标任务；"
                      "失业保险参保人数达到27.3万人，完成年度目标的97.5%，差0.7万人。"));
}

TEST(StockClause, AloneAndPartYear)
{
    EXPECT_EQ(paragraph({{u("B1"), u("就业扶贫车间"), u("家"), Stock, Up, 90, {84, 88, 93, std::nullopt}}}, 3),
              u("——测试。今年前三季度，全市就业扶贫车间达到93家，提前完成年度目标任务。"));
    EXPECT_EQ(paragraph({{u("B1"), u("就业扶贫车间"), u("家"), Stock, Up, 100, {84, 88, 93, std::nullopt}}}, 3),
              u("——测试。今年前三季度，全市就业扶贫车间达到93家，完成年度目标的93%。"));
}

TEST(RateClause, AboveBelowAndEqual)
{
    EXPECT_EQ(paragraph({{u("C1"), u("投诉举报案件结案率"), u("%"), Rate, Up, 98, {98, 98, 98, 98.6}}}),
              u("——测试。全市投诉举报案件结案率98.6%，超出年度目标0.6个百分点。"));
    EXPECT_EQ(paragraph({{u("C1"), u("投诉举报案件结案率"), u("%"), Rate, Up, 98, {98, 98, 98, 97.5}}}),
              u("——测试。全市投诉举报案件结案率97.5%，低于年度目标0.5个百分点。"));
    EXPECT_EQ(paragraph({{u("C1"), u("投诉举报案件结案率"), u("%"), Rate, Up, 98, {98, 98, 98, 98.0}}}),
              u("——测试。全市投诉举报案件结案率98%，达到年度目标。"));
}

TEST(RateClause, ARateKeepsItsOwnPrecision)
{
    // Kept with two decimals: 2.83% is printed so, and so is its difference.
    EXPECT_EQ(paragraph({{u("C1"), u("调查失业率"), u("%"), Rate, Up, 2.5, {2.6, 2.7, 2.8, 2.83}, {}, {}, 2}}),
              u("——测试。全市调查失业率2.83%，超出年度目标0.33个百分点。"));
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

TEST(RateClause, AMissedRateLeavesTheListAndSaysByHowMuch)
{
    const QString text = paragraph({{u("C1"), u("劳动人事争议案件调解率"), u("%"), Rate, Up, 60, {66, 67, 68, 68.5}},
                                    {u("C2"), u("劳动人事争议案件结案率"), u("%"), Rate, Up, 95, {92, 93, 94, 94.2}}});
    EXPECT_EQ(text, u("——测试。全市劳动人事争议案件调解率68.5%，超出年度目标8.5个百分点；"
                      "劳动人事争议案件结案率94.2%，低于年度目标0.8个百分点。"));
    EXPECT_FALSE(text.contains(u("分别")));
}

TEST(RateClause, BeforeQ4AnUnderTargetRateStaysInItsListWithItsOwnVerdict)
{
    // Q3: rates are judged against the target itself, and nothing is missed yet.
    const QString text = paragraph({{u("C1"), u("劳动人事争议案件调解率"), u("%"), Rate, Up, 60, {66, 67, 68, std::nullopt}},
                                    {u("C2"), u("劳动人事争议案件结案率"), u("%"), Rate, Up, 95, {92, 93, 94, std::nullopt}}},
                                   3);
    EXPECT_EQ(text, u("——测试。今年前三季度，全市劳动人事争议案件调解率、结案率分别达到68%、94%，"
                      "调解率超出年度目标8个百分点，结案率低于年度目标1个百分点。"));
}

TEST(RateClause, AnOwnClauseNamesTheTarget)
{
    EXPECT_EQ(paragraph({{u("C1"), u("公益性岗位安置到岗率"), u("%"), Rate, Up, 90, {92, 94, 95, 96.3}, {}, {}, -1,
                          u("安置到岗率{value}"), u("rate.above=超{target}的年度目标{diff}")}}),
              u("——测试。全市安置到岗率96.3%，超90%的年度目标6.3个百分点。"));
}

TEST(CeilingClause, KeptAndBroken)
{
    EXPECT_EQ(paragraph({{u("D1"), u("城镇登记失业率"), u("%"), Rate, Cap, 4.0, {3.3, 3.3, 3.2, 3.2}}}),
              u("——测试。全市城镇登记失业率3.2%，控制在4%以内。"));
    const QString broken = paragraph({{u("D1"), u("城镇登记失业率"), u("%"), Rate, Cap, 4.0, {3.3, 3.9, 4.1, 4.3}}});
    EXPECT_EQ(broken, u("——测试。全市城镇登记失业率4.3%，超出控制目标0.3个百分点。"));
    EXPECT_FALSE(broken.contains(u("控制在")));
}

TEST(CeilingClause, TheExcessIsThatOfThePrintedFigures)
{
    // 3.75% against 3.5%: 0.25 points, as a reader subtracts them; never 0.3.
    EXPECT_EQ(paragraph({{u("D1"), u("调查失业率"), u("%"), Rate, Cap, 3.5, {3.4, 3.5, 3.6, 3.75}, {}, {}, 2}}),
              u("——测试。全市调查失业率3.75%，超出控制目标0.25个百分点。"));
}

TEST(GrowthClause, AfterItsLevelAndBothWays)
{
    EXPECT_EQ(paragraph({{u("E1"), u("城镇居民人均收入"), u("元"), Stock, Up, std::nullopt, {9932, 18383, 27228, std::nullopt}},
                         {u("E2"), u("城镇居民人均收入增速"), u("%"), Growth, Up, 8.5, {8.9, 9.1, 9.0, std::nullopt}}}),
              u("——测试。今年前三季度，全市城镇居民人均收入27228元，增速9%，增幅超年初预期目标0.5个百分点。"));
    EXPECT_EQ(paragraph({{u("E2"), u("人均收入增速"), u("%"), Growth, Up, 8.5, {8.9, 8.1, 8.0, 7.9}}}),
              u("——测试。全市人均收入增速7.9%，增幅低于年初预期目标0.6个百分点。"));
}

TEST(PeriodLead, OlderFigureInAFullYearReportIsDated)
{
    // Q4 report: the income figure only has Q3, the flow has Q4.
    EXPECT_EQ(paragraph({{u("E1"), u("人均收入"), u("元"), Stock, Up, std::nullopt, {9932, 18383, 27228, std::nullopt}},
                         {u("A1"), u("城镇新增就业"), u("万人"), Flow, Up, 4.5, {1.4, 2.97, 4.59, 5.04}}}),
              u("——测试。今年前三季度，全市人均收入27228元；2019年，城镇新增就业5.04万人，完成年度目标的112%。"));
}

TEST(PeriodLead, APartYearNamesItsPeriodOnceForEachQuarter)
{
    const QList<Spec> specs{{u("A1"), u("城镇新增就业"), u("万人"), Flow, Up, 4.5, {1.4, 2.97, 3.59, std::nullopt}},
                            {u("D1"), u("城镇登记失业率"), u("%"), Rate, Cap, 4.0, {3.3, 3.3, 3.2, std::nullopt}}};
    EXPECT_EQ(paragraph(specs, 3),
              u("——测试。今年前三季度，全市城镇新增就业3.59万人，完成年度目标的79.8%；城镇登记失业率3.2%，控制在4%以内。"));
    // Q2: 2.97 of 4.5 is 66%, above the 50% 序时进度.
    EXPECT_EQ(paragraph(specs, 2),
              u("——测试。今年上半年，全市城镇新增就业2.97万人，完成年度目标的66%；城镇登记失业率3.3%，控制在4%以内。"));
    // Q1: 1.4 of 4.5 is 31.1%, above 25%.
    EXPECT_EQ(paragraph(specs, 1),
              u("——测试。今年一季度，全市城镇新增就业1.4万人，完成年度目标的31.1%；城镇登记失业率3.3%，控制在4%以内。"));
}

TEST(PlainClause, NoTargetIsTheFigureAlone)
{
    const QString text = paragraph({{u("F1"), u("当月养老金发放人数"), u("万人"), Stock, Up, std::nullopt, {45, 45.9, 46.3, 46.72}},
                                    {u("F2"), u("人均月领取养老金"), u("元"), Stock, Up, std::nullopt, {128, 128, 132, 132}}});
    EXPECT_EQ(text, u("——测试。全市当月养老金发放人数46.72万人，人均月领取养老金132元。"));
    EXPECT_FALSE(text.contains(u("目标")));
}

TEST(PlainClause, NamesSharingAHeadAreOneListWithoutTargetsToo)
{
    EXPECT_EQ(paragraph({{u("F1"), u("基本养老保险参保人数"), u("万人"), Stock, Up, std::nullopt, {60, 60.4, 60.9, 61.18}},
                         {u("F2"), u("失业保险参保人数"), u("万人"), Stock, Up, std::nullopt, {28, 28.2, 28.4, 28.63}}}),
              u("——测试。全市基本养老保险、失业保险参保人数分别为61.18万人、28.63万人。"));
}

TEST(Structure, SubProjectsAreEnumeratedAndOwnPhrasesUsed)
{
    // An own phrase that states another indicator's figure; that one is not stated again.
    const QString text = paragraph({{u("G1"), u("公益岗位"), u("个"), Flow, Up, 100, {10, 20, 30, 110}, {}, u("甲工程")},
                                    {u("P1"), u("补贴人数"), u("人"), Flow, Up, std::nullopt, {1, 2, 3, 2600}, {}, u("甲工程"),
                                     -1, u("为{number}名高校毕业生发放求职创业补贴{P2}")},
                                    {u("P2"), u("补贴金额"), u("万元"), Flow, Up, std::nullopt, {1, 2, 3, 260}, {}, u("甲工程")},
                                    {u("G2"), u("乙工程培训人数"), u("人"), Flow, Up, std::nullopt, {1, 2, 3, 40}, {}, u("乙工程")}});
    EXPECT_EQ(text, u("——测试。共二项：一是甲工程方面。全市公益岗位110个，完成年度目标的110%；"
                      "为2600名高校毕业生发放求职创业补贴260万元。二是乙工程方面。培训人数40人。"));
}

TEST(Structure, ACodeOfTheDemoMeansNothingInAnotherBureau)
{
    // This bureau's MS05 is another indicator: it is stated by its own name.
    const QString text = paragraph({{u("MS05"), u("失业人员再就业"), u("万人"), Flow, Up, 18.0, {5, 10, 15, 19.4}},
                                    {u("JY03"), u("技能培训补贴"), u("万元"), Flow, Up, std::nullopt, {1, 2, 3, 420}}});
    EXPECT_EQ(text, u("——测试。全市失业人员再就业19.4万人，完成年度目标的107.8%；技能培训补贴420万元。"));
    EXPECT_FALSE(text.contains(u("高校毕业生")));
    EXPECT_FALSE(text.contains(u("创业担保贷款")));
}

TEST(Structure, NothingReportedLeavesTheCategoryOut)
{
    EXPECT_EQ(paragraph({{u("A1"), u("城镇新增就业"), u("万人"), Flow, Up, 4.5, {}}}), QString());
}
