#include "app/dashboardexporter.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

// The dashboard's widgets and charts need a QApplication (the shared test main makes a
// QCoreApplication). Chinese is drawn with the Simplified Chinese font, as the CLI does.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    zhibiao::DashboardExporter::useChineseFont();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
