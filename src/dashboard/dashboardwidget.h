#pragma once

#include "core/dashboarddata.h"
#include "core/dashboardsource.h"
#include "core/thresholds.h"
#include "storage/auditrepository.h"

#include <QWidget>

#include <memory>

class QTableWidget;

namespace zhibiao {

class Database;
class DashboardCard;

namespace Ui {
class DashboardWidget;
}

// The leaders' dashboard of one org unit and quarter: headline cards, the completion chart
// with its 序时进度 line, the early warnings, rates and ceilings, one indicator's trend and
// county ranking, and who has handed in the quarter. A card opens its category's
// indicators; an indicator opens its trend, ranking and figure history.
class DashboardWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWidget)

public:
    // The parts that are exported one per PDF page and refreshed one by one.
    enum View {
        CardsView = 0x01,
        CompletionView = 0x02,
        WarningsView = 0x04,
        RelativeView = 0x08,
        TrendView = 0x10,
        RankingView = 0x20,
        CompletenessView = 0x40,
    };
    static QList<View> views();

    explicit DashboardWidget(QWidget *parent = nullptr);
    ~DashboardWidget() override;

    void setDatabase(const Database *db);
    void setThresholds(const Thresholds &thresholds) { m_thresholds = thresholds; }
    void setPeriod(Period period, const QString &orgUnitCode);
    // Reads the database again and redraws only the views whose figures changed; returns
    // the views redrawn (View flags).
    int refresh();
    // Shows an already loaded source (the CLI and tests); returns the views redrawn.
    int display(DashboardSource source, Period period, const QString &orgUnitCode);

    const DashboardData &data() const { return m_data; }
    const IndicatorTrend &trend() const { return m_trend; }
    const CountyRanking &ranking() const { return m_ranking; }
    const QList<CompletenessRow> &completeness() const { return m_source.completeness; }
    QString currentIndicator() const { return m_indicator; }

    QWidget *view(View view) const;
    QString viewTitle(View view) const;
    QStringList viewText(View view) const;
    QString headline() const; // title, org unit and period
    // The height the widget needs to show the whole overview without scrolling.
    int unscrolledHeight() const;

    // Drill-down.
    void openCategory(const QString &category);
    void openIndicator(const QString &code);
    void showOverview();
    QWidget *categoryPage() const;
    QWidget *indicatorPage() const;
    QTableWidget *categoryTable() const;
    QTableWidget *historyTable() const;

    // Full-screen presentation: the window fills the screen, the tool row hides.
    void setPresentation(bool on);
    bool isPresentation() const { return m_presentation; }

Q_SIGNALS:
    void exportRequested(const QString &format); // "png" or "pdf"

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void redraw(int views);
    void fillCards();
    void fillIndicatorPage();
    bool dark() const;

    const Database *m_db = nullptr;
    Thresholds m_thresholds;
    Period m_period;
    QString m_orgUnitCode;
    DashboardSource m_source;
    DashboardData m_data;
    IndicatorTrend m_trend;
    CountyRanking m_ranking;
    QString m_indicator;
    QString m_category;
    QList<AuditEntry> m_history;
    bool m_presentation = false;
    bool m_loaded = false;

    std::unique_ptr<Ui::DashboardWidget> m_ui; // ui/dashboardwidget.ui
    QList<DashboardCard *> m_cardWidgets;
};

} // namespace zhibiao
