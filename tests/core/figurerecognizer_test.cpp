#include "core/chinesenumerals.h"
#include "core/figurerecognizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace zhibiao {
namespace {

// Sentences of the 2019 year-end report (shared/reference/seed-2019-summary.txt) with its
// figures, replaced there by X, filled in again.

std::string utf8(const QString &text)
{
    return text.toStdString();
}

std::vector<std::string> textsOf(const QList<RecognizedFigure> &figures)
{
    std::vector<std::string> texts;
    for (const RecognizedFigure &figure : figures)
        texts.push_back(utf8(figure.text));
    return texts;
}

QList<RecognizedFigure> find(const char *paragraph)
{
    return FigureRecognizer::find(QString::fromUtf8(paragraph));
}

void expectAmount(const RecognizedFigure &figure, double number, double scale, const char *unit,
                  const char *baseUnit)
{
    EXPECT_DOUBLE_EQ(figure.number, number) << utf8(figure.text);
    EXPECT_DOUBLE_EQ(figure.scale, scale) << utf8(figure.text);
    EXPECT_EQ(utf8(figure.unit), unit) << utf8(figure.text);
    EXPECT_EQ(utf8(figure.baseUnit), baseUnit) << utf8(figure.text);
}

void expectList(const RecognizedFigure &figure, int listId, int listIndex, int listSize,
                bool respectively)
{
    EXPECT_EQ(figure.listId, listId) << utf8(figure.text);
    EXPECT_EQ(figure.listIndex, listIndex) << utf8(figure.text);
    EXPECT_EQ(figure.listSize, listSize) << utf8(figure.text);
    EXPECT_EQ(figure.respectively, respectively) << utf8(figure.text);
}

void expectAlone(const RecognizedFigure &figure)
{
    expectList(figure, -1, 0, 1, false);
}

TEST(FigureRecognizerTest, EmploymentParagraphWithTwoRespectivelyLists)
{
    const QString paragraph = QString::fromUtf8(
        "全市城镇新增就业4.64万人，农村劳动力转移3.15万人，分别完成4.3万人、3万人年度目标的"
        "107.9%、105%；发放创业担保贷款7.8亿元，完成年度目标的104%。2019年，全市城镇登记失业率"
        "3.4%，控制在4%以内。");
    const QList<RecognizedFigure> figures = FigureRecognizer::find(paragraph);
    ASSERT_EQ(textsOf(figures),
              (std::vector<std::string>{"4.64万人", "3.15万人", "4.3万人", "3万人", "107.9%", "105%",
                                        "7.8亿元", "104%", "2019年", "3.4%", "4%"}));
    for (const RecognizedFigure &figure : figures)
        EXPECT_EQ(paragraph.mid(figure.start, figure.length), figure.text);

    expectAmount(figures[0], 4.64, 1e4, "万人", "人");
    EXPECT_EQ(figures[0].decimals, 2);
    EXPECT_DOUBLE_EQ(figures[0].value(), 46400);
    EXPECT_EQ(figures[0].cue, FigureCue::Plain);
    expectAlone(figures[0]);
    EXPECT_EQ(figures[1].cue, FigureCue::Plain);

    expectAmount(figures[2], 4.3, 1e4, "万人", "人");
    expectAmount(figures[3], 3, 1e4, "万人", "人");
    EXPECT_EQ(figures[3].decimals, 0);
    EXPECT_EQ(figures[2].cue, FigureCue::Target);
    EXPECT_EQ(figures[3].cue, FigureCue::Target);
    expectList(figures[2], 0, 0, 2, true);
    expectList(figures[3], 0, 1, 2, true);

    expectAmount(figures[4], 107.9, 1, "%", "%");
    EXPECT_EQ(figures[4].cue, FigureCue::Completion);
    EXPECT_EQ(figures[5].cue, FigureCue::Completion);
    expectList(figures[4], 1, 0, 2, true);
    expectList(figures[5], 1, 1, 2, true);

    expectAmount(figures[6], 7.8, 1e8, "亿元", "元");
    EXPECT_DOUBLE_EQ(figures[6].value(), 7.8e8);
    EXPECT_EQ(figures[6].cue, FigureCue::Plain);
    EXPECT_EQ(figures[7].cue, FigureCue::Completion);
    expectAlone(figures[7]);

    EXPECT_TRUE(figures[8].isYear);
    expectAmount(figures[8], 2019, 1, "年", "年");
    EXPECT_EQ(figures[9].cue, FigureCue::Plain);
    EXPECT_FALSE(figures[9].isYear);
    expectAmount(figures[10], 4, 1, "%", "%");
    EXPECT_EQ(figures[10].cue, FigureCue::Ceiling);
}

TEST(FigureRecognizerTest, IncomeGrowthAndPointsAboveTheExpectation)
{
    const auto figures = find("今年前三季度，全市城镇居民人均收入达到33240元，增速8.6%，"
                              "增幅超年初预期目标0.1个百分点。");
    ASSERT_EQ(textsOf(figures), (std::vector<std::string>{"33240元", "8.6%", "0.1个百分点"}));
    expectAmount(figures[0], 33240, 1, "元", "元");
    EXPECT_EQ(figures[0].cue, FigureCue::Plain);
    EXPECT_EQ(figures[1].cue, FigureCue::Growth);
    expectAmount(figures[2], 0.1, 1, "个百分点", "个百分点");
    EXPECT_EQ(figures[2].cue, FigureCue::Difference);
}

TEST(FigureRecognizerTest, InsuranceListWithoutCue)
{
    const auto figures = find("全市城镇企业在岗职工基本养老保险、失业保险、工伤保险参保人数分别达到"
                              "57.84万人、26.91万人、30.46万人，均提前完成年度目标任务。");
    ASSERT_EQ(figures.size(), 3);
    for (int k = 0; k < 3; ++k) {
        expectList(figures[k], 0, k, 3, true);
        EXPECT_EQ(figures[k].cue, FigureCue::Plain);
    }
    expectAmount(figures[2], 30.46, 1e4, "万人", "人");
}

TEST(FigureRecognizerTest, SkillsListOfCompletionsAfterPersonTimes)
{
    const auto figures = find("全市新增技能人才2.35万人，其中新增高技能人才6120人，组织职业技能鉴定"
                              "3.8万人次，分别完成年度目标的117.5%、122.4%和126.7%。");
    ASSERT_EQ(textsOf(figures), (std::vector<std::string>{"2.35万人", "6120人", "3.8万人次",
                                                          "117.5%", "122.4%", "126.7%"}));
    expectAmount(figures[2], 3.8, 1e4, "万人次", "人次");
    expectAlone(figures[2]);
    EXPECT_EQ(figures[2].cue, FigureCue::Plain);
    for (int k = 3; k < 6; ++k) {
        expectList(figures[k], 0, k - 3, 3, true);
        EXPECT_EQ(figures[k].cue, FigureCue::Completion);
    }
}

TEST(FigureRecognizerTest, PointsSharedAlongAListKeepTheirWrittenSpans)
{
    const QString paragraph = QString::fromUtf8(
        "劳动人事争议案件调解率、结案率、上线率分别达到65.8%、93.6%和97.6%，分别超出年度目标"
        "5.8个、3.6个和2.6个百分点。劳动保障监察投诉举报案件结案率98.2%，超出年度目标3.2个百分点。");
    const QList<RecognizedFigure> figures = FigureRecognizer::find(paragraph);
    ASSERT_EQ(textsOf(figures), (std::vector<std::string>{"65.8%", "93.6%", "97.6%", "5.8个", "3.6个",
                                                          "2.6个百分点", "98.2%", "3.2个百分点"}));
    for (int k = 0; k < 3; ++k) {
        expectList(figures[k], 0, k, 3, true);
        EXPECT_EQ(figures[k].cue, FigureCue::Plain);
    }
    for (int k = 3; k < 6; ++k) {
        expectList(figures[k], 1, k - 3, 3, true);
        expectAmount(figures[k], figures[k].number, 1, "个百分点", "个百分点");
        EXPECT_EQ(figures[k].cue, FigureCue::Difference);
        EXPECT_EQ(paragraph.mid(figures[k].start, figures[k].length), figures[k].text);
    }
    EXPECT_EQ(figures[3].length, 4);
    EXPECT_DOUBLE_EQ(figures[4].number, 3.6);
    expectAlone(figures[7]);
    EXPECT_EQ(figures[6].cue, FigureCue::Plain);
    EXPECT_EQ(figures[7].cue, FigureCue::Difference);
}

TEST(FigureRecognizerTest, LivelihoodProjectsCountedInWordsAndTargetsWithinTheSentence)
{
    const auto figures = find("共四项：一是就业创业促进工程方面。开发公益性岗位1200个，完成年度目标的"
                              "120%，安置到岗率95.1%，超90%的年度目标5.1个百分点；开发就业见习岗位800个，"
                              "吸纳见习650人，分别完成年度目标的106.4%、105%；为320名高校毕业生发放了"
                              "求职创业补贴48万元。");
    ASSERT_EQ(textsOf(figures),
              (std::vector<std::string>{"四项", "1200个", "120%", "95.1%", "90%", "5.1个百分点", "800个",
                                        "650人", "106.4%", "105%", "320名", "48万元"}));
    EXPECT_TRUE(figures[0].inWords);
    expectAmount(figures[0], 4, 1, "项", "项");
    EXPECT_FALSE(figures[1].inWords);
    EXPECT_EQ(figures[2].cue, FigureCue::Completion);
    EXPECT_EQ(figures[3].cue, FigureCue::Plain);
    EXPECT_EQ(figures[4].cue, FigureCue::Target);
    EXPECT_EQ(figures[5].cue, FigureCue::Difference);
    expectAlone(figures[6]);
    expectAlone(figures[7]);
    expectList(figures[8], 0, 0, 2, true);
    EXPECT_EQ(figures[9].cue, FigureCue::Completion);
    expectAmount(figures[11], 48, 1e4, "万元", "元");
}

TEST(FigureRecognizerTest, ShortfallIsADifference)
{
    const auto figures = find("开展技能脱贫培训1523人,企业新录用人员岗前技能培训5868人，完成年度目标的"
                              "97.8%，差132人");
    ASSERT_EQ(textsOf(figures), (std::vector<std::string>{"1523人", "5868人", "97.8%", "132人"}));
    EXPECT_EQ(figures[0].clauseEnd, figures[1].clauseStart - 1); // the ASCII comma ends a clause
    EXPECT_EQ(figures[2].cue, FigureCue::Completion);
    expectAmount(figures[3], 132, 1, "人", "人");
    EXPECT_EQ(figures[3].cue, FigureCue::Difference);
}

TEST(FigureRecognizerTest, StudentGrantsPairPeopleWithMoney)
{
    const auto figures = find("2100人享受国家助学金420万元，1800人享受免学费补助360万元。");
    ASSERT_EQ(textsOf(figures), (std::vector<std::string>{"2100人", "420万元", "1800人", "360万元"}));
    EXPECT_FALSE(figures[0].isYear);
    expectAmount(figures[0], 2100, 1, "人", "人");
    expectAmount(figures[1], 420, 1e4, "万元", "元");
    for (const RecognizedFigure &figure : figures)
        expectAlone(figure);
}

TEST(FigureRecognizerTest, HouseholdsAndPeopleWrittenTogetherAreTwoFigures)
{
    const auto figures = find("我局结对帮扶的贫困村共有建档立卡贫困户36户103人，目前已完成最后3户7人"
                              "脱贫任务。招募“三支一扶”人员25名。");
    ASSERT_EQ(textsOf(figures), (std::vector<std::string>{"36户", "103人", "3户", "7人", "25名"}));
    expectAmount(figures[0], 36, 1, "户", "户");
    expectAmount(figures[1], 103, 1, "人", "人");
    expectAlone(figures[0]);
    expectAlone(figures[1]);
    EXPECT_EQ(figures[3].cue, FigureCue::Plain);
}

TEST(FigureRecognizerTest, ApproximateFiguresWithYu)
{
    const auto figures = find("已返还126家企业失业保险费1520万元，涉及在岗职工3.6余万人。直接扶持1200余人"
                              "创业，带动3500余人创业，提供就业岗位3.2万余个。");
    ASSERT_EQ(textsOf(figures), (std::vector<std::string>{"126家", "1520万元", "3.6余万人", "1200余人",
                                                          "3500余人", "3.2万余个"}));
    EXPECT_FALSE(figures[0].atLeast);
    EXPECT_FALSE(figures[1].atLeast);
    expectAmount(figures[2], 3.6, 1e4, "万人", "人");
    EXPECT_TRUE(figures[2].atLeast);
    expectAmount(figures[3], 1200, 1, "人", "人");
    EXPECT_TRUE(figures[3].atLeast);
    expectAmount(figures[5], 3.2, 1e4, "万个", "个");
    EXPECT_TRUE(figures[5].atLeast);
}

TEST(FigureRecognizerTest, ReducedContributionsInYiAndWan)
{
    const auto figures = find("截至10月底，全市养老保险减费1.2亿余元，失业保险减费860余万元，"
                              "按时两次调整缴费基数，16.7万名退休职工完成认证。");
    ASSERT_EQ(textsOf(figures), (std::vector<std::string>{"1.2亿余元", "860余万元", "16.7万名"}));
    expectAmount(figures[0], 1.2, 1e8, "亿元", "元");
    EXPECT_TRUE(figures[0].atLeast);
    expectAmount(figures[1], 860, 1e4, "万元", "元");
    EXPECT_TRUE(figures[1].atLeast);
    expectAmount(figures[2], 16.7, 1e4, "万名", "名");
}

TEST(FigureRecognizerTest, BareWanAndOrdinalsOfTheMethodsSection)
{
    const auto figures = find("（一）“四促”稳就业。四是促进各类群体稳定就业，发放一次性创业补贴12万、"
                              "在岗职工技能提升补贴350万元。");
    ASSERT_EQ(textsOf(figures), (std::vector<std::string>{"12万", "350万元"}));
    expectAmount(figures[0], 12, 1e4, "万", "");
    expectAlone(figures[0]);
}

TEST(FigureRecognizerTest, CasesAtLeastAndExamsCounted)
{
    const auto figures = find("确保劳动合同签订率达95%以上。全市受理劳动人事争议案件1250件，共立案查处"
                              "劳动保障违法案件96起，顺利组织完成15项6.2万人次人事考试任务。");
    ASSERT_EQ(textsOf(figures), (std::vector<std::string>{"95%", "1250件", "96起", "15项", "6.2万人次"}));
    EXPECT_TRUE(figures[0].atLeast);
    EXPECT_EQ(figures[0].length, 3);
    expectAmount(figures[2], 96, 1, "起", "起");
    expectAlone(figures[3]);
    expectAmount(figures[4], 6.2, 1e4, "万人次", "人次");
}

TEST(FigureRecognizerTest, UnitlessMembersTakeTheListsUnit)
{
    const auto figures = find("参保人数分别为57.84、26.91和30.46万人，调解率、结案率分别为65.8、93.6%");
    ASSERT_EQ(figures.size(), 5);
    for (int k = 0; k < 3; ++k)
        expectAmount(figures[k], figures[k].number, 1e4, "万人", "人");
    EXPECT_EQ(utf8(figures[0].text), "57.84");
    EXPECT_DOUBLE_EQ(figures[1].value(), 269100);
    expectAmount(figures[3], 65.8, 1, "%", "%");
    expectList(figures[3], 1, 0, 2, true);
}

TEST(FigureRecognizerTest, TargetBeforeAndGrowthWithLe)
{
    const auto figures = find("年度目标4.3万人，同比增长了5.2%，提高3.1%，超出年度目标132人");
    ASSERT_EQ(figures.size(), 4);
    EXPECT_EQ(figures[0].cue, FigureCue::Target);
    EXPECT_EQ(figures[1].cue, FigureCue::Growth);
    EXPECT_EQ(figures[2].cue, FigureCue::Growth);
    EXPECT_EQ(figures[3].cue, FigureCue::Difference);
}

TEST(FigureRecognizerTest, ChineseNumeralsBeforeAUnit)
{
    const auto figures = find("培训两千三百人，新建十二家，吸纳三万人，安置一万二千人，招聘五名");
    ASSERT_EQ(textsOf(figures),
              (std::vector<std::string>{"两千三百人", "十二家", "三万人", "一万二千人", "五名"}));
    for (const RecognizedFigure &figure : figures) {
        EXPECT_TRUE(figure.inWords);
        EXPECT_EQ(figure.decimals, 0);
    }
    expectAmount(figures[0], 2300, 1, "人", "人");
    expectAmount(figures[1], 12, 1, "家", "家");
    expectAmount(figures[2], 3, 1e4, "万人", "人");
    expectAmount(figures[3], 12000, 1, "人", "人");
    expectAmount(figures[4], 5, 1, "名", "名");
}

TEST(FigureRecognizerTest, OrdinalsNamesAndIdiomsAreNoFigures)
{
    EXPECT_TRUE(find("一是促进企业职工稳定，二是促进创业者做大做强。").isEmpty());
    EXPECT_TRUE(find("（一）就业创业。（二）社会保障。").isEmpty());
    EXPECT_TRUE(find("招募“三支一扶”人员").isEmpty());
    EXPECT_TRUE(find("今年第三季度，第3季度").isEmpty());
    EXPECT_TRUE(find("按时两次调整，一起推进，走进千家万户，一、就业").isEmpty());
    EXPECT_TRUE(find("（1）就业创业；1、社会保障；2.人才人事").isEmpty());
}

TEST(FigureRecognizerTest, YearsAreMarkedAndDatesAndTablesLeftOut)
{
    const auto figures = find("2018年，见表1和附件2，12月3日召开，连续3年，三、2019年工作谋划");
    ASSERT_EQ(textsOf(figures), (std::vector<std::string>{"2018年", "2019年"}));
    for (const RecognizedFigure &figure : figures) {
        EXPECT_TRUE(figure.isYear);
        expectAmount(figure, figure.number, 1, "年", "年");
    }
    EXPECT_DOUBLE_EQ(figures[1].number, 2019);
    EXPECT_TRUE(find("1899年").isEmpty());
}

TEST(FigureRecognizerTest, FullWidthDigitsReadAsAscii)
{
    const QString paragraph = QString::fromUtf8("新增就业４．６４万人，失业率３．４％");
    const QList<RecognizedFigure> figures = FigureRecognizer::find(paragraph);
    ASSERT_EQ(textsOf(figures), (std::vector<std::string>{"４．６４万人", "３．４％"}));
    expectAmount(figures[0], 4.64, 1e4, "万人", "人");
    EXPECT_EQ(figures[0].decimals, 2);
    expectAmount(figures[1], 3.4, 1, "%", "%");
    EXPECT_EQ(figures[1].start, 14); // positions are those of the paragraph as written
}

TEST(FigureRecognizerTest, GroupingCommasJoinDigits)
{
    const auto figures = find("受理案件1,234件,其中调解2100,420件");
    ASSERT_EQ(textsOf(figures), (std::vector<std::string>{"1,234件", "2100", "420件"}));
    EXPECT_DOUBLE_EQ(figures[0].number, 1234);
    EXPECT_EQ(figures[0].clauseStart, 0);
    EXPECT_EQ(figures[0].clauseEnd, 10);
}

TEST(FigureRecognizerTest, ParagraphWithoutFigures)
{
    EXPECT_TRUE(find("加强劳动关系协调工作，继续深化构建和谐劳动关系综合试验区建设。").isEmpty());
    EXPECT_TRUE(FigureRecognizer::find(QString()).isEmpty());
}

TEST(FigureRecognizerTest, ClauseAndSentenceSpans)
{
    const QString paragraph = QString::fromUtf8("全市新增就业4.64万人，完成年度目标的107.9%；失业率3.4%。");
    const QList<RecognizedFigure> figures = FigureRecognizer::find(paragraph);
    ASSERT_EQ(figures.size(), 3);
    const RecognizedFigure &share = figures[1];
    EXPECT_EQ(paragraph.mid(share.clauseStart, share.clauseEnd - share.clauseStart),
              QString::fromUtf8("完成年度目标的107.9%"));
    EXPECT_EQ(paragraph.mid(share.sentenceStart, share.sentenceEnd - share.sentenceStart),
              QString::fromUtf8("全市新增就业4.64万人，完成年度目标的107.9%"));
    const RecognizedFigure &rate = figures[2];
    EXPECT_EQ(paragraph.mid(rate.sentenceStart, rate.sentenceEnd - rate.sentenceStart),
              QString::fromUtf8("失业率3.4%"));
    EXPECT_EQ(rate.clauseEnd, paragraph.size() - 1);
}

TEST(FigureRecognizerTest, UnitsLongestFirst)
{
    const QStringList units = FigureRecognizer::units();
    EXPECT_EQ(units.first(), QString::fromUtf8("个百分点"));
    for (qsizetype k = 1; k < units.size(); ++k)
        EXPECT_GE(units[k - 1].size(), units[k].size());
    EXPECT_LT(units.indexOf(QString::fromUtf8("万人次")), units.indexOf(QString::fromUtf8("万人")));
    EXPECT_LT(units.indexOf(QString::fromUtf8("万人")), units.indexOf(QString::fromUtf8("人")));
    EXPECT_TRUE(units.contains(QString::fromUtf8("％")));
}

TEST(FigureRecognizerTest, ChineseNumeralValues)
{
    auto parse = [](const char *numerals) {
        return ChineseNumerals::parse(QString::fromUtf8(numerals)).value_or(-1);
    };
    EXPECT_DOUBLE_EQ(parse("两千三百"), 2300);
    EXPECT_DOUBLE_EQ(parse("十二"), 12);
    EXPECT_DOUBLE_EQ(parse("一百零五"), 105);
    EXPECT_DOUBLE_EQ(parse("十二万三千"), 123000);
    EXPECT_DOUBLE_EQ(parse("三亿五千万"), 350000000);
    EXPECT_DOUBLE_EQ(parse("二〇一九"), 2019);
    EXPECT_DOUBLE_EQ(parse("万"), -1);
    EXPECT_DOUBLE_EQ(parse("千"), -1);
    EXPECT_DOUBLE_EQ(parse("三四十"), -1);
}

} // namespace
} // namespace zhibiao
