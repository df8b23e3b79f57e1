#pragma once

#include <QCoreApplication>

class QAction;
class QMenu;
class QToolBar;

namespace zhibiao {

class MainWindow;

// File › Import…, Export…, Report… and Edit › Catalogue…, Targets…: the dialogs that work on
// the open file, each opened over the main window (the catalogue and targets are changed by
// an admin; other roles open them to read).
class DataActions
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::DataActions)

public:
    static void install(MainWindow *window, QMenu *fileMenu, QAction *beforeQuit, QMenu *editMenu);
};

// Edit › Undo and Redo, and their toolbar buttons with short names (the menu's actions
// name the step, "撤销 修改 JY01").
class UndoActions
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::UndoActions)

public:
    static void install(MainWindow *window, QMenu *editMenu, QAction *beforePaste, QToolBar *toolBar,
                        QAction *toolbarBefore);
};

} // namespace zhibiao
