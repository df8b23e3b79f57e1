#include "app/demodatabase.h"
#include "app/mainwindow.h"
#include "core/translations.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QMessageBox>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace {

// The translation context of the strings below.
class Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

// Left to fallback, Qt draws Chinese with the Japanese variant of Noto CJK.
void useSimplifiedChineseFont()
{
    const QString family = QStringLiteral("Noto Sans CJK SC");
    if (!QFontDatabase::families().contains(family))
        return;
    QFont font = QApplication::font();
    font.setFamilies({family});
    QApplication::setFont(font);
}

int fail(const QString &message, bool quiet)
{
    QTextStream(stderr) << message << '\n';
    if (!quiet)
        QMessageBox::critical(nullptr, Main::tr("Zhibiao"), message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("zhibiao"));
    QApplication::setOrganizationName(QStringLiteral("zhibiao"));
    zhibiao::Translations::installForSystemLocale(app);
    QApplication::setApplicationDisplayName(Main::tr("Zhibiao"));
    useSimplifiedChineseFont();

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Annual targets and their completion, quarter by quarter."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), Main::tr("The bureau file to open (default: the demo bureau)."), QStringLiteral("FILE"));
    const QCommandLineOption year(QStringLiteral("year"), Main::tr("The year to show."), QStringLiteral("Y"));
    const QCommandLineOption quarter(QStringLiteral("quarter"), Main::tr("The quarter to show, 1 to 4."), QStringLiteral("Q"));
    const QCommandLineOption orgUnit(QStringLiteral("org-unit"), Main::tr("The org unit to show, by code."), QStringLiteral("CODE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), Main::tr("Save a picture of the window to FILE and quit."), QStringLiteral("FILE"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after-ms"), Main::tr("Quit after N milliseconds."), QStringLiteral("N"));
    parser.addOptions({db, year, quarter, orgUnit, screenshot, quitAfter});
    parser.process(app);

    const bool unattended = parser.isSet(screenshot) || parser.isSet(quitAfter);
    bool ok = true;
    const int chosenYear = parser.isSet(year) ? parser.value(year).toInt(&ok) : 0;
    if (!ok || (parser.isSet(year) && (chosenYear < 1900 || chosenYear > 9999)))
        return fail(Main::tr("--year takes a year such as 2019."), true);
    const int chosenQuarter = parser.isSet(quarter) ? parser.value(quarter).toInt(&ok) : 0;
    if (!ok || (parser.isSet(quarter) && (chosenQuarter < 1 || chosenQuarter > 4)))
        return fail(Main::tr("--quarter takes 1, 2, 3 or 4."), true);
    const int quitAfterMs = parser.isSet(quitAfter) ? parser.value(quitAfter).toInt(&ok) : 0;
    if (!ok || quitAfterMs < 0)
        return fail(Main::tr("--quit-after-ms takes a number of milliseconds."), true);

    zhibiao::OpenError error;
    auto database = parser.isSet(db)
                        ? zhibiao::Database::open(parser.value(db), zhibiao::Database::Mode::OpenExisting, &error)
                        : zhibiao::DemoDatabase::openOrCreate(zhibiao::DemoDatabase::defaultPath(), &error);
    if (!database)
        return fail(error.message, unattended);

    zhibiao::MainWindow window;
    window.setDatabase(std::move(database));
    if (parser.isSet(orgUnit))
        window.setOrgUnit(parser.value(orgUnit));
    if (chosenYear > 0 || chosenQuarter > 0) {
        zhibiao::Period period = window.period();
        if (chosenYear > 0)
            period.year = chosenYear;
        if (chosenQuarter > 0)
            period.quarter = chosenQuarter;
        window.setPeriod(period);
    }
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        // A few event-loop turns after show() so that layouts settle and the view paints.
        QTimer::singleShot(300, &window, [&window, file] {
            if (window.grab().save(file)) {
                QCoreApplication::exit(0);
            } else {
                QTextStream(stderr) << Main::tr("Cannot save the screenshot %1.").arg(file) << '\n';
                QCoreApplication::exit(1);
            }
        });
    }
    if (parser.isSet(quitAfter))
        QTimer::singleShot(quitAfterMs, &app, &QCoreApplication::quit);
    return QApplication::exec();
}
