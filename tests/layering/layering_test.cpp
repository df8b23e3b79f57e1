#include "layerscanner.h"
#include "testsupport.h"

#include <QLibraryInfo>

#include <gtest/gtest.h>

namespace zhibiao::test {
namespace {

QString qtHeaders()
{
    return QLibraryInfo::path(QLibraryInfo::HeadersPath);
}

// The scanner itself, on a tree with one planted fault of each kind.
TEST(LayerScan, FindsEveryPlantedFault)
{
    const LayerScanner scanner(sourcePath(QStringLiteral("tests/layering/fixture/src")), qtHeaders());
    const QStringList found = scanner.violations();
    const auto has = [&](const QString &part) {
        return std::any_of(found.begin(), found.end(), [&](const QString &v) { return v.contains(part); });
    };
    EXPECT_TRUE(has(QStringLiteral("zhibiao_storage links zhibiao_report")));
    EXPECT_TRUE(has(QStringLiteral("core/a.cpp (zhibiao_core) includes the QtSql header <QSqlQuery>")));
    EXPECT_TRUE(has(QStringLiteral("core/a.cpp (zhibiao_core) includes storage/s.h")));
    EXPECT_TRUE(has(QStringLiteral("report/r.cpp (zhibiao_report) includes the widget header <QLabel>")));
    EXPECT_TRUE(has(QStringLiteral("<QtWidgets/QPushButton>")));
    EXPECT_TRUE(has(QStringLiteral("report/r.cpp (zhibiao_report) includes app/w.h")));
    // What is allowed is not reported: QtSql in storage, widgets and ui_ headers in app,
    // app including what it links.
    EXPECT_EQ(found.size(), 6) << qPrintable(found.join(QLatin1Char('\n')));
}

// The program: core ← storage ← io ← report ← dashboard ← app/cli, SQL only in storage,
// widgets only from the dashboard up.
TEST(LayerScan, TheProgramKeepsItsLayers)
{
    const LayerScanner scanner(sourcePath(QStringLiteral("src")), qtHeaders());
    for (const char *target : {"zhibiao_core", "zhibiao_storage", "zhibiao_io", "zhibiao_report", "zhibiao_dashboard",
                               "zhibiao_app_common", "zhibiao_app_entry", "zhibiao_app_report", "zhibiao_app_admin",
                               "zhibiao_app_lib", "zhibiao_cli_lib"})
        EXPECT_TRUE(scanner.targets().contains(QString::fromLatin1(target))) << target;
    const QStringList found = scanner.violations();
    EXPECT_TRUE(found.isEmpty()) << qPrintable(found.join(QLatin1Char('\n')));
}

} // namespace
} // namespace zhibiao::test
