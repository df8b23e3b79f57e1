#include "cli/cliapp.h"
#include "cli/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zhibiao"));
    QCoreApplication::setOrganizationName(QStringLiteral("zhibiao"));
    zhibiao::Translations::installForSystemLocale(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return zhibiao::CliApp(out, err).run(QCoreApplication::arguments());
}
