#include "app/admin/cataloguedialog.h"
#include "app/admin/restoredialog.h"
#include "app/admin/targetsdialog.h"
#include "app/entry/conflictdialog.h"
#include "app/entry/entrygridmodel.h"
#include "app/entry/exportdialog.h"
#include "app/entry/importdialog.h"
#include "app/entry/returnreasondialog.h"
#include "app/report/reportexportdialog.h"
#include "app/report/reportfontsdialog.h"
#include "app/report/reportphrasesdialog.h"
#include "app/report/reportwindow.h"
#include "app/shell/helpactions.h"
#include "app/shell/mainwindow.h"
#include "app/shell/settingsdialog.h"
#include "app/shell/userchooserdialog.h"
#include "app/shell/welcomedialog.h"
#include "core/appsettings.h"
#include "core/translations.h"
#include "io/demobureau.h"
#include "report/reportstyle.h"
#include "storage/backupstore.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/orgunitrepository.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFontComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextDocument>

#include <gtest/gtest.h>

#include <set>

namespace zhibiao {
namespace {

// Everything a person reads in a window, with where it was found.
struct SeenText
{
    QString where;
    QString text;
};

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

void addActions(const QList<QAction *> &actions, const QString &where, QList<SeenText> *seen)
{
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        seen->append({where + QStringLiteral(" > ") + action->text(), action->text()});
        if (!action->toolTip().isEmpty())
            seen->append({where + QStringLiteral(" > ") + action->text() + QStringLiteral(" (tooltip)"), action->toolTip()});
        if (!action->statusTip().isEmpty())
            seen->append({where + QStringLiteral(" > ") + action->text() + QStringLiteral(" (status tip)"), action->statusTip()});
        if (QMenu *menu = action->menu())
            addActions(menu->actions(), where + QStringLiteral(" > ") + action->text(), seen);
    }
}

void addModel(const QAbstractItemView *view, const QString &where, QList<SeenText> *seen)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    for (int column = 0; column < model->columnCount(); ++column) {
        seen->append({where + QStringLiteral(" header"), model->headerData(column, Qt::Horizontal).toString()});
        seen->append({where + QStringLiteral(" header tooltip"),
                      model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString()});
    }
    for (int row = 0; row < std::min(model->rowCount(), 40); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            seen->append({where + QStringLiteral(" cell"), index.data().toString()});
            seen->append({where + QStringLiteral(" cell tooltip"), index.data(Qt::ToolTipRole).toString()});
        }
    }
}

QList<SeenText> visibleTexts(QWidget *window)
{
    QList<SeenText> seen;
    const QString name = window->objectName().isEmpty() ? QString::fromLatin1(window->metaObject()->className())
                                                         : window->objectName();
    seen.append({name + QStringLiteral(" title"), window->windowTitle()});
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window))
            continue;
        const QString where = name + QStringLiteral("/") + widget->objectName();
        if (!widget->toolTip().isEmpty())
            seen.append({where + QStringLiteral(" tooltip"), widget->toolTip()});
        if (auto *label = qobject_cast<QLabel *>(widget))
            seen.append({where, plain(label->text())});
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            seen.append({where, button->text()});
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            seen.append({where, group->title()});
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            seen.append({where + QStringLiteral(" placeholder"), edit->placeholderText()});
        // A font chooser lists the fonts installed, under their own names: data, not our text.
        if (auto *combo = qobject_cast<QComboBox *>(widget); combo && !qobject_cast<QFontComboBox *>(combo)) {
            for (int i = 0; i < combo->count(); ++i)
                seen.append({where + QStringLiteral(" item"), combo->itemText(i)});
        }
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                seen.append({where + QStringLiteral(" tab"), tabs->tabText(i)});
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && !qobject_cast<QHeaderView *>(view))
            addModel(view, where, &seen);
        if (auto *bar = qobject_cast<QMenuBar *>(widget))
            addActions(bar->actions(), where, &seen);
        if (auto *status = qobject_cast<QStatusBar *>(widget))
            seen.append({where + QStringLiteral(" message"), status->currentMessage()});
    }
    return seen;
}

