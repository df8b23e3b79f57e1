#pragma once

#include <QCoreApplication>

class QMenu;

namespace zhibiao {

class Database;
class MainWindow;

// The main window's File > Welcome… and Edit > Preferences… actions.
class SettingsActions
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::SettingsActions)

public:
    static void install(MainWindow *window, QMenu *fileMenu, QMenu *editMenu);
    // Shows the welcome page over the window and opens what it opened.
    static void showWelcome(MainWindow *window);
    static void showPreferences(MainWindow *window);
    // Installs the daily backup on a file just opened (folder and count from AppSettings,
    // DailyBackup) and makes the day's copy now; returns what to tell the user, empty when
    // the day already had one. When no copy can be made, changes are refused until one can.
    static QString backUpDaily(Database &db);
};

} // namespace zhibiao
