// The report window on the demo bureau: the paged preview, the narrative editor writing
// through NarrativeRepository, the adoption of next year's targets, export, and phrasing.
#include "app/common/documentsfolder.h"
#include "app/report/placeholdertextedit.h"
#include "app/report/reportexportdialog.h"
#include "app/report/reportnarrativeeditor.h"
#include "app/report/reportphrasesdialog.h"
#include "app/report/reportpreview.h"
#include "app/report/reportstylesettings.h"
#include "app/report/reporttargetstable.h"
#include "app/report/reportwindow.h"
#include "io/demobureau.h"
#include "report/phrasebookstore.h"
#include "report/textrenderer.h"
#include "storage/narrativerepository.h"
#include "storage/targetrepository.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QLineEdit>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <QTemporaryDir>
#include <QFileInfo>
#include <QDir>
#include <gtest/gtest.h>

namespace zhibiao {
namespace {

// Share of pixels darker than mid-grey: text on the page.
double inkShare(const QImage &image)
{
    qint64 dark = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    return 4.0 * static_cast<double>(dark) / (static_cast<double>(image.width()) * image.height());
}

class ReportWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(DemoBureau::install(m_file.db()).ok());
        m_window = std::make_unique<ReportWindow>(m_file.db(), QStringLiteral("leader"), 2019);
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        m_window->setConfirm([](const QString &) { return true; });
    }
    void TearDown() override { m_window.reset(); }

    test::TempDatabase m_file;
    std::unique_ptr<ReportWindow> m_window;
};

} // namespace

TEST_F(ReportWindowTest, PreviewShowsTheDemoReportOnSeveralPages)
{
    ReportPreview *preview = m_window->preview();
    ASSERT_GE(preview->pageCount(), 2);
    preview->setZoom(1.0);
    const QImage first = preview->currentImage();
    // A4 proportions, and text on the page.
    EXPECT_NEAR(static_cast<double>(first.height()) / first.width(), 297.0 / 210.0, 0.01);
    EXPECT_GT(inkShare(first), 0.005);

    QTest::mouseClick(preview->findChild<QWidget *>(QStringLiteral("nextPage")), Qt::LeftButton);
    EXPECT_EQ(preview->currentPage(), 1);
    EXPECT_GT(inkShare(preview->currentImage()), 0.005);
    preview->showPage(preview->pageCount()); // past the end: stays
    EXPECT_EQ(preview->currentPage(), 1);

    const int width = preview->currentImage().width();
    preview->zoomIn();
    EXPECT_GT(preview->currentImage().width(), width);
    preview->zoomOut();
    preview->zoomOut();
    EXPECT_LT(preview->currentImage().width(), width);
}