// A Latin word a Chinese reader should not meet: anything but a unit, an indicator or org
// unit code, a file name or path, a format or product name, a key name.
class LatinWords
{
public:
    explicit LatinWords(QStringList codes)
    {
        m_allowed = {QStringLiteral("Zhibiao"), QStringLiteral("zhibiao"), QStringLiteral("PDF"), QStringLiteral("ODT"),
                     QStringLiteral("DOCX"), QStringLiteral("HTML"), QStringLiteral("TXT"), QStringLiteral("CSV"),
                     QStringLiteral("XLSX"), QStringLiteral("SQLite"), QStringLiteral("PostgreSQL"), QStringLiteral("GB"),
                     QStringLiteral("Qt"), QStringLiteral("Noto"), QStringLiteral("Sans"), QStringLiteral("Serif"),
                     QStringLiteral("CJK"), QStringLiteral("SC"), QStringLiteral("AR"), QStringLiteral("PL"),
                     QStringLiteral("UKai"), QStringLiteral("CN"), QStringLiteral("LXGW"), QStringLiteral("WenKai"),
                     QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Alt"), QStringLiteral("Esc"),
                     QStringLiteral("Tab"), QStringLiteral("Enter"), QStringLiteral("Del"), QStringLiteral("PNG"),
                     QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("docx"), QStringLiteral("html"),
                     QStringLiteral("txt"), QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("png"),
                     QStringLiteral("pp"), QStringLiteral("WPS"), QStringLiteral("Word"), QStringLiteral("LibreOffice"),
                     // key names as printed on the keys, and a language named in itself
                     QStringLiteral("Page"), QStringLiteral("Up"), QStringLiteral("Down"), QStringLiteral("Home"),
                     QStringLiteral("End"), QStringLiteral("English"), QStringLiteral("Excel"), QStringLiteral("UTF"),
                     QStringLiteral("OpenDocument"),
                     // file sizes, as QLocale::formattedDataSize writes them in every language
                     QStringLiteral("KiB"), QStringLiteral("MiB"), QStringLiteral("GiB")};
        for (const QString &code : codes)
            m_allowed.insert(code);
    }

    QStringList offending(const QString &input) const
    {
        QStringList words;
        // Placeholders ({name}, {{JY01.value}}) are the report engine's names, shown as such.
        static const QRegularExpression placeholder(QStringLiteral("\\{+[^{}]*\\}+|\\b[A-Z]{1,4}\\d+\\.[a-z_]+(@\\w+)?"));
        const QString text = QString(input).remove(placeholder);
        static const QRegularExpression token(QStringLiteral("[^\\s，。；：、（）()“”\"'《》·—…]+"));
        static const QRegularExpression latin(QStringLiteral("[A-Za-z]{2,}"));
        static const QRegularExpression code(QStringLiteral("^[A-Z]{1,4}\\d+$"));
        static const QRegularExpression fileName(QStringLiteral("\\w\\.(csv|xlsx|pdf|odt|docx|html|txt|png|bak)$"));
        for (const QRegularExpressionMatch &t : token.globalMatch(text)) {
            const QString piece = t.captured();
            if (piece.contains(QLatin1Char('/')) || piece.contains(QLatin1Char('\\')) || piece.startsWith(QLatin1Char('.'))
                || piece.contains(QStringLiteral(".zhibiao")) || piece.contains(QLatin1Char('@'))
                || piece.contains(QLatin1Char('=')) || fileName.match(piece).hasMatch())
                continue; // a path, a file name or a placeholder's address
            for (const QRegularExpressionMatch &w : latin.globalMatch(piece)) {
                const QString word = w.captured();
                const QString around = piece;
                if (m_allowed.contains(word) || code.match(around).hasMatch() || m_allowed.contains(around))
                    continue;
                words << word;
            }
        }
        return words;
    }

private:
    QSet<QString> m_allowed;
};

// "&X" mnemonics of one level (a menu, or a window's labels, buttons and tabs).
QStringList duplicateMnemonics(const QStringList &texts)
{
    std::map<QChar, QStringList> byKey;
    static const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
    for (const QString &text : texts) {
        const QRegularExpressionMatch m = mnemonic.match(QString(text).replace(QStringLiteral("&&"), QString()));
        if (m.hasMatch())
            byKey[m.captured(1).at(0).toUpper()] << text;
    }
    QStringList clashes;
    for (const auto &[key, users] : byKey) {
        if (users.size() > 1)
            clashes << QStringLiteral("%1: %2").arg(key).arg(users.join(QStringLiteral(" | ")));
    }
    return clashes;
}

