#include "testmain.h"

#include "dashboard/dashboardexporter.h"

#include <QApplication>

// The dashboard's widgets and charts need a QApplication. Chinese is drawn with the
// Simplified Chinese font, as the CLI does.
int main(int argc, char **argv)
{
    return zhibiao::test::runAllTests<QApplication>(argc, argv,
                                                    [] { zhibiao::DashboardExporter::useChineseFont(); });
}
