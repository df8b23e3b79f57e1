#include "layerscanner.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QRegularExpression>

namespace zhibiao::test {

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QSet<QString> headerNames(const QString &folder)
{
    QSet<QString> names;
    for (const QString &name : QDir(folder).entryList(QDir::Files))
        names.insert(name);
    return names;
}

// The CMake words of a call's argument list, comments dropped.
QStringList words(const QString &arguments)
{
    QString text = arguments;
    text.remove(QRegularExpression(QStringLiteral("#[^\n]*")));
    return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

} // namespace

LayerScanner::LayerScanner(QString srcRoot, const QString &qtHeaders)
    : m_root(std::move(srcRoot)), m_widgetHeaders(headerNames(qtHeaders + QStringLiteral("/QtWidgets"))),
      m_sqlHeaders(headerNames(qtHeaders + QStringLiteral("/QtSql")))
{
    // Every folder with a CMakeLists.txt, nested ones too (app/entry, app/shell …).
    QDirIterator lists(m_root, {QStringLiteral("CMakeLists.txt")}, QDir::Files, QDirIterator::Subdirectories);
    while (lists.hasNext()) {
        const QString folder = QDir(m_root).relativeFilePath(QFileInfo(lists.next()).path());
        if (folder != QLatin1String("."))
            readCMake(folder);
    }
}

int LayerScanner::rank(const QString &target)
{
    static const QHash<QString, int> ranks{
        {QStringLiteral("zhibiao_core"), 0},      {QStringLiteral("zhibiao_storage"), 1},
        {QStringLiteral("zhibiao_io"), 2},        {QStringLiteral("zhibiao_report"), 3},
        {QStringLiteral("zhibiao_dashboard"), 4}, {QStringLiteral("zhibiao_cli_lib"), 5},
        {QStringLiteral("zhibiao_app_common"), 5}, {QStringLiteral("zhibiao_app_entry"), 6},
        {QStringLiteral("zhibiao_app_report"), 6}, {QStringLiteral("zhibiao_app_admin"), 6},
        {QStringLiteral("zhibiao_app_lib"), 7}};
    return ranks.value(target, 8);
}

void LayerScanner::readCMake(const QString &folder)
{
    const QString text = readText(m_root + QLatin1Char('/') + folder + QStringLiteral("/CMakeLists.txt"));
    static const QRegularExpression target(
        QStringLiteral("(?:add_library|qt_add_executable|add_executable)\\(\\s*([\\w-]+)([^)]*)\\)"));
    for (const QRegularExpressionMatch &m : target.globalMatch(text)) {
        const QString name = m.captured(1);
        for (const QString &word : words(m.captured(2))) {
            if (!word.endsWith(QLatin1String(".cpp")) && !word.endsWith(QLatin1String(".h")))
                continue;
            const QString file = folder + QLatin1Char('/') + word;
            m_files[name] << file;
            m_ownerOfFile.insert(file, name);
        }
        m_files[name]; // a target without listed files still counts
    }
    static const QRegularExpression link(QStringLiteral("target_link_libraries\\(\\s*([\\w-]+)([^)]*)\\)"));
    for (const QRegularExpressionMatch &m : link.globalMatch(text)) {
        for (const QString &word : words(m.captured(2))) {
            if (word.startsWith(QLatin1String("zhibiao_")) || word.startsWith(QLatin1String("Qt6::")))
                m_links[m.captured(1)] << word;
        }
    }
}

QSet<QString> LayerScanner::reachable(const QString &target) const
{
    QSet<QString> seen;
    QStringList todo{target};
    while (!todo.isEmpty()) {
        const QString next = todo.takeLast();
        for (const QString &linked : m_links.value(next)) {
            if (!seen.contains(linked)) {
                seen.insert(linked);
                todo << linked;
            }
        }
    }
    return seen;
}

QStringList LayerScanner::violations() const
{
    QStringList found;
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        for (const QString &linked : it.value()) {
            if (linked.startsWith(QLatin1String("zhibiao_")) && rank(linked) >= rank(it.key()))
                found << QStringLiteral("%1 links %2, a layer at or above its own").arg(it.key(), linked);
        }
    }
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*([<\"])([^>\"]+)[>\"]"),
                                            QRegularExpression::MultilineOption);
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        const QString &self = it.key();
        const QSet<QString> linked = reachable(self);
        const bool widgetsAllowed = rank(self) >= rank(QStringLiteral("zhibiao_dashboard"));
        const bool sqlAllowed = self == QLatin1String("zhibiao_storage");
        for (const QString &file : it.value()) {
            const QString text = readText(m_root + QLatin1Char('/') + file);
            for (const QRegularExpressionMatch &m : include.globalMatch(text)) {
                const QString header = m.captured(2);
                const QString base = header.section(QLatin1Char('/'), -1);
                if (m.captured(1) == QLatin1String("<")) {
                    const bool widget = header.startsWith(QLatin1String("QtWidgets/")) || m_widgetHeaders.contains(base);
                    const bool sql = header.startsWith(QLatin1String("QtSql/")) || m_sqlHeaders.contains(base);
                    if (widget && !widgetsAllowed)
                        found << QStringLiteral("%1 (%2) includes the widget header <%3>").arg(file, self, header);
                    if (sql && !sqlAllowed)
                        found << QStringLiteral("%1 (%2) includes the QtSql header <%3>: SQL lives in storage")
                                     .arg(file, self, header);
                    continue;
                }
                const QString owner = m_ownerOfFile.value(header);
                if (owner.isEmpty() || owner == self)
                    continue; // generated (ui_*.h) or its own
                if (!linked.contains(owner))
                    found << QStringLiteral("%1 (%2) includes %3 of %4, which %2 does not link")
                                 .arg(file, self, header, owner);
            }
        }
    }
    found.sort();
    return found;
}

} // namespace zhibiao::test
