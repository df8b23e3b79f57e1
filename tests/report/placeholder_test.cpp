#include "core/evaluation.h"
#include "report/placeholderlabel.h"
#include "report/placeholderresolver.h"

#include <gtest/gtest.h>

using namespace zhibiao;

namespace {

PlaceholderResolver resolver()
{
    Indicator flow;
    flow.code = QStringLiteral("JY01");
    flow.name = QStringLiteral("城镇新增就业");
    flow.unit = QStringLiteral("万人");
    flow.precision = 2;
    Indicator rate = flow;
    rate.code = QStringLiteral("LD01");
    rate.unit = QStringLiteral("%");
    rate.kind = IndicatorKind::Rate;
    rate.precision = 1;
    Indicator plain = flow;
    plain.code = QStringLiteral("MS13");
    plain.unit = QStringLiteral("元");
    plain.precision = 0;
    const Period period{2019, 4};
    auto row = [&](const Indicator &i, std::optional<double> target, double value) {
        return StatusRow{i, evaluate(i, target, {1.0, 2.0, 3.0, value}, period), {}};
    };
    QHash<QString, QList<StatusRow>> rows;
    rows.insert(QStringLiteral("CITY"), {row(flow, 4.5, 5.04), row(plain, std::nullopt, 132), row(rate, 60, 65.8)});
    rows.insert(QStringLiteral("D01"), {row(flow, 1.5, 1.77)});
    return PlaceholderResolver(rows, QStringLiteral("CITY"), QStringLiteral("（待补）"));
}

} // namespace

TEST(Placeholders, ResolvedForTheCityAndACounty)
{
    const auto result = resolver().resolve(QStringLiteral("新增{{JY01.value}}（目标{{JY01.target}}，完成{{JY01.completion}}），"
                                                          "其中青禾区{{ JY01.value@D01 }}；数字{{JY01.number}}"));
    EXPECT_EQ(result.text, QStringLiteral("新增5.04万人（目标4.5万人，完成112%），其中青禾区1.77万人；数字5.04"));
    EXPECT_TRUE(result.unresolved.isEmpty());
}

TEST(Placeholders, PeriodYearsAndNextYearsTarget)
{
    PlaceholderResolver r = resolver();
    r.setPeriod(2019, QStringLiteral("前三季度"));
    r.setNextYearTargets({{QStringLiteral("JY01@CITY"), 5.2}});
    const auto result = r.resolve(QStringLiteral("{{year}}年{{period}}，{{next_year}}年目标{{JY01.next_target}}，"
                                                 "青禾区{{JY01.next_target@D01}}"));
    EXPECT_EQ(result.text, QStringLiteral("2019年前三季度，2020年目标5.2万人，青禾区（待补）"));
    ASSERT_EQ(result.reasons.size(), 1);
    EXPECT_EQ(result.reasons.first().why, PlaceholderResolver::Why::NoNextTarget);
}

// A template made from last year's report writes how far a figure is from its target, and
// a figure at the decimals the writer chose.
TEST(Placeholders, DifferenceFromTheTargetAndChosenDecimals)
{
    const auto result = resolver().resolve(QStringLiteral("超出{{LD01.difference}}，多{{JY01.difference}}，"
                                                          "约{{JY01.value:1}}，青禾区{{JY01.number@D01:1}}，"
                                                          "完成{{JY01.completion:0}}，差{{MS13.difference}}"));
    EXPECT_EQ(result.text, QStringLiteral("超出5.8个百分点，多0.54万人，约5万人，青禾区1.8，完成112%，差（待补）"));
    ASSERT_EQ(result.reasons.size(), 1);
    EXPECT_EQ(result.reasons.first().why, PlaceholderResolver::Why::NoTarget);
}

