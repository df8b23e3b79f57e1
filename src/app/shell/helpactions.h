#pragma once

#include <QCoreApplication>
#include <QString>

class QMainWindow;
class QMenuBar;

namespace zhibiao {

// The Help menu: the user guide (docs/guide-zh.md or guide-en.md, shipped inside the
// program with its pictures), the keyboard shortcuts, and About.
class HelpActions
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::HelpActions)

public:
    static void install(QMainWindow *window, QMenuBar *menuBar);
    // The guide's Markdown in the interface's language (":/docs/guide-zh.md" or "-en").
    static QString guideResource();
    // Every shortcut of the window's actions and of the entry grid, as an HTML table.
    static QString shortcutsHtml(const QMainWindow *window);
    static void showGuide(QMainWindow *window);
    static void showShortcuts(QMainWindow *window);
};

} // namespace zhibiao
