#include "app/shell/settingsactions.h"

#include "app/shell/mainwindow.h"
#include "app/shell/settingsdialog.h"
#include "app/shell/welcomedialog.h"
#include "core/appsettings.h"
#include "storage/dailybackup.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QAction>
#include <QDir>
#include <QMenu>

#include <memory>

namespace zhibiao {

void SettingsActions::install(MainWindow *window, QMenu *fileMenu, QMenu *editMenu)
{
    auto *welcome = new QAction(tr("&Welcome…"), window);
    fileMenu->insertAction(fileMenu->actions().value(0), welcome);
    QObject::connect(welcome, &QAction::triggered, window, [window] { showWelcome(window); });

    auto *preferences = new QAction(tr("Pre&ferences…"), window);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    editMenu->addSeparator();
    editMenu->addAction(preferences);
    QObject::connect(preferences, &QAction::triggered, window, [window] { showPreferences(window); });
}

void SettingsActions::showWelcome(MainWindow *window)
{
    WelcomeDialog dialog(window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto db = dialog.takeDatabase();
    if (!db)
        return;
    window->setDatabase(std::move(db));
    if (!dialog.createdUser().isEmpty())
        window->setUserName(dialog.createdUser());
    if (dialog.firstYear())
        window->setPeriod(Period{*dialog.firstYear(), 1});
}

void SettingsActions::showPreferences(MainWindow *window)
{
    AppSettings settings;
    SettingsDialog dialog(settings, window->database(), window->userName(), window);
    if (dialog.exec() == QDialog::Accepted && window->database())
        window->setPeriod(window->period()); // reloads with the new thresholds
}

QString SettingsActions::backUpDaily(Database &db)
{
    const AppSettings settings;
    auto made = std::make_shared<QString>();
    DailyBackup::install(db, settings.backupFolder(), settings.backupKeep(),
                         [made](const QString &copy) { *made = copy; });
    try {
        db.beforeWrite();
        return made->isEmpty() ? QString() : tr("Today's backup: %1").arg(QDir::toNativeSeparators(*made));
    } catch (const StorageError &e) {
        return tr("No backup could be made, so changes are refused until one can: %1").arg(e.message());
    }
}

} // namespace zhibiao
