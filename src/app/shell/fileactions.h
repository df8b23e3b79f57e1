#pragma once

#include <QCoreApplication>

class QAction;
class QMenu;

namespace zhibiao {

class MainWindow;

// The main window's File › New…, Open…, Open Recent and Quit: their shortcuts, the open
// dialog and the recent list, which is read again each time the File menu opens.
class FileActions
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::FileActions)

public:
    struct Actions
    {
        QAction *newFile = nullptr;
        QAction *open = nullptr;
        QAction *quit = nullptr;
        QMenu *fileMenu = nullptr;
        QMenu *recentMenu = nullptr;
    };
    static void install(MainWindow *window, const Actions &actions);
    // Asks for a bureau file, starting in the open file's folder, and opens it.
    static void chooseAndOpen(MainWindow *window);
};

} // namespace zhibiao