TEST_F(ReportWindowTest, EditingANarrativeAndSavingWritesIt)
{
    ReportNarrativeEditor *editor = m_window->narratives();
    editor->setSection(QStringLiteral("practice"));
    ASSERT_GT(editor->themeCount(), 0);
    editor->selectTheme(0);
    const QString theme = NarrativeRepository(m_file.db()).narratives(2019, QStringLiteral("practice")).first().theme;

    editor->bodyEditor()->setPlainText(QStringLiteral("全年新增就业"));
    editor->bodyEditor()->moveCursor(QTextCursor::End);
    editor->insertPlaceholder(QStringLiteral("JY01"), QStringLiteral("value"));
    editor->bodyEditor()->insertPlainText(QStringLiteral("，另有{{ZZ99.value}}。"));
    EXPECT_EQ(editor->unresolved().size(), 1);
    EXPECT_TRUE(editor->unresolved().first().contains(QStringLiteral("ZZ99")));
    EXPECT_TRUE(editor->isModified());
    // The placeholders read as names on hover, and the unknown one is marked.
    auto *body = qobject_cast<PlaceholderTextEdit *>(editor->bodyEditor());
    ASSERT_TRUE(body);
    const QString written = body->toPlainText();
    const int known = static_cast<int>(written.indexOf(QStringLiteral("{{JY01"))) + 3;
    const int unknown = static_cast<int>(written.indexOf(QStringLiteral("{{ZZ99"))) + 3;
    EXPECT_TRUE(body->labelAt(known).contains(QStringLiteral("城镇新增就业"))) << qPrintable(body->labelAt(known));
    EXPECT_TRUE(body->isKnownAt(known));
    EXPECT_FALSE(body->isKnownAt(unknown));
    EXPECT_FALSE(body->labelAt(unknown).isEmpty());
    EXPECT_TRUE(body->labelAt(0).isEmpty());
    const QList<QTextLayout::FormatRange> formats = body->document()->firstBlock().layout()->formats();
    EXPECT_GE(formats.size(), 2); // one shade, one red underline

    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveNarratives")), Qt::LeftButton);
    const QList<Narrative> stored = NarrativeRepository(m_file.db()).narratives(2019, QStringLiteral("practice"));
    ASSERT_FALSE(stored.isEmpty());
    EXPECT_EQ(stored.first().theme, theme);
    EXPECT_EQ(stored.first().body, QStringLiteral("全年新增就业{{JY01.value}}，另有{{ZZ99.value}}。"));
    EXPECT_FALSE(editor->isModified());

    // The preview's report is rebuilt from the saved text: JY01 for 2019 is 5.04万人.
    const QString text = TextRenderer::plainText(m_window->report());
    EXPECT_TRUE(text.contains(QStringLiteral("全年新增就业5.04万人，另有"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("{{")));
    EXPECT_TRUE(m_window->report().unresolved.join(QLatin1Char(' ')).contains(QStringLiteral("ZZ99")));
}

// Closing the window, or turning to another year, with edited narratives asks first:
// Cancel keeps the window and the text, Discard drops it, Save writes it.
TEST_F(ReportWindowTest, UnsavedNarrativesAreNeverDroppedWithoutAsking)
{
    ReportNarrativeEditor *editor = m_window->narratives();
    editor->setSection(QStringLiteral("practice"));
    ASSERT_GT(editor->themeCount(), 0);
    editor->selectTheme(0);
    const auto storedBody = [this] {
        return NarrativeRepository(m_file.db()).narratives(2019, QStringLiteral("practice")).first().body;
    };
    const QString before = storedBody();
    const QString typed = QStringLiteral("尚未保存的段落");
    editor->bodyEditor()->setPlainText(typed);
    ASSERT_TRUE(editor->isModified());

    QStringList asked;
    auto choice = ReportWindow::SaveChoice::Cancel;
    m_window->setAskSave([&](const QString &question) {
        asked << question;
        return choice;
    });
    m_window->show();
    EXPECT_FALSE(m_window->close());
    EXPECT_EQ(asked.size(), 1);
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_EQ(editor->bodyEditor()->toPlainText(), typed);

    auto *year = m_window->findChild<QSpinBox *>();
    ASSERT_NE(year, nullptr);
    year->setValue(2018); // cancelled: the window stays on 2019 with the text
    EXPECT_EQ(asked.size(), 2);
    EXPECT_EQ(year->value(), 2019);
    EXPECT_EQ(editor->bodyEditor()->toPlainText(), typed);
    EXPECT_EQ(storedBody(), before);

    choice = ReportWindow::SaveChoice::Save;
    EXPECT_TRUE(m_window->close());
    EXPECT_EQ(storedBody(), typed);
}

TEST_F(ReportWindowTest, DiscardedNarrativesAreNotWritten)
{
    ReportNarrativeEditor *editor = m_window->narratives();
    editor->setSection(QStringLiteral("practice"));
    editor->selectTheme(0);
    const QString before = NarrativeRepository(m_file.db()).narratives(2019, QStringLiteral("practice")).first().body;
    editor->bodyEditor()->setPlainText(QStringLiteral("不要了"));
    m_window->setAskSave([](const QString &) { return ReportWindow::SaveChoice::Discard; });
    m_window->show();
    EXPECT_TRUE(m_window->close());
    EXPECT_EQ(NarrativeRepository(m_file.db()).narratives(2019, QStringLiteral("practice")).first().body, before);
}

TEST_F(ReportWindowTest, StartFromLastYearCopiesThePreviousNarratives)
{
    const NarrativeRepository repository(m_file.db());
    const QList<Narrative> previous = repository.narratives(2018, QStringLiteral("plan"));
    ASSERT_FALSE(previous.isEmpty());
    ReportNarrativeEditor *editor = m_window->narratives();
    editor->setSection(QStringLiteral("plan"));
    ASSERT_TRUE(editor->startFromLastYear());
    EXPECT_EQ(editor->themeCount(), previous.size());
    ASSERT_TRUE(editor->save());
    const QList<Narrative> now = repository.narratives(2019, QStringLiteral("plan"));
    ASSERT_EQ(now.size(), previous.size());
    for (int i = 0; i < now.size(); ++i) {
        EXPECT_EQ(now.at(i).theme, previous.at(i).theme);
        EXPECT_EQ(now.at(i).body, previous.at(i).body);
    }
}

TEST_F(ReportWindowTest, AdoptingFromTheWindowWritesTheEditedTargets)
{
    ReportTargetsTable *targets = m_window->targets();
    QTableWidget *table = targets->table();
    ASSERT_GT(table->rowCount(), 10);
    ASSERT_TRUE(TargetRepository(m_file.db()).targets(2020).isEmpty());
    const QString code = table->item(0, ReportTargetsTable::CodeColumn)->text();
    table->item(0, ReportTargetsTable::ProposedColumn)->setText(QStringLiteral("6.1"));

    QTest::mouseClick(targets->findChild<QPushButton *>(QStringLiteral("adoptTargets")), Qt::LeftButton);
    EXPECT_EQ(TargetRepository(m_file.db()).targets(2020).size(), table->rowCount());
    EXPECT_DOUBLE_EQ(TargetRepository(m_file.db()).target(code, QStringLiteral("CITY"), 2020).value_or(-1), 6.1);
    EXPECT_TRUE(targets->statusText().contains(QStringLiteral("2020"))) << targets->statusText().toStdString();
}

TEST_F(ReportWindowTest, RefusedConfirmationWritesNoTargets)
{
    m_window->setConfirm([](const QString &) { return false; });
    EXPECT_FALSE(m_window->targets()->adopt());
    EXPECT_TRUE(TargetRepository(m_file.db()).targets(2020).isEmpty());
}

TEST_F(ReportWindowTest, ExportWritesTheFileOrSaysWhyNot)
{
    const QString path = m_file.dir() + QStringLiteral("/report.txt");
    QString error;
    ASSERT_TRUE(m_window->exportReport(ReportExporter::Format::Text, path, &error)) << error.toStdString();
    EXPECT_EQ(QString::fromUtf8(test::readFile(path)), TextRenderer::plainText(m_window->report()));

    // The preview pages are the PDF's pages.
    const QString pdf = m_file.dir() + QStringLiteral("/report.pdf");
    ASSERT_TRUE(m_window->exportReport(ReportExporter::Format::Pdf, pdf, &error)) << error.toStdString();
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    ASSERT_TRUE(info.waitForFinished(30000));
    const QString pages = QString::fromUtf8(info.readAllStandardOutput()).section(QStringLiteral("Pages:"), 1).section(QLatin1Char('\n'), 0, 0);
    EXPECT_EQ(pages.trimmed().toInt(), m_window->preview()->pageCount());

    const QString nowhere = m_file.dir() + QStringLiteral("/no/such/folder/report.pdf");
    EXPECT_FALSE(m_window->exportReport(ReportExporter::Format::Pdf, nowhere, &error));
    EXPECT_TRUE(error.contains(nowhere)) << error.toStdString();
}

// The window's save paths never write over the open bureau: not by its name, not by a link.
TEST_F(ReportWindowTest, TheReportIsNeverWrittenOverTheBureau)
{
    const QByteArray before = test::readFile(m_file.path());
    const QString link = m_file.dir() + QStringLiteral("/link.pdf");
    ASSERT_TRUE(QFile::link(m_file.path(), link));
    for (const QString &target : QStringList{m_file.path(), link, m_file.path() + QStringLiteral("-wal")}) {
        QString error;
        EXPECT_FALSE(m_window->exportReport(ReportExporter::Format::Pdf, target, &error)) << target.toStdString();
        EXPECT_TRUE(error.contains(QStringLiteral("would destroy it"))) << error.toStdString();
    }
    EXPECT_EQ(test::readFile(m_file.path()), before);
    EXPECT_TRUE(m_file.db().integrityCheck());

    // The export dialog says so in place and stays open for another name.
    ReportExportDialog dialog(QStringLiteral("2019年工作总结"), {});
    dialog.setDatabasePath(m_file.path());
    dialog.findChild<QLineEdit *>(QStringLiteral("path"))->setText(link);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    QLabel *warning = dialog.findChild<QLabel *>(QStringLiteral("warning"));
    ASSERT_TRUE(warning);
    EXPECT_TRUE(warning->text().contains(QStringLiteral("would destroy it"))) << warning->text().toStdString();
    dialog.findChild<QLineEdit *>(QStringLiteral("path"))->setText(m_file.dir() + QStringLiteral("/ok.pdf"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

// A folder that does not exist used to close the dialog with the system's "no such file";
// now the default folder exists, and a failed write is said in place with the dialog open.
TEST_F(ReportWindowTest, TheExportDialogStartsInAFolderThatExistsAndStaysOpenOnAFailedWrite)
{
    ReportExportDialog dialog(QStringLiteral("2019年工作总结"), {});
    dialog.setDatabasePath(m_file.path());
    EXPECT_TRUE(QFileInfo(dialog.path()).dir().exists()) << dialog.path().toStdString();
    dialog.setWriter([this](ReportExporter::Format format, const QString &path, QString *error) {
        return m_window->exportReport(format, path, error);
    });
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("path"));
    const QString missing = m_file.dir() + QStringLiteral("/no-such-folder/2019.pdf");
    path->setText(missing);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(QFileInfo::exists(missing));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("warning"));
    ASSERT_TRUE(warning);
    EXPECT_TRUE(warning->text().contains(missing)) << warning->text().toStdString();
    const QString fine = m_file.dir() + QStringLiteral("/2019.pdf");
    path->setText(fine);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_GT(QFileInfo(fine).size(), 1000);
}

TEST(DocumentsFolder, AMissingFolderIsCreatedAndAnImpossibleOneFallsBackToHome)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("文档"));
    EXPECT_EQ(usableFolder(missing), missing);
    EXPECT_TRUE(QFileInfo(missing).isDir());
    test::writeFile(dir.filePath(QStringLiteral("plain-file")), "x");
    EXPECT_EQ(usableFolder(dir.filePath(QStringLiteral("plain-file/inside"))), QDir::homePath());
    EXPECT_EQ(usableFolder(QString()), QDir::homePath());
}

