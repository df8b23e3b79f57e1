#include "app/shell/recentfiles.h"

#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace zhibiao {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

QStringList RecentFiles::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QStringList before = list();
    QStringList files = before;
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaximum)
        files.removeLast();
    // Writing the settings file costs a sync to disk (about 10 ms): the usual start, the
    // same file again, writes nothing.
    if (files != before)
        QSettings().setValue(kKey, files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kKey, files);
}

void RecentFiles::fillMenu(QMenu *menu, const std::function<void(const QString &)> &open)
{
    menu->clear();
    const QStringList files = list();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = menu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setStatusTip(path);
        QObject::connect(action, &QAction::triggered, menu, [open, path] { open(path); });
    }
    menu->setEnabled(!files.isEmpty());
}

} // namespace zhibiao
