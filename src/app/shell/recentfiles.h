#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QMenu;

namespace zhibiao {

// The bureau files opened last, newest first, kept in QSettings "recentFiles".
class RecentFiles
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::RecentFiles)

public:
    static constexpr int kMaximum = 8;

    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    // One numbered entry per file; choosing one calls open with its path.
    static void fillMenu(QMenu *menu, const std::function<void(const QString &)> &open);
};

} // namespace zhibiao