// Each format in the dialog's list gives its own format and file suffix, DOCX among them.
TEST_F(ReportWindowTest, ExportDialogOffersEveryFormatWithItsSuffix)
{
    ReportExportDialog dialog(QStringLiteral("2019年工作总结"), {});
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("path"));
    ASSERT_TRUE(format && path);
    const QList<std::pair<ReportExporter::Format, QString>> expected{
        {ReportExporter::Format::Pdf, QStringLiteral(".pdf")},   {ReportExporter::Format::Odt, QStringLiteral(".odt")},
        {ReportExporter::Format::Docx, QStringLiteral(".docx")}, {ReportExporter::Format::Html, QStringLiteral(".html")},
        {ReportExporter::Format::Text, QStringLiteral(".txt")}};
    ASSERT_EQ(format->count(), expected.size());
    for (int i = 0; i < format->count(); ++i) {
        format->setCurrentIndex(i);
        EXPECT_EQ(dialog.format(), expected.at(i).first) << i;
        EXPECT_TRUE(path->text().endsWith(QStringLiteral("2019年工作总结") + expected.at(i).second)) << path->text().toStdString();
    }
    format->setCurrentIndex(2);
    EXPECT_TRUE(format->currentText().contains(QStringLiteral("DOCX")));
}

// A role whose face is not installed is told before a PDF, ODT or DOCX is written, not for HTML.
TEST_F(ReportWindowTest, ExportDialogTellsTheFontFallbackForLaidOutFormats)
{
    ReportExportDialog dialog(QStringLiteral("2019年工作总结"), {});
    const QString note = QStringLiteral("Fonts: body 仿宋_GB2312 not installed, used Noto Serif CJK SC");
    dialog.setFontNote(note);
    QLabel *label = dialog.findChild<QLabel *>(QStringLiteral("fontNote"));
    ASSERT_TRUE(label);
    EXPECT_EQ(label->text(), note);
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
    ASSERT_TRUE(format);
    format->setCurrentIndex(0); // PDF
    EXPECT_FALSE(label->isHidden());
    format->setCurrentIndex(3); // HTML
    EXPECT_TRUE(label->isHidden());
    format->setCurrentIndex(1); // ODT
    EXPECT_FALSE(label->isHidden());
    format->setCurrentIndex(2); // DOCX names the same faces
    EXPECT_FALSE(label->isHidden());
    dialog.setFontNote(QString()); // every face installed
    EXPECT_TRUE(label->isHidden());
}

