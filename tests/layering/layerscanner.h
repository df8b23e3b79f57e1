#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace zhibiao::test {

// Reads a source tree's CMake targets (add_library/qt_add_executable and their
// target_link_libraries) and every #include of their files, and says where the layers
// are broken: a lower target linking a higher one, a file including a header of a target
// its own does not link, widgets below app, QtSql outside storage.
class LayerScanner
{
public:
    // srcRoot holds one folder per layer (core, storage, io, report, app, cli), each with
    // its CMakeLists.txt. qtHeaders: the Qt headers folder (QtWidgets/, QtSql/ inside).
    LayerScanner(QString srcRoot, const QString &qtHeaders);

    QStringList violations() const;
    QStringList targets() const { return m_files.keys(); }

    // Lower layers first; executables above everything.
    static int rank(const QString &target);

private:
    void readCMake(const QString &folder);
    QSet<QString> reachable(const QString &target) const;

    QString m_root;
    QSet<QString> m_widgetHeaders;
    QSet<QString> m_sqlHeaders;
    QHash<QString, QStringList> m_files;      // target → its files, relative to the root
    QHash<QString, QStringList> m_links;      // target → what it links (zhibiao_* and Qt6::*)
    QHash<QString, QString> m_ownerOfFile;    // "app/mainwindow.h" → "zhibiao_app_lib"
};

} // namespace zhibiao::test
