#include "cli/cliapp.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QApplication>
#include <QGuiApplication>

#include <algorithm>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // The report command lays out text with fonts, which only a GUI application has; it
    // runs headless on the offscreen platform.
    const bool report = std::any_of(argv + 1, argv + argc, [](const char *a) { return std::strcmp(a, "report") == 0; });
    // The dashboard command draws the dashboard's widgets and charts: a QApplication.
    const bool dashboard = std::any_of(argv + 1, argv + argc, [](const char *a) { return std::strcmp(a, "dashboard") == 0; });
    if ((report || dashboard) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = dashboard ? std::make_unique<QApplication>(argc, argv)
                                                    : report  ? std::make_unique<QGuiApplication>(argc, argv)
                                                              : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("zhibiao"));
    QCoreApplication::setOrganizationName(QStringLiteral("zhibiao"));
    zhibiao::Translations::installForSystemLocale(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return zhibiao::CliApp(out, err).run(QCoreApplication::arguments());
}