QStringList menuClashes(const QList<QAction *> &actions, const QString &where)
{
    QStringList texts;
    QStringList clashes;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        texts << action->text();
        if (QMenu *menu = action->menu())
            clashes << menuClashes(menu->actions(), where + QStringLiteral(" > ") + action->text());
    }
    for (const QString &clash : duplicateMnemonics(texts))
        clashes << where + QStringLiteral(": ") + clash;
    return clashes;
}

QStringList windowClashes(QWidget *window)
{
    QStringList texts;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || widget->inherits("QMenu"))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        }
    }
    if (auto *main = qobject_cast<QMainWindow *>(window))
        texts << [&] {
            QStringList menus;
            for (QAction *action : main->menuBar()->actions())
                menus << action->text();
            return menus;
        }();
    return duplicateMnemonics(texts);
}

class UiLanguageTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        Translations::install(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China));
    }

    void SetUp() override
    {
        ASSERT_TRUE(DemoBureau::install(m_file.db()).ok());
        QStringList codes;
        const QList<Indicator> catalogue = CatalogueRepository(m_file.db()).indicators(false);
        for (const Indicator &indicator : catalogue)
            codes << indicator.code;
        for (const User &user : UserRepository(m_file.db()).users())
            codes << user.name; // login names are data
        const OrgTree tree = OrgUnitRepository(m_file.db()).tree();
        for (const OrgUnit &unit : tree.units())
            codes << unit.code;
        m_latin = std::make_unique<LatinWords>(codes);
    }

    // Fails on every Latin word and every duplicate mnemonic of the window.
    void check(QWidget *window, const QString &name)
    {
        window->setObjectName(name);
        window->show();
        QApplication::processEvents();
        for (const SeenText &seen : visibleTexts(window)) {
            const QStringList words = m_latin->offending(seen.text);
            EXPECT_TRUE(words.isEmpty()) << qPrintable(seen.where) << ": " << qPrintable(seen.text) << "  ["
                                         << qPrintable(words.join(QLatin1Char(' '))) << "]";
        }
        const QStringList clashes = windowClashes(window);
        EXPECT_TRUE(clashes.isEmpty()) << qPrintable(name) << ": " << qPrintable(clashes.join(QStringLiteral("; ")));
        // ZHIBIAO_UI_SHOTS=folder keeps a picture of every window checked, to look at.
        if (const QString shots = qEnvironmentVariable("ZHIBIAO_UI_SHOTS"); !shots.isEmpty())
            window->grab().save(QDir(shots).filePath(QString(name).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-")) + QStringLiteral(".png")));
        window->hide();
    }

    test::TempDatabase m_file;
    std::unique_ptr<LatinWords> m_latin;
};

TEST(UiLanguageRules, LatinWordsAndMnemonicClashesAreFound)
{
    const LatinWords words({QStringLiteral("JY01")});
    EXPECT_EQ(words.offending(QStringLiteral("第2季度（approved）已锁定")), QStringList{QStringLiteral("approved")});
    EXPECT_TRUE(words.offending(QStringLiteral("JY01 导出为 PDF，保存到 /tmp/a b/2019.pdf")).isEmpty());
    EXPECT_EQ(words.offending(QStringLiteral("Folder")), QStringList{QStringLiteral("Folder")});
    EXPECT_TRUE(words.offending(QStringLiteral("{name}完成{{JY01.value@D01}}，JY09.value 无值")).isEmpty());
    EXPECT_EQ(words.offending(QStringLiteral("时间（UTC）")), QStringList{QStringLiteral("UTC")});
    EXPECT_EQ(duplicateMnemonics({QStringLiteral("最近打开(&R)"), QStringLiteral("报告(&R)…"), QStringLiteral("退出(&Q)")}).size(), 1);
    EXPECT_TRUE(duplicateMnemonics({QStringLiteral("A && B"), QStringLiteral("&Apply")}).isEmpty());
}

TEST_F(UiLanguageTest, TheMainWindowOnEveryTabSpeaksChinese)
{
    m_file.close();
    MainWindow window;
    window.setUserName(QStringLiteral("staff"));
    ASSERT_TRUE(window.openFile(m_file.path()));
    window.resize(1366, 768);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    ASSERT_TRUE(tabs);
    for (const QString &unit : {QStringLiteral("CITY"), QStringLiteral("D01")}) {
        window.setOrgUnit(unit);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            check(&window, QStringLiteral("MainWindow[%1, %2]").arg(unit, tabs->tabText(tab)));
        }
    }
    // Menus, level by level.
    const QStringList clashes = menuClashes(window.menuBar()->actions(), QStringLiteral("menu bar"));
    EXPECT_TRUE(clashes.isEmpty()) << qPrintable(clashes.join(QLatin1Char('\n')));
}

