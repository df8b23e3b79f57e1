#include "app/demodatabase.h"
#include "app/mainwindow.h"
#include "app/recentfiles.h"
#include "app/userchooserdialog.h"
#include "core/translations.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/userrepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
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

// The file to start with: the one named, else the last one opened, else the demo bureau.
std::unique_ptr<zhibiao::Database> openStartFile(const QString &named, zhibiao::OpenError *error)
{
    using zhibiao::Database;
    if (!named.isEmpty())
        return Database::open(named, Database::Mode::OpenExisting, error);
    for (const QString &recent : zhibiao::RecentFiles::list()) {
        if (!QFileInfo::exists(recent))
            continue;
        if (auto db = Database::open(recent, Database::Mode::OpenExisting, error))
            return db;
    }
    return zhibiao::DemoDatabase::openOrCreate(zhibiao::DemoDatabase::defaultPath(), error);
}

// Asks who is working; nullopt when the person cancels. A file without users asks nobody.
std::optional<QString> chooseUser(const zhibiao::Database &db)
{
    QList<zhibiao::User> users;
    try {
        users = zhibiao::UserRepository(db).users();
    } catch (const zhibiao::StorageError &) {
        // An empty list: the dialog then offers nobody and the person cancels.
    }
    if (users.isEmpty())
        return QString();
    zhibiao::UserChooserDialog dialog(users);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.userName();
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
    const QCommandLineOption category(QStringLiteral("category"), Main::tr("The category to show in the entry grid."), QStringLiteral("NAME"));
    const QCommandLineOption user(QStringLiteral("user"), Main::tr("Who is working (a name from the users table); not asked then."), QStringLiteral("NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), Main::tr("Save a picture of the window to FILE and quit."), QStringLiteral("FILE"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after-ms"), Main::tr("Quit after N milliseconds."), QStringLiteral("N"));
    parser.addOptions({db, year, quarter, orgUnit, category, user, screenshot, quitAfter});
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
    auto database = openStartFile(parser.value(db), &error);
    if (!database)
        return fail(error.message, unattended);

    QString userName = parser.value(user);
    if (userName.isEmpty() && unattended) {
        userName = zhibiao::UserChooserDialog::lastUserName();
    } else if (userName.isEmpty()) {
        const std::optional<QString> chosen = chooseUser(*database);
        if (!chosen)
            return 0; // the person cancelled the start
        userName = *chosen;
    }

    zhibiao::MainWindow window;
    window.setUserName(userName);
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
    if (parser.isSet(category))
        window.showCategory(parser.value(category));
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
