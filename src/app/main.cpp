#include "app/shell/demodatabase.h"
#include "app/shell/mainwindow.h"
#include "app/shell/recentfiles.h"
#include "app/shell/settingsdialog.h"
#include "app/shell/userchooserdialog.h"
#include "app/shell/welcomedialog.h"
#include "core/appsettings.h"
#include "core/translations.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/userrepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFontDatabase>
#include <QTabWidget>
#include <QIcon>
#include <QPalette>
#include <QStyleFactory>
#include <QMessageBox>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <optional>

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

// A dark palette (--dark, or ZHIBIAO_DARK=1) to check that the window stays readable in
// dark desktop themes.
void useDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette dark;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Disabled, QPalette::Text, disabled);
    dark.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    QApplication::setPalette(dark);
}

// The window's icon: each size is decoded at the start, so only those a title bar or task
// bar shows; the desktop's larger ones come from the installed icon theme.
QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64})
        icon.addFile(QStringLiteral(":/icons/zhibiao-%1.png").arg(size), QSize(size, size));
    return icon;
}

void installTranslations(QApplication &app)
{
    const zhibiao::AppSettings::Language language = zhibiao::AppSettings().language();
    if (language == zhibiao::AppSettings::Language::System)
        zhibiao::Translations::installForSystemLocale(app);
    else
        zhibiao::Translations::install(app, QLocale(zhibiao::AppSettings::localeName(language)));
}

bool hasRecentFile()
{
    const QStringList recent = zhibiao::RecentFiles::list();
    return std::any_of(recent.begin(), recent.end(), [](const QString &path) { return QFileInfo::exists(path); });
}

// Saves a picture of the widget a few event-loop turns after it is shown (once layouts
// settle and it has painted), then quits.
void grabLater(QWidget *widget, const QString &file)
{
    QTimer::singleShot(300, widget, [widget, file] {
        if (widget->grab().save(file)) {
            QCoreApplication::exit(0);
        } else {
            QTextStream(stderr) << Main::tr("Cannot save the screenshot %1.").arg(file) << '\n';
            QCoreApplication::exit(1);
        }
    });
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
    // The quick check of every page runs beside the window (MainWindow::setDatabase).
    if (!named.isEmpty())
        return Database::open(named, Database::Mode::OpenExisting, error, Database::Check::Later);
    for (const QString &recent : zhibiao::RecentFiles::list()) {
        if (!QFileInfo::exists(recent))
            continue;
        if (auto db = Database::open(recent, Database::Mode::OpenExisting, error, Database::Check::Later))
            return db;
    }
    return zhibiao::DemoDatabase::openOrCreate(zhibiao::DemoDatabase::defaultPath(), error);
}

// --tab: the tabs by the names a script gives them (screenshots of the dashboard).
bool openTab(zhibiao::MainWindow &window, const QString &name)
{
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    if (!tabs)
        return false;
    QWidget *page = nullptr;
    if (name == QLatin1String("dashboard"))
        page = window.findChild<QWidget *>(QStringLiteral("dashboardTab"));
    else if (name == QLatin1String("entry"))
        page = window.findChild<QWidget *>(QStringLiteral("entryTab"));
    else if (name == QLatin1String("overview"))
        page = window.findChild<QWidget *>(QStringLiteral("overviewTab"));
    if (!page || tabs->indexOf(page) < 0)
        return false;
    tabs->setCurrentWidget(page);
    return true;
}

