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
    // Makes the day's backup of a file just opened (folder and count from AppSettings);
    // returns what to tell the user, empty when nothing was made.
    static QString backUpDaily(const Database &db);
};

} // namespace zhibiao
