// The review of last year's report as a template (issue 15), on the demo bureau: a
// template made by hand (2018's report, so 2019's figures fill the preview) with a number
// in each state.
#include "app/report/templatereviewdialog.h"
#include "core/translations.h"
#include "io/demobureau.h"
#include "report/phrasebook.h"
#include "report/reportbuilder.h"
#include "report/reportloader.h"
#include "report/templatebinder.h"
#include "report/textrenderer.h"
#include "storage/narrativerepository.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTextBlock>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

using State = TemplateFigure::State;
using Spot = TemplateDocumentView::Spot;

FigureBinding binding(const char *code, const char *orgUnit = "", const char *field = "value")
{
    return FigureBinding{QString::fromUtf8(code), QString::fromUtf8(orgUnit), QString::fromUtf8(field), -1};
}

// A number of the paragraph, found by its text.
TemplateFigure figure(const QString &paragraph, const QString &text, State state, QList<FigureBinding> choices = {})
{
    TemplateFigure result;
    result.figure.start = paragraph.indexOf(text);
    result.figure.length = text.size();
    result.figure.text = text;
    result.figure.isYear = text.endsWith(QStringLiteral("年"));
    result.state = state;
    result.choices = std::move(choices);
    if (state == State::Bound)
        result.binding = result.choices.first();
    return result;
}

TemplateParagraph paragraph(const QString &text, const QString &section = {}, const QString &theme = {},
                            int headingLevel = 0)
{
    TemplateParagraph result;
    result.source.text = text;
    result.source.headingLevel = headingLevel;
    result.section = section;
    result.theme = theme;
    const qsizetype lead = text.indexOf(QStringLiteral("。"));
    result.startsTheme = !theme.isEmpty() && text.startsWith(QStringLiteral("（"));
    result.bodyStart = result.startsTheme ? lead + 1 : 0;
    return result;
}

// 2018's report: title, section 一 with a number (not saved), two practice themes and a plan.
ReportTemplate demoTemplate()
{
    ReportTemplate tmpl;
    tmpl.year = 2018;
    TemplateParagraph title = paragraph(QStringLiteral("2018年工作总结"), {}, {}, 1);
    TemplateParagraph figures = paragraph(QStringLiteral("全年城镇新增就业4.64万人。"));
    figures.figures << figure(figures.source.text, QStringLiteral("4.64万人"), State::Bound, {binding("JY01")});
    const QString employment = QStringLiteral("（一）多措并举稳就业。城镇新增就业4.64万人，其中青禾区新增1.60万人，发放贷款3.2亿元。");
    TemplateParagraph first = paragraph(employment, QStringLiteral("practice"), QStringLiteral("多措并举稳就业"));
    first.figures << figure(employment, QStringLiteral("4.64万人"), State::Bound, {binding("JY01")})
                  << figure(employment, QStringLiteral("1.60万人"), State::Choose,
                            {binding("JY01", "D01"), binding("JY02", "D01")})
                  << figure(employment, QStringLiteral("3.2亿元"), State::Text);
    const QString insurance = QStringLiteral("（二）扩面提标强社保。参保人数达到56.2万人。");
    TemplateParagraph second = paragraph(insurance, QStringLiteral("practice"), QStringLiteral("扩面提标强社保"));
    second.figures << figure(insurance, QStringLiteral("56.2万人"), State::Choose,
                             {binding("SB01"), binding("SB02"), binding("XX99")});
    const QString next = QStringLiteral("（一）稳就业。2019年新增就业目标4.50万人。");
    TemplateParagraph plan = paragraph(next, QStringLiteral("plan"), QStringLiteral("稳就业"));
    // Its year is no figure (the binder leaves years out): it becomes {{year}} in the text.
    plan.figures << figure(next, QStringLiteral("4.50万人"), State::Text, {binding("JY01", "", "target")});
    tmpl.paragraphs << title << paragraph(QStringLiteral("一、主要指标完成情况"), {}, {}, 1) << figures
                    << paragraph(QStringLiteral("二、主要做法"), {}, {}, 1) << first << second
                    << paragraph(QStringLiteral("三、工作谋划"), {}, {}, 1) << plan;
    return tmpl;
}

QString describe(const FigureBinding &b)
{
    return b.code + QStringLiteral(" · ") + b.field + (b.orgUnit.isEmpty() ? QString() : QStringLiteral(" · ") + b.orgUnit);
}

class TemplateReviewDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(DemoBureau::install(m_file.db()).ok());
        m_dialog = std::make_unique<TemplateReviewDialog>(m_file.db(), demoTemplate(), describe);
        m_dialog->setConfirm([this](const QString &question) {
            m_questions << question;
            return m_answer;
        });
    }

    const TemplateFigure &figureAt(Spot spot) const
    {
        return m_dialog->reportTemplate().paragraphs.at(spot.paragraph).figures.at(spot.figure);
    }

    test::TempDatabase m_file;
    std::unique_ptr<TemplateReviewDialog> m_dialog;
    QStringList m_questions;
    bool m_answer = false;
};

} // namespace

TEST_F(TemplateReviewDialogTest, CountsTheSavedParagraphsNumbersAndOpensOnTheFirstToChoose)
{
    // Section 一's bound number is not counted.
    EXPECT_EQ(m_dialog->summaryText(), QStringLiteral("1 numbers bound, 2 to choose, 2 left as text"));
    EXPECT_EQ(m_dialog->documentView()->selected(), (Spot{4, 1}));
    EXPECT_EQ(m_dialog->nextYear(), 2019);
    EXPECT_TRUE(m_dialog->nextYearHasData());
    EXPECT_TRUE(m_dialog->previewNote().contains(QStringLiteral("2019")));
    EXPECT_TRUE(m_dialog->saveButton()->text().contains(QStringLiteral("2019")));
    // The document: one block a paragraph, the bound number on green, the one to choose on amber.
    const QTextDocument *doc = m_dialog->documentView()->document();
    ASSERT_EQ(doc->blockCount(), 8);
    const QTextBlock block = doc->findBlockByNumber(4);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + m_dialog->reportTemplate().paragraphs.at(4).figures.at(0).figure.start + 1);
    EXPECT_EQ(cursor.charFormat().background().color().green(), 236);
    cursor.setPosition(block.position() + m_dialog->reportTemplate().paragraphs.at(4).figures.at(2).figure.start + 1);
    EXPECT_EQ(cursor.charFormat().underlineStyle(), QTextCharFormat::SingleUnderline);
}

TEST_F(TemplateReviewDialogTest, ChoosingAFigureBindsItAndThePreviewShowsTheNextYearsFigure)
{
    QComboBox *combo = m_dialog->bindingCombo();
    ASSERT_EQ(combo->count(), 3); // Leave as text, then the two choices
    EXPECT_EQ(combo->itemText(0), QStringLiteral("Leave as text"));
    EXPECT_EQ(combo->itemText(1), QStringLiteral("JY01 · value · D01"));
    EXPECT_EQ(combo->currentIndex(), -1);
    EXPECT_FALSE(m_dialog->decimalsBox()->isEnabled());
    // The bound 4.64万人 already prints as 2019's 5.04万人; 1.60 stays as written.
    EXPECT_TRUE(m_dialog->previewText().contains(QStringLiteral("5.04万人")));
    EXPECT_TRUE(m_dialog->previewText().contains(QStringLiteral("1.60万人")));

    combo->setCurrentIndex(1);
    EXPECT_EQ(figureAt({4, 1}).state, State::Bound);
    EXPECT_EQ(figureAt({4, 1}).binding, binding("JY01", "D01"));
    EXPECT_EQ(m_dialog->summaryText(), QStringLiteral("2 numbers bound, 1 to choose, 2 left as text"));
    EXPECT_TRUE(m_dialog->previewText().contains(QStringLiteral("1.77万人"))) << m_dialog->previewText().toStdString();
    EXPECT_FALSE(m_dialog->previewText().contains(QStringLiteral("1.60万人")));
    EXPECT_TRUE(m_dialog->decimalsBox()->isEnabled());
    EXPECT_EQ(m_dialog->decimalsBox()->text(), QStringLiteral("Indicator's"));

    // One decimal: the binding says so (the placeholder gets its ":1").
    m_dialog->decimalsBox()->setValue(1);
    EXPECT_EQ(figureAt({4, 1}).binding.decimals, 1);
    EXPECT_TRUE(m_dialog->reportTemplate().templateText(4).contains(QStringLiteral("{{JY01.value@D01:1}}")));
    m_dialog->decimalsBox()->setValue(-1);
    EXPECT_EQ(figureAt({4, 1}).binding.decimals, -1);
}

TEST_F(TemplateReviewDialogTest, LeaveAsTextUnbinds)
{
    m_dialog->documentView()->select({4, 0});
    QComboBox *combo = m_dialog->bindingCombo();
    EXPECT_EQ(combo->currentIndex(), 1); // bound to its only choice
    combo->setCurrentIndex(0);
    EXPECT_EQ(figureAt({4, 0}).state, State::Text);
    EXPECT_EQ(m_dialog->summaryText(), QStringLiteral("0 numbers bound, 2 to choose, 3 left as text"));
    EXPECT_TRUE(m_dialog->previewText().contains(QStringLiteral("4.64万人")));
    EXPECT_FALSE(m_dialog->previewText().contains(QStringLiteral("5.04万人")));
    EXPECT_FALSE(m_dialog->decimalsBox()->isEnabled());
}

