#include "app/common/windowplacement.h"
#include "app/report/reportwindow.h"
#include "app/shell/helpactions.h"
#include "app/shell/mainwindow.h"
#include "io/demobureau.h"
#include "testsupport.h"

#include <QFile>
#include <QKeySequence>
#include <QMenu>
#include <QRegularExpression>
#include <QTabWidget>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

TEST(WindowPlacement, APreferredSizeShrinksToTheFreeAreaAndIsCentred)
{
    const QRect laptop(0, 0, 1366, 730); // 1366×768 with a 38 px panel
    const QRect placed = WindowPlacement::within(QSize(1400, 900), laptop);
    EXPECT_TRUE(laptop.contains(placed)) << placed.width() << "x" << placed.height();
    EXPECT_LE(placed.height(), 730 - 48);
    const QRect large(0, 0, 1920, 1040);
    EXPECT_EQ(WindowPlacement::within(QSize(1400, 900), large).size(), QSize(1400, 900));
    EXPECT_EQ(WindowPlacement::within(QSize(1400, 900), large).center().x(), large.center().x());
    // A second screen to the right: placed on it, not on the first.
    const QRect right(1920, 0, 1366, 768);
    EXPECT_TRUE(right.contains(WindowPlacement::within(QSize(1440, 860), right)));
}

// A 1366×768 laptop with a panel shows both windows whole: their layouts may shrink to
// 600 px high (the main window on every tab).
TEST(WindowPlacement, TheWindowsFitALaptopScreen)
{
    test::TempDatabase file;
    ASSERT_TRUE(DemoBureau::install(file.db()).ok());
    {
        ReportWindow report(file.db(), QStringLiteral("admin"), 2019);
        EXPECT_LE(report.minimumSizeHint().height(), 600);
        EXPECT_LE(report.minimumSizeHint().width(), 1280);
    }
    file.close();
    MainWindow window;
    window.setUserName(QStringLiteral("staff"));
    ASSERT_TRUE(window.openFile(file.path()));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    ASSERT_TRUE(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        window.show();
        EXPECT_LE(window.minimumSizeHint().height(), 600) << qPrintable(tabs->tabText(tab));
        EXPECT_LE(window.minimumSizeHint().width(), 1280) << qPrintable(tabs->tabText(tab));
        EXPECT_LE(window.minimumHeight(), 600);
    }
}

// Help > User Guide shows the shipped guide with its pictures; the shortcuts list names
// the window's own shortcuts.
TEST(HelpMenu, TheGuideAndItsPicturesAreShippedAndTheShortcutsListed)
{
    for (const QString &guide : {QStringLiteral(":/docs/guide-zh.md"), QStringLiteral(":/docs/guide-en.md")}) {
        QFile file(guide);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(guide);
        const QString text = QString::fromUtf8(file.readAll());
        static const QRegularExpression picture(QStringLiteral("\\]\\((screenshots/[^)]+\\.png)\\)"));
        int pictures = 0;
        for (const QRegularExpressionMatch &m : picture.globalMatch(text)) {
            EXPECT_TRUE(QFile::exists(QStringLiteral(":/docs/") + m.captured(1))) << qPrintable(m.captured(1));
            ++pictures;
        }
        EXPECT_GT(pictures, 5) << qPrintable(guide);
    }
    MainWindow window;
    auto *menu = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
    ASSERT_TRUE(menu);
    EXPECT_EQ(menu->actions().size(), 4); // guide, shortcuts, separator, about
    const QString shortcuts = HelpActions::shortcutsHtml(&window);
    EXPECT_TRUE(shortcuts.contains(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)))
        << qPrintable(shortcuts);
    EXPECT_TRUE(shortcuts.contains(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
}

} // namespace
} // namespace zhibiao