TEST(Placeholders, OneGrammarReadsAndWritesAFigurePlaceholder)
{
    const auto parsed = FigurePlaceholder::parse(QStringLiteral(" JY02.value@D03:1 "));
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->code, QStringLiteral("JY02"));
    EXPECT_EQ(parsed->orgUnit, QStringLiteral("D03"));
    EXPECT_EQ(parsed->decimals, 1);
    EXPECT_EQ(parsed->toString(), QStringLiteral("{{JY02.value@D03:1}}"));
    const FigurePlaceholder plain{QStringLiteral("MS02"), QStringLiteral("difference")};
    EXPECT_EQ(plain.toString(), QStringLiteral("{{MS02.difference}}"));
    EXPECT_FALSE(FigurePlaceholder::parse(QStringLiteral("JY01.value:9")).has_value());
    EXPECT_FALSE(FigurePlaceholder::parse(QStringLiteral("JY01.growth")).has_value());
}

TEST(Placeholders, EachGapSaysWhy)
{
    const auto result = resolver().resolve(QStringLiteral("{{XX99.value}}{{MS13.target}}{{JY01.value@D09}}{{JY01.colour}}"));
    ASSERT_EQ(result.reasons.size(), 4);
    EXPECT_EQ(result.reasons.at(0).why, PlaceholderResolver::Why::UnknownIndicator);
    EXPECT_EQ(result.reasons.at(1).why, PlaceholderResolver::Why::NoTarget);
    EXPECT_EQ(result.reasons.at(2).why, PlaceholderResolver::Why::UnknownOrgUnit);
    EXPECT_EQ(result.reasons.at(3).why, PlaceholderResolver::Why::Malformed);
}

TEST(Placeholders, UnresolvedAreListedAndNeverPrintedAsBraces)
{
    const auto result = resolver().resolve(QStringLiteral("A{{XX99.value}}B{{MS13.target}}C{{JY01.value@D09}}D{{JY01.colour}}E{{JY01.value"));
    EXPECT_EQ(result.unresolved.mid(0, 4),
              (QStringList{QStringLiteral("{{XX99.value}}"), QStringLiteral("{{MS13.target}}"),
                           QStringLiteral("{{JY01.value@D09}}"), QStringLiteral("{{JY01.colour}}")}));
    EXPECT_EQ(result.unresolved.size(), 5); // and the half-typed one
    EXPECT_FALSE(result.text.contains(QLatin1Char('{')));
    EXPECT_FALSE(result.text.contains(QLatin1Char('}')));
    EXPECT_TRUE(result.text.startsWith(QStringLiteral("A（待补）B（待补）C（待补）D（待补）E")));
}

// The editor shows what a placeholder stands for in words, and knows when it names nothing.
TEST(PlaceholderLabelTest, SaysWhatEachPlaceholderStandsForInWords)
{
    const PlaceholderLabel labels({{QStringLiteral("JY01"), QStringLiteral("城镇新增就业")}},
                                  {{QStringLiteral("D01"), QStringLiteral("青禾区")}});
    const QString text = QStringLiteral("{{period}}新增{{JY01.value}}，其中青禾区{{JY01.value@D01}}，"
                                        "{{JY99.value}}，{{JY01.value@D09}}，{{JY01.colour}}");
    const QList<PlaceholderSpan> spans = labels.spans(text);
    ASSERT_EQ(spans.size(), 6);
    EXPECT_EQ(text.mid(spans[1].start, spans[1].length), QStringLiteral("{{JY01.value}}"));
    EXPECT_FALSE(spans[0].label.isEmpty());
    EXPECT_TRUE(spans[1].label.startsWith(QStringLiteral("城镇新增就业（JY01）")));
    EXPECT_TRUE(spans[2].label.endsWith(QStringLiteral("青禾区")));
    EXPECT_TRUE(spans[3].label.isEmpty()); // an indicator the bureau does not have
    EXPECT_TRUE(spans[4].label.isEmpty()); // an org unit it does not have
    EXPECT_TRUE(spans[5].label.isEmpty()); // a field that does not exist
}