// The report window's Fonts… dialog saves every role; a role left at its default face is
// not stored, so that a fallback face is never taken for the user's choice (and told).
TEST_F(ReportWindowTest, FontsLeftAtTheirDefaultAreNotStoredAsAChoice)
{
    ReportStyleSettings::reset();
    ReportStyle style = ReportStyle::defaults();
    ReportStyleSettings::save(style);
    EXPECT_EQ(ReportStyleSettings::resolved().summary(), ReportStyle::resolve(FontChoice{}).summary());
    EXPECT_TRUE(QSettings().value(QStringLiteral("report/fonts/body/family")).toString().isEmpty());

    style.bodyFamily = QStringLiteral("AR PL UKai CN"); // installed with Zhibiao
    ReportStyleSettings::save(style);
    EXPECT_EQ(QSettings().value(QStringLiteral("report/fonts/body/family")).toString(), QStringLiteral("AR PL UKai CN"));
    EXPECT_EQ(ReportStyleSettings::load().bodyFamily, QStringLiteral("AR PL UKai CN"));
    ReportStyleSettings::reset();
}

TEST_F(ReportWindowTest, PhrasingOverridesAreStoredAndReset)
{
    ReportPhrasesDialog dialog(m_file.db());
    QTableWidget *table = dialog.table();
    int titleRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, ReportPhrasesDialog::KeyColumn)->text() == QLatin1String("text/title"))
            titleRow = row;
    }
    ASSERT_GE(titleRow, 0);
    table->item(titleRow, ReportPhrasesDialog::WordingColumn)->setText(QStringLiteral("{city}{year}年工作总结"));
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(PhrasebookStore::load(m_file.db()).text(QStringLiteral("title")), QStringLiteral("{city}{year}年工作总结"));
    // Other rules keep their defaults.
    EXPECT_EQ(PhrasebookStore::load(m_file.db()).text(QStringLiteral("section2")),
              Phrasebook::defaults().text(QStringLiteral("section2")));
    m_window->rebuild();
    EXPECT_TRUE(TextRenderer::plainText(m_window->report()).startsWith(QStringLiteral("青禾市2019年工作总结")))
        << TextRenderer::plainText(m_window->report()).left(40).toStdString();

    dialog.resetToDefaults();
    ASSERT_TRUE(dialog.save());
    EXPECT_TRUE(PhrasebookStore::overrides(m_file.db()).isEmpty());
}

} // namespace zhibiao