TEST_F(UiLanguageTest, EveryDialogSpeaksChinese)
{
    AppSettings settings(m_file.dir() + QStringLiteral("/settings.ini"));
    {
        SettingsDialog dialog(settings, &m_file.db(), QStringLiteral("admin"));
        check(&dialog, QStringLiteral("SettingsDialog"));
    }
    {
        WelcomeDialog dialog;
        check(&dialog, QStringLiteral("WelcomeDialog"));
    }
    {
        ExportDialog dialog(m_file.db(), {2019, 4}, QStringLiteral("CITY"));
        check(&dialog, QStringLiteral("ExportDialog"));
    }
    {
        ImportDialog dialog(m_file.db(), QStringLiteral("admin"));
        check(&dialog, QStringLiteral("ImportDialog"));
    }
    {
        CatalogueDialog dialog(m_file.db(), QStringLiteral("admin"));
        check(&dialog, QStringLiteral("CatalogueDialog"));
    }
    {
        TargetsDialog dialog(m_file.db(), QStringLiteral("admin"));
        check(&dialog, QStringLiteral("TargetsDialog"));
    }
    {
        ReportExportDialog dialog(QStringLiteral("2019年工作总结"), {QStringLiteral("JY09.value")});
        check(&dialog, QStringLiteral("ReportExportDialog"));
    }
    {
        ReturnReasonDialog dialog(QStringLiteral("青禾区 2019年第3季度"));
        check(&dialog, QStringLiteral("ReturnReasonDialog"));
    }
    {
        ReportPhrasesDialog dialog(m_file.db());
        check(&dialog, QStringLiteral("ReportPhrasesDialog"));
    }
    {
        ReportWindow window(m_file.db(), QStringLiteral("admin"), 2019);
        check(&window, QStringLiteral("ReportWindow"));
    }
    {
        ReportFontsDialog dialog(ReportStyle::defaults());
        check(&dialog, QStringLiteral("ReportFontsDialog"));
    }
    {
        UserChooserDialog dialog(UserRepository(m_file.db()).users());
        check(&dialog, QStringLiteral("UserChooserDialog"));
    }
    {
        const QString someoneElse = UserRepository(m_file.db()).users().constLast().name;
        FigureConflict conflict{QStringLiteral("JY01"), QStringLiteral("城镇新增就业"), 4, 2, 1.9, 1.85, someoneElse};
        ConflictDialog dialog({conflict, FigureConflict{QStringLiteral("JY02"), QStringLiteral("失业人员再就业"), 3,
                                                        2, std::nullopt, 0.8, QString()}});
        check(&dialog, QStringLiteral("ConflictDialog"));
    }
    {
        BackupStore(m_file.path()).create(m_file.db());
        RestoreDialog dialog(m_file.path(), QString());
        check(&dialog, QStringLiteral("RestoreDialog"));
    }
}

TEST_F(UiLanguageTest, TheHelpPagesSpeakChinese)
{
    m_file.close();
    MainWindow window;
    ASSERT_TRUE(window.openFile(m_file.path()));
    HelpActions::showShortcuts(&window);
    auto *shortcuts = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    ASSERT_TRUE(shortcuts);
    check(shortcuts, QStringLiteral("ShortcutsDialog"));
}

} // namespace
} // namespace zhibiao
