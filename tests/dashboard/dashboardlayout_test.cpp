// ctest -L ui-layout: the demo bureau's dashboard, drawn offscreen in Chinese at the screen
// sizes leaders use, must show every chart label whole and apart and every short table whole.

#include "app/shell/mainwindow.h"
#include "core/translations.h"
#include "dashboard/chartbuilder.h"
#include "dashboard/dashboardtables.h"
#include "dashboard/dashboardwidget.h"
#include "demofixture.h"
#include "io/demobureau.h"
#include "layoutinspector.h"
#include "storage/database.h"

#include <QApplication>
#include <QChartView>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

class DashboardLayoutTest : public ::testing::TestWithParam<QSize>
{
protected:
    static void SetUpTestSuite()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        Translations::install(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China));
    }

    // The dashboard as the main window shows it: menus, tool bar and tab bar take their share.
    QStringList mainWindowProblems(QSize size)
    {
        m_fixture.close();
        OpenError error;
        auto db = Database::open(m_fixture.path(), Database::Mode::OpenExisting, &error);
        EXPECT_TRUE(db) << error.message.toStdString();
        MainWindow window;
        window.setUserName(QStringLiteral("leader"));
        window.setDatabase(std::move(db));
        window.setOrgUnit(QStringLiteral("CITY"));
        window.setPeriod(Period{2019, 3});
        window.resize(size);
        window.show();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        auto *page = window.findChild<QWidget *>(QStringLiteral("dashboardTab"));
        EXPECT_TRUE(tabs && page);
        if (!tabs || !page)
            return {QStringLiteral("no dashboard tab")};
        tabs->setCurrentWidget(page); // builds the dashboard
        auto *dashboard = page->findChild<DashboardWidget *>();
        EXPECT_TRUE(dashboard);
        if (!dashboard)
            return {QStringLiteral("no dashboard on its tab")};
        QApplication::processEvents();
        QApplication::processEvents();
        QStringList problems = test::LayoutInspector::problems(dashboard);
        // The drill-down pages share the dashboard's stack: their tables must not make the
        // window wider or taller than the screen.
        dashboard->openCategory(QStringLiteral("民生工程"));
        QApplication::processEvents();
        problems << test::LayoutInspector::problems(dashboard->categoryPage());
        dashboard->openIndicator(QStringLiteral("MS03"));
        QApplication::processEvents();
        problems << test::LayoutInspector::problems(dashboard->indicatorPage());
        const QSize least = window.minimumSizeHint();
        if (least.width() > size.width() || least.height() > size.height())
            problems << QStringLiteral("the main window needs at least %1×%2").arg(least.width()).arg(least.height());
        return problems;
    }

    static QStringList widgetProblems(const Database &db, QSize size)
    {
        DashboardWidget widget;
        widget.setDatabase(&db);
        widget.setPeriod({2019, 3}, QStringLiteral("CITY"));
        widget.refresh();
        widget.resize(size);
        widget.show();
        QApplication::processEvents();
        QApplication::processEvents();
        return test::LayoutInspector::problems(&widget);
    }

    test::DemoFixture m_fixture;
};

TEST_P(DashboardLayoutTest, DashboardAloneShowsEveryLabelWhole)
{
    const QStringList problems = widgetProblems(m_fixture.db(), GetParam());
    EXPECT_TRUE(problems.isEmpty()) << qPrintable(problems.join(QLatin1Char('\n')));
}

TEST_P(DashboardLayoutTest, MainWindowDashboardTabShowsEveryLabelWhole)
{
    const QStringList problems = mainWindowProblems(GetParam());
    EXPECT_TRUE(problems.isEmpty()) << qPrintable(problems.join(QLatin1Char('\n')));
}

INSTANTIATE_TEST_SUITE_P(ScreenSizes, DashboardLayoutTest,
                         ::testing::Values(QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)),
                         [](const auto &info) {
                             return std::to_string(info.param.width()) + "x" + std::to_string(info.param.height());
                         });

// The inspector itself: a chart and a table squeezed far below what they need must be
// found out, or a green run above would prove nothing.
TEST(DashboardLayoutInspector, FindsCutLabelsInASqueezedChartAndTable)
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    Translations::install(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China));
    test::DemoFixture fixture;
    DashboardWidget widget;
    widget.setDatabase(&fixture.db());
    widget.setPeriod({2019, 3}, QStringLiteral("CITY"));
    widget.refresh();

    QChartView chart;
    ChartBuilder::show(&chart, ChartBuilder::completion(widget.data(), false));
    chart.resize(320, 200);
    chart.show();
    QTableWidget table;
    DashboardTables::relative(&table, widget.data(), false);
    table.setMinimumSize(0, 0);
    table.resize(160, 60);
    table.show();
    QApplication::processEvents();
    EXPECT_FALSE(test::LayoutInspector::chartProblems(&chart).isEmpty());
    table.setColumnWidth(0, 40); // what an elided cell looks like to the inspector
    EXPECT_FALSE(test::LayoutInspector::tableProblems(&table).isEmpty());
}

} // namespace
} // namespace zhibiao
