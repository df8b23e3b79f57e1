#pragma once

#include "core/period.h"
#include "core/thresholds.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace zhibiao {

class Database;
class DashboardWidget;

// Writes the dashboard as a PNG (the whole dashboard at presentation size) or a PDF (one
// page per view with title, date and period; each chart as an image and its figures as
// searchable text beside it). Needs a QApplication; runs with the offscreen platform.
class DashboardExporter
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::DashboardExporter)

public:
    static constexpr QSize kImageSize{1920, 1080};

    // Lays the widget out at kImageSize without putting it on a screen.
    static void layOut(DashboardWidget &widget);
    static QImage image(DashboardWidget &widget);
    static QByteArray pdf(DashboardWidget &widget, QString *error = nullptr);
    // PNG or PDF by the file's suffix.
    // Never over databasePath, the bureau's own file (OutputFile).
    static bool write(DashboardWidget &widget, const QString &path, const QString &databasePath, QString *error);
    // What zhibiao-cli dashboard does: read, lay out off screen, write.
    static bool exportFile(const Database &db, Period period, const QString &orgUnitCode,
                           const QString &path, const Thresholds &thresholds, QString *error);
    // Chinese in the Simplified forms (left to fallback, Qt picks the Japanese variant).
    static QString chineseFamily();
    static void useChineseFont();
};

} // namespace zhibiao
