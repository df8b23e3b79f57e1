#include "app/shell/dataactions.h"

#include "app/admin/cataloguedialog.h"
#include "app/admin/targetsdialog.h"
#include "app/entry/entrycontroller.h"
#include "app/entry/exportdialog.h"
#include "app/entry/importdialog.h"
#include "app/report/reportwindow.h"
#include "app/shell/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QToolBar>
#include <QUndoStack>

namespace zhibiao {

namespace {

// Opens a dialog over the window when a file is open; nothing happens without one.
template <typename Make>
void openOver(MainWindow *window, Make make)
{
    if (!window->database())
        return;
    QDialog *dialog = make(*window->database());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace

void DataActions::install(MainWindow *window, QMenu *fileMenu, QAction *beforeQuit, QMenu *editMenu)
{
    auto *report = new QAction(tr("Re&port…"), window);
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    fileMenu->insertAction(beforeQuit, report);
    QObject::connect(report, &QAction::triggered, window, [window] {
        if (window->database())
            (new ReportWindow(*window->database(), window->userName(), window->period().year, window))->show();
    });

    auto *importAction = new QAction(tr("&Import…"), window);
    auto *exportAction = new QAction(tr("&Export…"), window);
    fileMenu->insertActions(report, {importAction, exportAction});
    QObject::connect(importAction, &QAction::triggered, window, [window] {
        openOver(window, [window](const Database &db) {
            auto *dialog = new ImportDialog(db, window->userName(), window);
            QObject::connect(dialog, &ImportDialog::imported, window, &MainWindow::reload);
            return dialog;
        });
    });
    QObject::connect(exportAction, &QAction::triggered, window, [window] {
        openOver(window, [window](const Database &db) {
            return new ExportDialog(db, window->period(), window->orgUnitCode(), window);
        });
    });

    editMenu->addSeparator();
    QObject::connect(editMenu->addAction(tr("&Catalogue…")), &QAction::triggered, window, [window] {
        openOver(window, [window](const Database &db) {
            auto *dialog = new CatalogueDialog(db, window->userName(), window);
            QObject::connect(dialog, &CatalogueDialog::catalogueChanged, window, &MainWindow::reload);
            return dialog;
        });
    });
    QObject::connect(editMenu->addAction(tr("&Targets…")), &QAction::triggered, window, [window] {
        openOver(window, [window](const Database &db) {
            auto *dialog = new TargetsDialog(db, window->userName(), window);
            QObject::connect(dialog, &TargetsDialog::targetsChanged, window, &MainWindow::reload);
            return dialog;
        });
    });
}

void UndoActions::install(MainWindow *window, QMenu *editMenu, QAction *beforePaste, QToolBar *toolBar,
                          QAction *toolbarBefore)
{
    QUndoStack *stack = window->entryController()->undoStack();
    QAction *undo = stack->createUndoAction(window, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(window, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    editMenu->insertActions(beforePaste, {undo, redo});
    editMenu->insertSeparator(beforePaste);

    QAction *undoButton = toolBar->addAction(tr("Undo"), stack, &QUndoStack::undo);
    QAction *redoButton = toolBar->addAction(tr("Redo"), stack, &QUndoStack::redo);
    QObject::connect(undo, &QAction::changed, undoButton, [undo, undoButton] {
        undoButton->setEnabled(undo->isEnabled());
        undoButton->setToolTip(undo->text());
    });
    QObject::connect(redo, &QAction::changed, redoButton, [redo, redoButton] {
        redoButton->setEnabled(redo->isEnabled());
        redoButton->setToolTip(redo->text());
    });
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    toolBar->insertActions(toolbarBefore, {undoButton, redoButton});
    toolBar->insertSeparator(toolbarBefore);
}

} // namespace zhibiao