// A number nothing matched can still be bound to any figure, by writing its placeholder.
TEST_F(TemplateReviewDialogTest, ANumberLeftAsTextIsBoundByWritingAPlaceholder)
{
    m_dialog->documentView()->select({4, 2}); // 3.2亿元, left as text
    QLineEdit *edit = m_dialog->placeholderEdit();
    ASSERT_TRUE(edit->isEnabled());
    EXPECT_TRUE(edit->text().isEmpty());
    edit->setText(QStringLiteral("JY03.value@D01"));
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_EQ(figureAt({4, 2}).state, State::Bound);
    EXPECT_EQ(figureAt({4, 2}).binding.placeholder(), QStringLiteral("{{JY03.value@D01}}"));
    EXPECT_EQ(edit->text(), QStringLiteral("{{JY03.value@D01}}"));
    // A typing mistake binds nothing; an empty line unbinds.
    m_dialog->documentView()->select({4, 0});
    edit->setText(QStringLiteral("{{JY01.colour}}"));
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_EQ(figureAt({4, 0}).binding.placeholder(), QStringLiteral("{{JY01.value}}"));
    edit->clear();
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_EQ(figureAt({4, 0}).state, State::Text);
}

TEST_F(TemplateReviewDialogTest, AFigureWithoutAValueIsMarkedInThePreview)
{
    m_dialog->documentView()->select({5, 0});
    m_dialog->bindingCombo()->setCurrentIndex(3); // XX99: no such indicator
    EXPECT_TRUE(m_dialog->previewText().contains(QStringLiteral("[no value: {{XX99.value}}]")))
        << m_dialog->previewText().toStdString();
}

TEST_F(TemplateReviewDialogTest, NextToChooseAndTheKeysMoveTheSelection)
{
    TemplateDocumentView *view = m_dialog->documentView();
    QPushButton *next = m_dialog->nextToChooseButton();
    next->click();
    EXPECT_EQ(view->selected(), (Spot{5, 0}));
    next->click(); // past the last: from the top again
    EXPECT_EQ(view->selected(), (Spot{4, 1}));
    // Once it is chosen, only the other one is left.
    m_dialog->bindingCombo()->setCurrentIndex(2);
    next->click();
    EXPECT_EQ(view->selected(), (Spot{5, 0}));
    next->click();
    EXPECT_EQ(view->selected(), (Spot{5, 0}));
    m_dialog->bindingCombo()->setCurrentIndex(1);
    EXPECT_FALSE(next->isEnabled());

    // F8 / Shift+F8 and Tab / Shift+Tab walk the saved paragraphs' numbers.
    m_dialog->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->activateWindow();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F8);
    EXPECT_EQ(view->selected(), (Spot{7, 0}));
    QTest::keyClick(view, Qt::Key_F8, Qt::ShiftModifier);
    EXPECT_EQ(view->selected(), (Spot{5, 0}));
    QTest::keyClick(view, Qt::Key_Backtab);
    EXPECT_EQ(view->selected(), (Spot{4, 2}));
    QTest::keyClick(view, Qt::Key_Tab);
    EXPECT_EQ(view->selected(), (Spot{5, 0}));
    // A paragraph that is not saved can still be looked at.
    view->select({2, 0});
    EXPECT_TRUE(m_dialog->previewText().contains(QStringLiteral("not saved")));
}

TEST_F(TemplateReviewDialogTest, SavingAsksBeforeReplacingTheNextYearsNarrativesAndKeepsThemOnNo)
{
    const NarrativeRepository repository(m_file.db());
    const QList<Narrative> before = repository.narratives(2019);
    ASSERT_EQ(before.size(), 8);
    QString error;
    EXPECT_FALSE(m_dialog->save(&error));
    EXPECT_TRUE(error.isEmpty());
    ASSERT_EQ(m_questions.size(), 1);
    EXPECT_TRUE(m_questions.first().contains(QStringLiteral("has 8 theme(s)"))) << m_questions.first().toStdString();
    EXPECT_EQ(repository.narratives(2019), before);
}