namespace zhibiao {

TEST_F(ReportWindowTest, ARepeatedThemeIsNotSaved)
{
    ReportNarrativeEditor *editor = m_window->narratives();
    editor->setSection(QStringLiteral("practice"));
    const QList<Narrative> before = NarrativeRepository(m_file.db()).narratives(2019, QStringLiteral("practice"));
    ASSERT_FALSE(before.isEmpty());
    editor->addTheme(before.first().theme);
    editor->bodyEditor()->setPlainText(QStringLiteral("重复的主题"));
    QString error;
    EXPECT_FALSE(editor->save(&error));
    EXPECT_TRUE(error.contains(before.first().theme)) << error.toStdString();
    EXPECT_EQ(NarrativeRepository(m_file.db()).narratives(2019, QStringLiteral("practice")), before);
}


namespace {

// One line a widget shown in the window: its class, name, place and size in the window, and
// its text; then the actions with their shortcuts, then the Tab order. Sorted where the order
// of creation would show, so that two builds of the same layout give the same text.
QString layoutText(QWidget *window)
{
    QStringList widgets;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window))
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget))
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text() + QLatin1Char(' ') + button->toolTip() + QLatin1Char(' ')
                   + button->shortcut().toString(QKeySequence::PortableText);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            text = combo->currentText();
        else if (auto *tabs = qobject_cast<QTabWidget *>(widget))
            text = tabs->tabText(0) + QStringLiteral(" | ") + tabs->tabText(1);
        const QRect place(widget->mapTo(window, QPoint(0, 0)), widget->size());
        widgets << QStringLiteral("%1,%2 %3x%4 %5 %6 '%7'")
                       .arg(place.x())
                       .arg(place.y())
                       .arg(place.width())
                       .arg(place.height())
                       .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text);
    }
    widgets.sort();
    QStringList actions;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!action->text().isEmpty())
            actions << action->text() + QLatin1Char(' ') + action->shortcut().toString(QKeySequence::PortableText);
    }
    actions.sort();
    QStringList tabOrder;
    QWidget *widget = window;
    do {
        widget = widget->nextInFocusChain();
        if (widget->isVisibleTo(window) && (widget->focusPolicy() & Qt::TabFocus))
            tabOrder << QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName();
    } while (widget != window);
    return widgets.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + actions.join(QLatin1Char('\n'))
           + QStringLiteral("\n\n") + tabOrder.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void keepPicture(QWidget *window, const QString &folder, const QString &name)
{
    QApplication::processEvents();
    EXPECT_TRUE(window->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
    QFile file(QDir(folder).filePath(name + QStringLiteral(".txt")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(layoutText(window).toUtf8());
}

} // namespace

// ZHIBIAO_UI_SHOTS=folder keeps a picture of the report window (each tab) and of the phrasing
// dialog, and beside each its layout as text, to compare a change of layout by (skipped without).
TEST_F(ReportWindowTest, PicturesOfTheWindowOnRequest)
{
    const QString folder = qEnvironmentVariable("ZHIBIAO_UI_SHOTS");
    if (folder.isEmpty())
        GTEST_SKIP() << "ZHIBIAO_UI_SHOTS names no folder";
    ASSERT_TRUE(QDir().mkpath(folder));
    m_window->resize(1400, 900);
    m_window->show();
    m_window->tabs()->setCurrentIndex(0);
    keepPicture(m_window.get(), folder, QStringLiteral("report-narratives"));
    m_window->tabs()->setCurrentIndex(1);
    keepPicture(m_window.get(), folder, QStringLiteral("report-targets"));
    ReportPhrasesDialog dialog(m_file.db());
    dialog.show();
    keepPicture(&dialog, folder, QStringLiteral("report-phrasing"));
}

} // namespace zhibiao
