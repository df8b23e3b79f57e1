#pragma once

#include "io/importer.h"

#include <QCoreApplication>
#include <QList>

namespace zhibiao {

class Database;

// What importing one row of a file would do.
struct PreviewRow
{
    enum class Status { New, Changed, Unchanged, Refused };

    int line = 0; // CSV line or spreadsheet row
    Status status = Status::Refused;
    QString key;    // what the row is about, such as "JY01 D01 2019Q3"
    QString before; // changed: what the database holds now
    QString after;  // what the file says
    QString reason; // refused: why, and what to do
    QString warning; // not refused, but looks wrong (ImportWarnings): what to check
};

// The effect of importing a file, computed against the database without writing to it:
// each row new, changed (old -> new), unchanged or refused, the last with its reason
// (a validation error, or a quarter the user may not change). Committing goes through
// Importer::import, all or nothing, and is only offered when nothing is refused.
class ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ImportPreview)

public:
    static ImportPreview compute(const Database &db, const QString &userName, InterchangeKind kind,
                                 const RecordTable &table, const ImportProgress &progress = {});

    InterchangeKind kind() const { return m_kind; }
    const QList<PreviewRow> &rows() const { return m_rows; }
    // What is wrong with the file as a whole (unreadable, header row lacking columns).
    const QList<ImportIssue> &fileErrors() const { return m_fileErrors; }
    int count(PreviewRow::Status status) const;
    int warningCount() const;
    bool canCommit() const;

    static QString statusText(PreviewRow::Status status);

private:
    void compareFigures(const Database &db, const QString &userName, const ImportRows &rows);
    void compareTargets(const Database &db, const ImportRows &rows);
    void compareIndicators(const Database &db, const ImportRows &rows);
    void compareOrgUnits(const Database &db, const ImportRows &rows);
    PreviewRow &rowAt(int line);

    InterchangeKind m_kind = InterchangeKind::Figures;
    QList<PreviewRow> m_rows;
    QHash<int, qsizetype> m_rowOfLine;
    QList<ImportIssue> m_fileErrors;
};

} // namespace zhibiao
