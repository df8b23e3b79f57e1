#include "app/entry/entrycontroller.h"

#include "app/entry/entrygridmodel.h"
#include "app/entry/figureeditcommand.h"
#include "core/figure.h"
#include "storage/auditrepository.h"
#include "storage/figurerepository.h"
#include "storage/storageerror.h"

#include <QTime>
#include <QUndoStack>

namespace zhibiao {

EntryController::EntryController(EntryGridModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_undoStack(new QUndoStack(this))
{
    m_model->setEditHandler([this](const QList<CellEdit> &edits) {
        const CellEdit &first = edits.constFirst();
        const int row = m_model->rowOf(first.indicatorCode);
        const QString name = row >= 0 ? m_model->gridData().rows.at(row).indicator.name
                                      : first.indicatorCode;
        return apply(edits, tr("Edit %1 Q%2").arg(name).arg(first.quarter));
    });
}

void EntryController::setDatabase(const Database *db)
{
    m_undoStack->clear();
    m_db = db;
}

bool EntryController::apply(const QList<CellEdit> &edits, const QString &text)
{
    const EntryGridData &grid = m_model->gridData();
    QList<CellEdit> written = edits; // carries the versions the write produced
    if (edits.isEmpty() || !write(grid.orgUnitCode, grid.year, written, Direction::Redo))
        return false;
    m_undoStack->push(new FigureEditCommand(this, grid.orgUnitCode, grid.year, written, text));
    return true;
}

namespace {

qsizetype editOf(const QList<CellEdit> &edits, const StoredFigure &figure)
{
    for (qsizetype i = 0; i < edits.size(); ++i) {
        if (edits.at(i).indicatorCode == figure.indicatorCode && edits.at(i).quarter == figure.period.quarter)
            return i;
    }
    return -1;
}

// The figures one direction of the edits writes, each with the version it replaces.
struct Batch
{
    QList<ShownFigure> writes;
    QList<ShownFigure> removals; // first entries that an undo empties again
    QList<qsizetype> edits;      // the edit behind each write, then behind each removal

    const Figure &figure(qsizetype k) const
    {
        return k < writes.size() ? writes.at(k).figure : removals.at(k - writes.size()).figure;
    }
};

Batch batchOf(const QString &orgUnitCode, int year, const QList<CellEdit> &edits, bool undo)
{
    Batch batch;
    QList<qsizetype> removed;
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const CellEdit &edit = edits.at(i);
        const Period period{year, edit.quarter};
        const int shownVersion = undo ? edit.newVersion : edit.oldVersion;
        if (undo && !edit.oldValue) {
            batch.removals << ShownFigure{Figure{edit.indicatorCode, orgUnitCode, period, 0.0, {}}, shownVersion};
            removed << i;
            continue;
        }
        batch.writes << ShownFigure{Figure{edit.indicatorCode, orgUnitCode, period,
                                           undo ? *edit.oldValue : edit.newValue,
                                           undo ? edit.oldNote : edit.newNote},
                                    shownVersion};
        batch.edits << i;
    }
    batch.edits << removed;
    return batch;
}

// Makes the edits write over what is in the file now: what the step replaces (and its
// opposite direction restores) is then the other person's figure, not the one shown before.
void rebase(QList<CellEdit> &edits, const QList<StoredFigure> &stale, bool undo)
{
    for (const StoredFigure &stored : stale) {
        const qsizetype i = editOf(edits, stored);
        if (i < 0)
            continue;
        CellEdit &edit = edits[i];
        if (undo) {
            edit.newValue = stored.value.value_or(edit.newValue);
            edit.newNote = stored.note;
            edit.newVersion = stored.version;
        } else {
            edit.oldValue = stored.value;
            edit.oldNote = stored.note;
            edit.oldVersion = stored.version;
        }
    }
}

} // namespace

bool EntryController::write(const QString &orgUnitCode, int year, QList<CellEdit> &edits,
                            Direction direction)
{
    if (!m_db)
        return false;
    const bool undo = direction == Direction::Undo;
    // Asked again if the figures change once more while the person decides.
    for (;;) {
        const Batch batch = batchOf(orgUnitCode, year, edits, undo);
        CheckedApply outcome;
        try {
            outcome = FigureRepository(*m_db).applyIfUnchanged(batch.writes, batch.removals, m_userName,
                                                               undo ? QStringLiteral("undo") : QString());
        } catch (const StorageError &e) {
            Q_EMIT refused(e.message());
            return false;
        }
        if (outcome.written()) {
            QList<StoredFigure> written;
            for (qsizetype k = 0; k < batch.edits.size(); ++k) {
                const int version = outcome.versions.value(k);
                CellEdit &edit = edits[batch.edits.at(k)];
                (undo ? edit.oldVersion : edit.newVersion) = version;
                const Figure &figure = batch.figure(k);
                const bool removed = k >= batch.writes.size();
                written << StoredFigure{figure.indicatorCode, figure.orgUnitCode, figure.period,
                                        removed ? std::nullopt : std::optional<double>(figure.value),
                                        figure.note, version};
            }
            showStored(orgUnitCode, year, written);
            const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
            const auto count = written.size();
            Q_EMIT saved(count == 1 ? tr("Saved at %1.").arg(time)
                                    : tr("Saved %1 figures at %2.").arg(count).arg(time));
            return true;
        }
        const QList<FigureConflict> conflicts = conflictsOf(orgUnitCode, outcome.stale, edits, direction);
        const ConflictChoice choice = m_chooseOnConflict ? m_chooseOnConflict(conflicts)
                                                         : ConflictChoice::KeepTheirs;
        if (choice != ConflictChoice::UseMine) {
            showStored(orgUnitCode, year, outcome.stale);
            Q_EMIT saved(tr("Nothing was saved: kept the figures changed meanwhile in the file."));
            return false;
        }
        rebase(edits, outcome.stale, undo);
    }
}

QList<FigureConflict> EntryController::conflictsOf(const QString &orgUnitCode,
                                                   const QList<StoredFigure> &stale,
                                                   const QList<CellEdit> &edits,
                                                   Direction direction) const
{
    const EntryGridData &grid = m_model->gridData();
    const AuditRepository audit(*m_db);
    QList<FigureConflict> conflicts;
    for (const StoredFigure &stored : stale) {
        FigureConflict conflict;
        conflict.indicatorCode = stored.indicatorCode;
        conflict.indicatorName = stored.indicatorCode;
        conflict.quarter = stored.period.quarter;
        conflict.theirs = stored.value;
        const int row = m_model->rowOf(stored.indicatorCode);
        if (row >= 0 && grid.orgUnitCode == orgUnitCode) {
            conflict.indicatorName = grid.rows.at(row).indicator.name;
            conflict.precision = grid.rows.at(row).indicator.precision;
        }
        if (const qsizetype i = editOf(edits, stored); i >= 0) {
            const CellEdit &edit = edits.at(i);
            conflict.yours = direction == Direction::Undo ? edit.oldValue : std::optional<double>(edit.newValue);
        }
        const QList<AuditEntry> history = audit.entries(stored.indicatorCode, orgUnitCode,
                                                        stored.period.year, stored.period.quarter);
        if (!history.isEmpty())
            conflict.changedBy = history.constLast().userName;
        conflicts << conflict;
    }
    return conflicts;
}

void EntryController::showStored(const QString &orgUnitCode, int year, const QList<StoredFigure> &stored)
{
    const EntryGridData &grid = m_model->gridData();
    if (grid.orgUnitCode != orgUnitCode || grid.year != year)
        return;
    for (const StoredFigure &figure : stored)
        m_model->applyFigure(figure.indicatorCode, figure.period.quarter, figure.value, figure.note,
                             figure.version);
}

QList<QStringList> EntryController::splitTabSeparated(const QString &text)
{
    QString block = text;
    block.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    block.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    while (block.endsWith(QLatin1Char('\n')))
        block.chop(1);
    QList<QStringList> rows;
    if (block.isEmpty())
        return rows;
    for (const QString &line : block.split(QLatin1Char('\n')))
        rows << line.split(QLatin1Char('\t'));
    return rows;
}

bool EntryController::paste(const QModelIndex &at, const QString &text)
{
    const QList<QStringList> block = splitTabSeparated(text);
    if (!at.isValid() || block.isEmpty()) {
        Q_EMIT refused(tr("Nothing to paste: copy cells from a spreadsheet first."));
        return false;
    }
    QList<CellEdit> edits;
    int row = at.row();
    for (const QStringList &cells : block) {
        while (row < m_model->rowCount() && m_model->index(row, 0).data(EntryGridModel::GroupRole).toBool())
            ++row;
        if (row >= m_model->rowCount()) {
            Q_EMIT refused(tr("Nothing was pasted: the block has more rows than the grid below "
                              "the chosen cell."));
            return false;
        }
        for (int i = 0; i < cells.size(); ++i) {
            if (cells.at(i).trimmed().isEmpty())
                continue;
            const QModelIndex cell = m_model->index(row, at.column() + i);
            QString error;
            const QList<CellEdit> edit = m_model->editFor(cell, cells.at(i), &error);
            if (edit.isEmpty()) {
                Q_EMIT refused(tr("Nothing was pasted. %1")
                                   .arg(cell.isValid() ? error
                                                       : tr("The block has more columns than the grid.")));
                return false;
            }
            edits << edit;
        }
        ++row;
    }
    if (edits.isEmpty()) {
        Q_EMIT refused(tr("Nothing to paste: the copied cells are empty."));
        return false;
    }
    return apply(edits, tr("Paste %n figure(s)", nullptr, static_cast<int>(edits.size())));
}

} // namespace zhibiao
