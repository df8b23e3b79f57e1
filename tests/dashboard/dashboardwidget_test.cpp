#include "demofixture.h"

#include "cli/cliapp.h"
#include "dashboard/dashboardcard.h"
#include "dashboard/dashboardpalette.h"
#include "dashboard/dashboardsettings.h"
#include "dashboard/dashboardtab.h"
#include "dashboard/dashboardwidget.h"
#include "storage/figurerepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QMenu>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace zhibiao;

namespace {

const CategoryCard *findCard(const DashboardData &data, const QString &category)
{
    for (const CategoryCard &card : data.cards) {
        if (card.category == category)
            return &card;
    }
    return nullptr;
}

// The statuses zhibiao-cli status prints, by indicator code.
QHash<QString, QString> cliStatuses(const QString &dbPath)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = CliApp(outStream, errStream)
                         .run({QStringLiteral("zhibiao-cli"), QStringLiteral("--db"), dbPath,
                               QStringLiteral("status"), QStringLiteral("--year"), QStringLiteral("2019"),
                               QStringLiteral("--quarter"), QStringLiteral("3"), QStringLiteral("--format"),
                               QStringLiteral("json")});
    EXPECT_EQ(code, 0) << err.toStdString();
    QHash<QString, QString> statuses;
    for (const QJsonValue &row : QJsonDocument::fromJson(out.toUtf8()).array())
        statuses.insert(row[QLatin1String("code")].toString(), row[QLatin1String("status")].toString());
    return statuses;
}

double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

class DashboardWidgetTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_widget.setDatabase(&m_demo.db());
        m_widget.setPeriod({2019, 3}, QStringLiteral("CITY"));
        m_widget.refresh();
    }

    test::DemoFixture m_demo;
    DashboardWidget m_widget;
};

} // namespace

TEST_F(DashboardWidgetTest, Demo2019Q3AgreesWithTheStatusCommand)
{
    const QHash<QString, QString> statuses = cliStatuses(m_demo.path());
    const DashboardData &data = m_widget.data();
    ASSERT_EQ(data.rows.size(), statuses.size());
    for (const StatusRow &row : data.rows)
        EXPECT_EQ(toString(row.evaluation.status), statuses.value(row.indicator.code)) << row.indicator.code.toStdString();

    // From the status listing: JY03 behind in 就业创业, MS03 seriously behind in 民生工程,
    // every other target on or ahead of schedule or met.
    ASSERT_EQ(data.cards.size(), 7);
    for (const CategoryCard &card : data.cards) {
        const TrafficLight expected = card.category == QStringLiteral("就业创业")   ? TrafficLight::Yellow
                                      : card.category == QStringLiteral("民生工程") ? TrafficLight::Red
                                                                                    : TrafficLight::Green;
        EXPECT_EQ(card.light, expected) << card.category.toStdString();
    }
    const CategoryCard *employment = findCard(data, QStringLiteral("就业创业"));
    ASSERT_TRUE(employment);
    EXPECT_EQ(employment->met, 2);
    EXPECT_EQ(employment->behind, 1);
    EXPECT_EQ(employment->ahead, 1);
    EXPECT_EQ(employment->reason, QStringLiteral("滞后1项（JY03）"));
}

TEST_F(DashboardWidgetTest, WarningListNamesJY03AndMS03WithTheirShortfalls)
{
    const DashboardData &data = m_widget.data();
    ASSERT_EQ(data.warnings.size(), 2);
    // MS03: 1200 × 75 % = 900 expected by Q3, 660 done. JY03: 8.00 × 75 % = 6.00, 5.44 done.
    EXPECT_EQ(data.warnings[0].code, QStringLiteral("MS03"));
    EXPECT_EQ(data.warnings[0].status, Status::SeriouslyBehind);
    EXPECT_EQ(data.warnings[0].shortfallText, QStringLiteral("还差240个"));
    EXPECT_EQ(data.warnings[1].code, QStringLiteral("JY03"));
    EXPECT_EQ(data.warnings[1].status, Status::Behind);
    EXPECT_EQ(data.warnings[1].shortfallText, QStringLiteral("还差0.56亿元"));
    EXPECT_FALSE(data.warnings[1].note.isEmpty());

    auto *table = static_cast<QTableWidget *>(m_widget.view(DashboardWidget::WarningsView));
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("严重滞后"));
    EXPECT_EQ(table->item(1, 2)->text(), QStringLiteral("还差0.56亿元"));
}