TEST_F(TemplateReviewDialogTest, SavingOnYesReplacesTheNextYearsNarratives)
{
    m_answer = true;
    m_dialog->bindingCombo()->setCurrentIndex(1);
    const QList<Narrative> expected = m_dialog->reportTemplate().narratives();
    ASSERT_FALSE(expected.isEmpty());
    QString error;
    ASSERT_TRUE(m_dialog->save(&error)) << error.toStdString();
    EXPECT_EQ(m_questions.size(), 1);
    const QList<Narrative> stored = NarrativeRepository(m_file.db()).narratives(2019);
    ASSERT_EQ(stored.size(), expected.size());
    for (const Narrative &narrative : expected) {
        const auto found = std::find_if(stored.cbegin(), stored.cend(), [&](const Narrative &n) {
            return n.section == narrative.section && n.theme == narrative.theme;
        });
        ASSERT_NE(found, stored.cend()) << narrative.theme.toStdString();
        EXPECT_EQ(found->year, 2019);
        EXPECT_EQ(found->body, narrative.body) << found->body.toStdString();
        if (narrative.theme == QStringLiteral("多措并举稳就业"))
            EXPECT_TRUE(found->body.contains(QStringLiteral("{{JY01.value@D01}}"))) << found->body.toStdString();
    }
    // 2018's own narratives are untouched.
    EXPECT_EQ(NarrativeRepository(m_file.db()).narratives(2018).size(), 7);
}

TEST_F(TemplateReviewDialogTest, AYearWithoutFiguresPreviewsWithMarkers)
{
    ReportTemplate tmpl = demoTemplate();
    tmpl.year = 2019;
    const TemplateReviewDialog dialog(m_file.db(), tmpl, describe);
    EXPECT_FALSE(dialog.nextYearHasData());
    EXPECT_TRUE(dialog.previewNote().contains(QStringLiteral("2020 has no figures yet"))) << dialog.previewNote().toStdString();
    EXPECT_TRUE(dialog.previewText().contains(QStringLiteral("[no value: {{JY01.value}}]")))
        << dialog.previewText().toStdString();
}

// The demo's 2018 report as text, with one theme added by hand the way a writer would: the
// real binder on it, and the dialog as a user first sees it. With ZHIBIAO_SCREENSHOTS set to
// a folder, its pictures in English and Chinese (docs/screenshots/template-review-*.png).
TEST(TemplateReviewOnTheDemo, TheRealBinderLeavesOneToChooseAndTheDialogOpensOnIt)
{
    test::TempDatabase file;
    ASSERT_TRUE(DemoBureau::install(file.db()).ok());
    const Report report = ReportBuilder(Phrasebook::defaults()).build(ReportLoader::load(file.db(), {2018, 4}, {}));
    QString text = TextRenderer::plainText(report);
    const QString handWritten = QStringLiteral("（四）服务基层增活力。各项民生工程进展顺利，其中一项完成年度目标的102%，"
                                               "全年举办专场招聘会36场。\n");
    const qsizetype plan = text.indexOf(QStringLiteral("三、2019年工作谋划"));
    ASSERT_GT(plan, 0);
    text.insert(text.lastIndexOf(QLatin1Char('\n'), plan) + 1, handWritten);
    QString error;
    const QList<DocumentParagraph> paragraphs =
        DocumentParagraphs::read(text.toUtf8(), DocumentParagraphs::Format::Text, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    const TemplateBinder binder(TemplateData::load(file.db(), 2018));
    const ReportTemplate tmpl = binder.bind(paragraphs);
    EXPECT_EQ(tmpl.savedCounts().choose, 1); // 102% is the completion of several indicators
    EXPECT_EQ(tmpl.savedCounts().bound, 18);
    TemplateReviewDialog dialog(file.db(), tmpl, [&binder](const FigureBinding &b) { return binder.describe(b); });
    const Spot selected = dialog.documentView()->selected();
    ASSERT_GE(selected.paragraph, 0);
    EXPECT_EQ(dialog.reportTemplate().paragraphs.at(selected.paragraph).figures.at(selected.figure).figure.text,
              QStringLiteral("102%"));
    EXPECT_GE(dialog.bindingCombo()->count(), 3); // "leave as text" and at least two figures

    const QString folder = qEnvironmentVariable("ZHIBIAO_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    const auto shoot = [&](const QString &name) {
        TemplateReviewDialog shown(file.db(), binder.bind(paragraphs), [&binder](const FigureBinding &b) {
            return binder.describe(b);
        });
        shown.resize(1100, 700);
        shown.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&shown));
        QTest::qWait(100);
        ASSERT_TRUE(shown.grab().save(QDir(folder).filePath(name)));
    };
    shoot(QStringLiteral("template-review-en.png"));
    Translations::install(*qApp, QLocale(QLocale::Chinese, QLocale::China));
    shoot(QStringLiteral("template-review-zh.png"));
    Translations::install(*qApp, QLocale(QLocale::English));
}

} // namespace zhibiao
