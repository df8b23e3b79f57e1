#include "app/shell/fileactions.h"

#include "app/shell/mainwindow.h"
#include "app/shell/recentfiles.h"
#include "app/shell/settingsactions.h"
#include "storage/database.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace zhibiao {

void FileActions::install(MainWindow *window, const Actions &actions)
{
    actions.newFile->setShortcut(QKeySequence::New);
    actions.open->setShortcut(QKeySequence::Open);
    actions.open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    actions.quit->setShortcut(QKeySequence::Quit);
    actions.quit->setMenuRole(QAction::QuitRole);
    // A new bureau needs its names, counties and first user: the welcome page asks for them
    // (an empty file would have nobody allowed to change it).
    QObject::connect(actions.newFile, &QAction::triggered, window,
                     [window] { SettingsActions::showWelcome(window); });
    QObject::connect(actions.open, &QAction::triggered, window, [window] { chooseAndOpen(window); });
    QObject::connect(actions.quit, &QAction::triggered, window, &QWidget::close);

    QMenu *recent = actions.recentMenu;
    const auto fillRecent = [window, recent] {
        RecentFiles::fillMenu(recent, [window](const QString &path) { window->openFile(path); });
    };
    fillRecent();
    QObject::connect(actions.fileMenu, &QMenu::aboutToShow, recent, fillRecent);
}

void FileActions::chooseAndOpen(MainWindow *window)
{
    const Database *db = window->database();
    const QString start = db ? QFileInfo(db->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(window, tr("Open Bureau File"), start,
                                                      tr("Zhibiao files (*.zhibiao *.db);;All files (*)"));
    if (!path.isEmpty())
        window->openFile(path);
}

} // namespace zhibiao