TEST_F(DashboardWidgetTest, ACardOpensItsIndicatorsAndAnIndicatorItsHistory)
{
    DashboardCard *welfare = nullptr;
    for (DashboardCard *card : m_widget.findChildren<DashboardCard *>()) {
        if (card->card().category == QStringLiteral("民生工程"))
            welfare = card;
    }
    ASSERT_TRUE(welfare);
    QTest::mouseClick(welfare, Qt::LeftButton);
    auto *pages = m_widget.findChild<QStackedWidget *>();
    EXPECT_EQ(pages->currentWidget(), m_widget.categoryPage());
    EXPECT_EQ(m_widget.categoryTable()->rowCount(), 18); // MS01 … MS18 in the demo catalogue

    int ms03 = -1;
    for (int row = 0; row < m_widget.categoryTable()->rowCount(); ++row) {
        if (m_widget.categoryTable()->item(row, 0)->data(Qt::UserRole).toString() == QStringLiteral("MS03"))
            ms03 = row;
    }
    ASSERT_GE(ms03, 0);
    Q_EMIT m_widget.categoryTable()->cellClicked(ms03, 0);
    EXPECT_EQ(pages->currentWidget(), m_widget.indicatorPage());
    EXPECT_EQ(m_widget.trend().indicator.code, QStringLiteral("MS03"));
    EXPECT_EQ(m_widget.ranking().rows.size(), 4);
    // resources/demo/figures.csv has the city's 2019 MS03 figures for Q1 to Q4, imported once each.
    EXPECT_EQ(m_widget.historyTable()->rowCount(), 4);

    QTest::keyClick(&m_widget, Qt::Key_Escape);
    EXPECT_EQ(pages->currentIndex(), 0);
}

TEST_F(DashboardWidgetTest, RefreshRedrawsOnlyWhatAnEditChanged)
{
    EXPECT_EQ(m_widget.refresh(), DashboardWidget::CompletenessView);

    // A leader corrects 青禾区's JY03 Q3 figure from 1.80 to 2.46亿元: the city's figure, the
    // counties' sum, becomes 6.10, above the 6.00 expected by Q3.
    Figure figure{QStringLiteral("JY03"), QStringLiteral("D01"), {2019, 3}, 2.46, QString()};
    FigureRepository(m_demo.db()).upsert({figure}, QStringLiteral("leader"), QStringLiteral("更正"));
    const int redrawn = m_widget.refresh();
    EXPECT_TRUE(redrawn & DashboardWidget::CardsView);
    EXPECT_TRUE(redrawn & DashboardWidget::CompletionView);
    EXPECT_TRUE(redrawn & DashboardWidget::WarningsView);
    EXPECT_FALSE(redrawn & DashboardWidget::RelativeView);
    EXPECT_FALSE(redrawn & DashboardWidget::TrendView); // it shows MS03, unchanged
    ASSERT_EQ(m_widget.data().warnings.size(), 1);
    EXPECT_EQ(findCard(m_widget.data(), QStringLiteral("就业创业"))->light, TrafficLight::Green);
}

TEST_F(DashboardWidgetTest, F11TogglesPresentation)
{
    m_widget.show();
    QTest::keyClick(&m_widget, Qt::Key_F11);
    EXPECT_TRUE(m_widget.isPresentation());
    QTest::keyClick(&m_widget, Qt::Key_Escape);
    EXPECT_FALSE(m_widget.isPresentation());
}

TEST(DashboardPaletteTest, StatusTextIsReadableOnLightAndDarkThemes)
{
    for (const bool dark : {false, true}) {
        for (const Status status : {Status::Ahead, Status::Met, Status::Behind, Status::SeriouslyBehind,
                                    Status::Missed}) {
            const double ratio = contrast(DashboardPalette::foreground(status, dark),
                                          DashboardPalette::background(status, dark));
            EXPECT_GE(ratio, 4.5) << "status " << static_cast<int>(status) << " dark " << dark;
        }
    }
}

TEST_F(DashboardWidgetTest, ThresholdsComeFromTheSettings)
{
    QSettings settings(QDir(m_demo.dir()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    EXPECT_EQ(DashboardSettings::thresholds(settings), Thresholds{}); // nothing set: the defaults
    settings.setValue(QStringLiteral("thresholds/seriously_behind_from"), 25.0);
    const Thresholds lenient = DashboardSettings::thresholds(settings);
    EXPECT_DOUBLE_EQ(lenient.seriouslyBehindFrom, 25.0);

    // MS03 is 20 points behind 序时进度: red by default, only yellow with a 25-point margin.
    m_widget.setThresholds(lenient);
    m_widget.refresh();
    EXPECT_EQ(findCard(m_widget.data(), QStringLiteral("民生工程"))->light, TrafficLight::Yellow);
    EXPECT_EQ(m_widget.data().warnings.first().status, Status::Behind);
}

TEST(DashboardTabTest, AddsATabAViewActionAndAnF11PresentationWindow)
{
    test::DemoFixture demo;
    QTabWidget tabs;
    QMenu viewMenu;
    DashboardTab tab(&tabs, &viewMenu, [&demo] {
        return DashboardTab::Context{&demo.db(), Period{2019, 3}, QStringLiteral("CITY")};
    });
    ASSERT_EQ(tabs.count(), 1);
    EXPECT_EQ(tab.presentAction()->shortcut(), QKeySequence(Qt::Key_F11));
    EXPECT_TRUE(viewMenu.actions().contains(tab.presentAction()));
    tab.refresh();
    EXPECT_EQ(tab.widget()->data().warnings.size(), 2);

    const auto presentations = [] {
        int count = 0;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dashboard = qobject_cast<DashboardWidget *>(w);
            if (dashboard && dashboard->isPresentation() && dashboard->isVisible())
                ++count;
        }
        return count;
    };
    tab.togglePresentation();
    EXPECT_EQ(presentations(), 1);
    tab.togglePresentation();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(presentations(), 0);
}
