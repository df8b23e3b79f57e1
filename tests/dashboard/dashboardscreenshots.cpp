// Writes docs/screenshots/dashboard-*.png: each view of the demo bureau's 2019 Q3 dashboard,
// drawn off screen. Not a test; run by hand after changing how the dashboard looks:
//   dashboard_screenshots DEMO.db OUTPUT_DIR

#include "dashboard/dashboardexporter.h"
#include "dashboard/dashboardwidget.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTextStream>

using namespace zhibiao;

namespace {

bool save(QWidget *widget, const QDir &dir, const QString &name)
{
    const QString path = dir.filePath(QStringLiteral("dashboard-%1.png").arg(name));
    const bool ok = widget->grab().save(path);
    QTextStream(ok ? stdout : stderr) << (ok ? "wrote " : "cannot write ") << path << '\n';
    return ok;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb4));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 3) {
        QTextStream(stderr) << "usage: dashboard_screenshots DEMO.db OUTPUT_DIR\n";
        return 1;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    DashboardExporter::useChineseFont();
    OpenError error;
    const auto db = Database::open(QString::fromLocal8Bit(argv[1]), Database::Mode::OpenExisting, &error);
    if (!db) {
        QTextStream(stderr) << error.message << '\n';
        return 1;
    }
    const QDir dir(QString::fromLocal8Bit(argv[2]));
    bool ok = true;
    {
        DashboardWidget widget;
        widget.setDatabase(db.get());
        widget.setPeriod({2019, 3}, QStringLiteral("CITY"));
        widget.refresh();
        DashboardExporter::layOut(widget);
        ok &= save(&widget, dir, QStringLiteral("overview"));
        const QList<std::pair<DashboardWidget::View, QString>> views{
            {DashboardWidget::CardsView, QStringLiteral("cards")},
            {DashboardWidget::CompletionView, QStringLiteral("completion")},
            {DashboardWidget::WarningsView, QStringLiteral("warnings")},
            {DashboardWidget::RelativeView, QStringLiteral("rates")},
            {DashboardWidget::TrendView, QStringLiteral("trend")},
            {DashboardWidget::RankingView, QStringLiteral("ranking")},
            {DashboardWidget::CompletenessView, QStringLiteral("completeness")}};
        for (const auto &[view, name] : views)
            ok &= save(widget.view(view), dir, name);
        widget.openCategory(QStringLiteral("民生工程"));
        QCoreApplication::processEvents();
        ok &= save(&widget, dir, QStringLiteral("drill-category"));
        widget.openIndicator(QStringLiteral("MS03"));
        QCoreApplication::processEvents();
        ok &= save(&widget, dir, QStringLiteral("drill-indicator"));
    }
    QApplication::setPalette(darkPalette());
    {
        DashboardWidget widget;
        widget.setDatabase(db.get());
        widget.setPeriod({2019, 3}, QStringLiteral("CITY"));
        widget.refresh();
        DashboardExporter::layOut(widget);
        ok &= save(&widget, dir, QStringLiteral("dark"));
    }
    return ok ? 0 : 1;
}