bool knowsUser(const zhibiao::Database &db, const QString &name)
{
    try {
        return zhibiao::UserRepository(db).knownRole(name).has_value();
    } catch (const zhibiao::StorageError &) {
        return false;
    }
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
    installTranslations(app);
    QApplication::setWindowIcon(appIcon());
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
    const QCommandLineOption quitAfter(QStringLiteral("quit-after-ms"), Main::tr("Quit N milliseconds after the main window first painted."), QStringLiteral("N"));
    const QCommandLineOption welcome(QStringLiteral("welcome"), Main::tr("Start with the welcome page."));
    const QCommandLineOption preferences(QStringLiteral("preferences"), Main::tr("Open the preferences (with --screenshot: their picture)."));
    const QCommandLineOption tab(QStringLiteral("tab"), Main::tr("The tab to open: entry, overview or dashboard."), QStringLiteral("NAME"));
    const QCommandLineOption dark(QStringLiteral("dark"), Main::tr("Use a dark palette (also ZHIBIAO_DARK=1)."));
    parser.addOptions({db, year, quarter, orgUnit, category, user, screenshot, quitAfter, welcome, preferences, tab, dark});
    // The desktop file passes a double-clicked .zhibiao file as a plain argument.
    parser.addPositionalArgument(QStringLiteral("file"), Main::tr("A bureau file to open (the same as --db)."),
                                 QStringLiteral("[file]"));
    parser.process(app);
    const QString fileToOpen = parser.isSet(db) ? parser.value(db) : parser.positionalArguments().value(0);
    if (parser.isSet(dark) || qEnvironmentVariableIntValue("ZHIBIAO_DARK") == 1)
        useDarkPalette();

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

    std::unique_ptr<zhibiao::Database> database;
    QString userName = parser.value(user);
    std::optional<int> firstYear;
    // Unattended runs without a file keep opening the demo bureau, as scripts expect.
    const bool startWithWelcome = parser.isSet(welcome) || (!unattended && fileToOpen.isEmpty() && !hasRecentFile());
    if (startWithWelcome && parser.isSet(screenshot)) {
        zhibiao::WelcomeDialog page;
        page.show();
        grabLater(&page, parser.value(screenshot));
        return QApplication::exec();
    }
    if (startWithWelcome && !unattended) {
        zhibiao::WelcomeDialog page;
        if (page.exec() != QDialog::Accepted)
            return 0;
        database = page.takeDatabase();
        if (!page.createdUser().isEmpty())
            userName = page.createdUser();
        firstYear = page.firstYear();
    } else {
        zhibiao::OpenError error;
        database = openStartFile(fileToOpen, &error);
        if (!database)
            return fail(error.message, unattended);
    }

    // A name the file does not know could read but not change anything: ask who is working.
    if (!userName.isEmpty() && !knowsUser(*database, userName)) {
        const QString message =
            Main::tr("This bureau file has no user named \"%1\"; nothing could be changed under that name. "
                     "Choose who is working.")
                .arg(userName);
        QTextStream(stderr) << message << '\n';
        if (!unattended) {
            QMessageBox::information(nullptr, Main::tr("Who Is Working?"), message);
            userName.clear();
        }
    }
    if (userName.isEmpty() && unattended) {
        userName = zhibiao::UserChooserDialog::lastUserName();
    } else if (userName.isEmpty()) {
        const std::optional<QString> chosen = chooseUser(*database);
        if (!chosen)
            return 0; // the person cancelled the start
        userName = *chosen;
    }

    zhibiao::MainWindow window;
    // The window paints before the figures are read: what follows only notes the loads.
    window.holdLoads();
    window.setUserName(userName);
    window.setDatabase(std::move(database), true);
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
    if (firstYear)
        window.setPeriod(zhibiao::Period{*firstYear, 1});
    if (parser.isSet(category))
        window.showCategory(parser.value(category));
    if (parser.isSet(tab) && !openTab(window, parser.value(tab)))
        return fail(Main::tr("--tab takes entry, overview or dashboard."), true);
    window.show();

    zhibiao::AppSettings settings;
    std::unique_ptr<zhibiao::SettingsDialog> settingsDialog;
    if (parser.isSet(preferences)) {
        settingsDialog = std::make_unique<zhibiao::SettingsDialog>(settings, window.database(), userName, &window);
        settingsDialog->show();
    }
    if (parser.isSet(screenshot)) {
        // A picture of the window as it is once its figures are read.
        QWidget *pictured = settingsDialog ? static_cast<QWidget *>(settingsDialog.get()) : &window;
        QObject::connect(&window, &zhibiao::MainWindow::heldLoadsDone, pictured,
                         [pictured, file = parser.value(screenshot)] { grabLater(pictured, file); });
    }
    const bool timedStart = parser.isSet(quitAfter) && quitAfterMs == 0;
    QObject::connect(&window, &zhibiao::MainWindow::firstPainted, &window, [&window, timedStart] {
        // --quit-after-ms 0 times the start to a painted window: it ends there, unloaded.
        if (timedStart)
            QCoreApplication::exit(0);
        else
            window.releaseHeldLoads();
    });
    // Counted from the first paint.
    if (parser.isSet(quitAfter) && !timedStart)
        QObject::connect(&window, &zhibiao::MainWindow::firstPainted, &app, [quitAfterMs] {
            QTimer::singleShot(quitAfterMs, QCoreApplication::instance(), &QCoreApplication::quit);
        });
    return QApplication::exec();
}
