// Last year's report made into this year's template: its sections and themes found, its
// numbers bound to the stored figures they state, and the template read back with the next
// year's data.
#include "clirun.h"
#include "core/evaluation.h"
#include "io/demobureau.h"
#include "report/docxwriter.h"
#include "report/odtwriter.h"
#include "report/phrasebook.h"
#include "report/placeholderresolver.h"
#include "report/reportbuilder.h"
#include "report/reportloader.h"
#include "report/reportstyle.h"
#include "report/templatebinder.h"
#include "report/templatesections.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

DocumentParagraph body(const QString &text)
{
    return DocumentParagraph{text, 0, false};
}

TEST(TemplateSectionsTest, KeepsThemesOfPracticeAndPlanOnly)
{
    const QList<DocumentParagraph> document = {
        body(QStringLiteral("松柏县2020年工作总结")),
        DocumentParagraph{QStringLiteral("一、年度主要任务指标完成情况"), 1, false},
        body(QStringLiteral("全县新增就业1200人。")),
        body(QStringLiteral("二、主要做法")), // a heading by its numbering alone
        body(QStringLiteral("（一）稳就业。一是抓招聘。")),
        body(QStringLiteral("二是抓培训。")),
        DocumentParagraph{QStringLiteral("（二）强社保"), 2, false},
        body(QStringLiteral("扩大参保。")),
        body(QStringLiteral("三、2021年工作打算")),
        body(QStringLiteral("（一）就业。稳字当头。")),
        body(QStringLiteral("（二）目标建议。提出目标如下（见表1）：")),
        body(QStringLiteral("表1　2021年目标")),
        DocumentParagraph{QStringLiteral("新增就业"), 0, true},
        body(QStringLiteral("松柏县人力资源和社会保障局")),
    };
    const QList<TemplateParagraph> split = TemplateSections::split(document);
    ASSERT_EQ(split.size(), document.size());
    QStringList saved;
    for (const TemplateParagraph &p : split)
        saved << (p.section.isEmpty() ? QStringLiteral("-") : p.section + QLatin1Char('/') + p.theme);
    EXPECT_EQ(saved, (QStringList{QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"),
                                  QStringLiteral("practice/稳就业"), QStringLiteral("practice/稳就业"),
                                  QStringLiteral("practice/强社保"), QStringLiteral("practice/强社保"),
                                  QStringLiteral("-"), QStringLiteral("plan/就业"), QStringLiteral("-"),
                                  QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")}));
    EXPECT_EQ(split.at(4).source.text.mid(split.at(4).bodyStart), QStringLiteral("一是抓招聘。"));
    EXPECT_TRUE(split.at(4).startsTheme);
    EXPECT_FALSE(split.at(5).startsTheme);
}

// A bureau that is not the demo: other codes, units and precisions, two towns.
class ForeignTemplate : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Indicator jobs;
        jobs.code = QStringLiteral("A1");
        jobs.name = QStringLiteral("新增就业岗位");
        jobs.unit = QStringLiteral("个");
        jobs.precision = 0;
        Indicator loans = jobs;
        loans.code = QStringLiteral("A2");
        loans.name = QStringLiteral("小额贷款发放");
        loans.unit = QStringLiteral("万元");
        loans.precision = 2;
        Indicator coverage = jobs;
        coverage.code = QStringLiteral("B7");
        coverage.name = QStringLiteral("医保参保覆盖率");
        coverage.unit = QStringLiteral("%");
        coverage.kind = IndicatorKind::Rate;
        coverage.precision = 2;
        Indicator trained = jobs;
        trained.code = QStringLiteral("C3");
        trained.name = QStringLiteral("培训农民工");
        trained.unit = QStringLiteral("人");
        const auto row = [](const Indicator &i, std::optional<double> target, double value) {
            return StatusRow{i, evaluate(i, target, {std::nullopt, std::nullopt, std::nullopt, value}, {2020, 4}), {}};
        };
        m_data.year = 2020;
        m_data.defaultOrgUnit = QStringLiteral("SB");
        m_data.orgUnitNames = {{QStringLiteral("SB"), QStringLiteral("松柏县")},
                               {QStringLiteral("T1"), QStringLiteral("东城镇")},
                               {QStringLiteral("T2"), QStringLiteral("西河乡")}};
        // 1200 is the jobs figure of both towns and the trained of the county: only the
        // words around it tell which.
        m_data.rowsByOrgUnit.insert(QStringLiteral("SB"), {row(jobs, 2000, 2400), row(loans, 500, 512.46),
                                                           row(coverage, 95, 97.25), row(trained, 1000, 1200)});
        m_data.rowsByOrgUnit.insert(QStringLiteral("T1"), {row(jobs, 1000, 1200), row(trained, 500, 610)});
        m_data.rowsByOrgUnit.insert(QStringLiteral("T2"), {row(jobs, 1000, 1200), row(trained, 500, 590)});
    }

    ReportTemplate bind(const QString &text) const
    {
        return TemplateBinder(m_data).bind({body(QStringLiteral("二、主要做法")), body(text)});
    }

    TemplateData m_data;
};

TEST_F(ForeignTemplate, TheOrgUnitAndIndicatorNamedBeforeANumberDecide)
{
    const ReportTemplate t = bind(QStringLiteral("（一）稳就业。全县新增就业岗位2400个，其中东城镇1200个、西河乡1200个；"
                                                 "培训农民工1200人，发放小额贷款512.46万元，医保参保覆盖率97.25%，"
                                                 "超出目标2.25个百分点。"));
    const TemplateParagraph &p = t.paragraphs.at(1);
    ASSERT_EQ(p.figures.size(), 7);
    QStringList placeholders;
    for (const TemplateFigure &f : p.figures)
        placeholders << (f.state == TemplateFigure::State::Bound ? f.binding.placeholder() : f.figure.text);
    EXPECT_EQ(placeholders, (QStringList{QStringLiteral("{{A1.value}}"), QStringLiteral("{{A1.value@T1}}"),
                                         QStringLiteral("{{A1.value@T2}}"), QStringLiteral("{{C3.value}}"),
                                         QStringLiteral("{{A2.value}}"), QStringLiteral("{{B7.value}}"),
                                         QStringLiteral("{{B7.difference}}")}));
    EXPECT_EQ(t.narratives().value(0).body,
              QStringLiteral("全县新增就业岗位{{A1.value}}，其中东城镇{{A1.value@T1}}、西河乡{{A1.value@T2}}；"
                             "培训农民工{{C3.value}}，发放小额贷款{{A2.value}}，医保参保覆盖率{{B7.value}}，"
                             "超出目标{{B7.difference}}。"));
    EXPECT_EQ(t.narratives().value(0).year, 2021);
}

TEST_F(ForeignTemplate, AnUnnamedNumberWithSeveralFitsIsAskedAboutAndOneWithNoneStaysText)
{
    // 1200 fits the towns' jobs and the county's trained; nothing names which.
    ReportTemplate t = bind(QStringLiteral("（一）其他。另有1200个，开展活动36场。"));
    const TemplateParagraph &p = t.paragraphs.at(1);
    ASSERT_EQ(p.figures.size(), 2);
    EXPECT_EQ(p.figures.at(0).state, TemplateFigure::State::Choose);
    EXPECT_GE(p.figures.at(0).choices.size(), 2);
    EXPECT_EQ(p.figures.at(1).state, TemplateFigure::State::Text);
    EXPECT_TRUE(p.figures.at(1).choices.isEmpty());
    EXPECT_EQ(t.counts().matching, 1);
    EXPECT_EQ(t.narratives().value(0).body, QStringLiteral("另有1200个，开展活动36场。"));
    // Choosing binds it; unbinding puts it back among those to choose.
    t.setBinding(1, 0, p.figures.at(0).choices.at(1));
    EXPECT_EQ(t.paragraphs.at(1).figures.at(0).state, TemplateFigure::State::Bound);
    EXPECT_TRUE(t.narratives().value(0).body.startsWith(QStringLiteral("另有{{")));
    t.setBinding(1, 0, std::nullopt);
    EXPECT_EQ(t.paragraphs.at(1).figures.at(0).state, TemplateFigure::State::Choose);
}

// A Q3 report made from the template must not call nine months 全年.
TEST_F(ForeignTemplate, FullYearBeforeABoundFigureFollowsTheReportsPeriod)
{
    const ReportTemplate t = bind(QStringLiteral("（一）稳就业。全年新增就业岗位2400个，全年工作有序推进。"));
    EXPECT_EQ(t.narratives().value(0).body, QStringLiteral("{{period}}新增就业岗位{{A1.value}}，全年工作有序推进。"));
}

TEST_F(ForeignTemplate, OtherWordsForTheUnitRoundedFiguresAndYearsAreKept)
{
    const ReportTemplate t = bind(QStringLiteral("（一）培训。2020年培训农民工1200名，贷款约512.5万元，2021年继续。"));
    EXPECT_EQ(t.narratives().value(0).body,
              QStringLiteral("{{year}}年培训农民工{{C3.number}}名，贷款约{{A2.value:1}}，{{next_year}}年继续。"));
}

// The demo's own 2018 report, exported by the program, becomes the 2019 template; read with
// the 2019 figures it must say what the demo's hand-written 2018 narratives say of 2019.
class DemoRoundTrip : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override { ASSERT_TRUE(DemoBureau::install(m_db.db()).ok()); }

    QList<DocumentParagraph> exported2018() const
    {
        static const Phrasebook book = Phrasebook::defaults();
        const Report report = ReportBuilder(book).build(ReportLoader::load(m_db.db(), {2018, 4}, {}));
        const bool odt = QByteArray(GetParam()) == "odt";
        const QByteArray bytes = odt ? OdtWriter::write(report, ReportStyle::defaults())
                                     : DocxWriter::write(report, ReportStyle::defaults());
        QString error;
        const QList<DocumentParagraph> paragraphs =
            DocumentParagraphs::read(bytes, odt ? DocumentParagraphs::Format::Odt : DocumentParagraphs::Format::Docx, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        return paragraphs;
    }

    QString resolved2019(const QString &text, int quarter = 4) const
    {
        const ReportData data = ReportLoader::load(m_db.db(), {2019, quarter}, {});
        PlaceholderResolver resolver(data.rowsByOrgUnit, data.orgUnitCode, QStringLiteral("（待补）"));
        static const Phrasebook book = Phrasebook::defaults();
        resolver.setPeriod(2019, book.periodName(quarter));
        return resolver.resolve(text).text;
    }

    TempDatabase m_db;
};

TEST_P(DemoRoundTrip, BindsNineInTenWithoutAClickAndReadsTrueFor2019)
{
    const ReportTemplate t = TemplateBinder(TemplateData::load(m_db.db(), 2018)).bind(exported2018());
    const ReportTemplate::Counts all = t.counts();
    ASSERT_GT(all.matching, 40);
    QStringList unbound; // in prose; a table cell's bare "4" may be several things
    for (const TemplateParagraph &p : t.paragraphs)
        for (const TemplateFigure &f : p.figures)
            if (!p.source.inTable && f.state != TemplateFigure::State::Bound && !f.choices.isEmpty())
                unbound << f.figure.text + QLatin1Char('|') + p.source.text.left(30);
    EXPECT_GE(all.bound * 10, all.matching * 9) << all.bound << " of " << all.matching;
    EXPECT_LE(unbound.size(), 0) << unbound.join(QStringLiteral("; ")).toStdString();
    // What the demo's writers put in 2018, read with 2019's figures, is what the template says.
    const QList<Narrative> written = NarrativeRepository(m_db.db()).narratives(2018); // by section, then order
    QList<Narrative> made = t.narratives();
    std::stable_sort(made.begin(), made.end(),
                     [](const Narrative &a, const Narrative &b) { return a.section < b.section; });
    ASSERT_EQ(made.size(), written.size());
    for (qsizetype i = 0; i < made.size(); ++i) {
        EXPECT_EQ(made.at(i).section, written.at(i).section);
        EXPECT_EQ(made.at(i).theme, written.at(i).theme);
        EXPECT_EQ(resolved2019(made.at(i).body), resolved2019(written.at(i).body)) << made.at(i).body.toStdString();
        EXPECT_EQ(resolved2019(made.at(i).body, 3), resolved2019(written.at(i).body, 3)) << made.at(i).body.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(OdtAndDocx, DemoRoundTrip, ::testing::Values("odt", "docx"));

TEST(TemplateCommandTest, ReplacesTheNextYearsNarrativesOnlyWhenAskedTo)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.zhibiao"));
    ASSERT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const QString odt = dir.filePath(QStringLiteral("2018.odt"));
    ASSERT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2018"),
                      QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("-o"), odt})
                  .exitCode,
              0);
    const QStringList command = {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                                 QStringLiteral("template-from-report"), odt,
                                 QStringLiteral("--year"), QStringLiteral("2018")};
    const CliRun refused = runCli(command);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--replace"))) << refused.err.toStdString();
    const CliRun done = runCli(command + QStringList{QStringLiteral("--replace")});
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("saved for 2019"))) << done.out.toStdString();
    const QString csv = dir.filePath(QStringLiteral("2019.csv"));
    ASSERT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("narratives"), QStringLiteral("export"), csv,
                      QStringLiteral("--year"), QStringLiteral("2019")})
                  .exitCode,
              0);
    QFile written(csv);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QString narratives = QString::fromUtf8(written.readAll());
    EXPECT_TRUE(narratives.contains(QStringLiteral("转移就业{{JY02.value}}，其中桐溪县{{JY02.value@D03}}")))
        << narratives.toStdString();
    EXPECT_FALSE(narratives.contains(QStringLiteral("多措并举稳就业"))); // the demo's own 2019 themes are gone
    const CliRun unreadable = runCli({QStringLiteral("--db"), db, QStringLiteral("template-from-report"), db,
                                      QStringLiteral("--year"), QStringLiteral("2018")});
    EXPECT_EQ(unreadable.exitCode, 2);
}

} // namespace
