#include "storage/migrations.h"

#include "storage/storageerror.h"

#include <QFile>

namespace zhibiao::Migrations {

namespace {
const QStringList &stepFiles()
{
    static const QStringList files = {QStringLiteral(":/sql/0001_initial.sql"),
                                       QStringLiteral(":/sql/0002_audit_index.sql"),
                                       QStringLiteral(":/sql/0003_quarter_states.sql"),
                                       QStringLiteral(":/sql/0004_change_log.sql"),
                                       QStringLiteral(":/sql/0005_indicator_phrases.sql"),
                                       QStringLiteral(":/sql/0006_figures_period_index.sql"),
                                       QStringLiteral(":/sql/0007_targets_year_index.sql")};
    return files;
}
} // namespace

int latestVersion()
{
    return static_cast<int>(stepFiles().size());
}

QStringList splitStatements(const QString &script)
{
    QStringList result;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (current.isEmpty() && (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        const bool topLevel = !line.isEmpty() && !line.front().isSpace();
        if (topLevel && line.trimmed().endsWith(QLatin1Char(';'))) {
            result << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

QStringList statements(int version)
{
    if (version < 1 || version > latestVersion())
        throw StorageError(QStringLiteral("no schema step %1").arg(version));
    QFile file(stepFiles().at(version - 1));
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(QStringLiteral("schema step %1 is missing from the program").arg(version));
    return splitStatements(QString::fromUtf8(file.readAll()));
}

} // namespace zhibiao::Migrations
