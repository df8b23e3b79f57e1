#include "app/entrycontroller.h"

#include "app/entrygridmodel.h"
#include "app/figureeditcommand.h"
#include "core/figure.h"
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
    if (edits.isEmpty() || !write(grid.orgUnitCode, grid.year, edits, Direction::Redo))
        return false;
    m_undoStack->push(new FigureEditCommand(this, grid.orgUnitCode, grid.year, edits, text));
    return true;
}

bool EntryController::write(const QString &orgUnitCode, int year, const QList<CellEdit> &edits,
                            Direction direction)
{
    if (!m_db)
        return false;
    const bool undo = direction == Direction::Undo;
    QList<Figure> figures;
    QList<Figure> removals; // first entries that an undo empties again
    for (const CellEdit &edit : edits) {
        if (undo && !edit.oldValue) {
            removals << Figure{edit.indicatorCode, orgUnitCode, Period{year, edit.quarter}, 0.0, {}};
            continue;
        }
        figures << Figure{edit.indicatorCode, orgUnitCode, Period{year, edit.quarter},
                          undo ? *edit.oldValue : edit.newValue, undo ? edit.oldNote : edit.newNote};
    }
    try {
        FigureRepository(*m_db).apply(figures, removals, m_userName, undo ? tr("undo") : QString());
    } catch (const StorageError &e) {
        Q_EMIT refused(e.message());
        return false;
    }
    const EntryGridData &grid = m_model->gridData();
    if (grid.orgUnitCode == orgUnitCode && grid.year == year) {
        for (const Figure &figure : std::as_const(figures))
            m_model->applyFigure(figure.indicatorCode, figure.period.quarter, figure.value, figure.note);
        for (const Figure &figure : std::as_const(removals))
            m_model->applyFigure(figure.indicatorCode, figure.period.quarter, std::nullopt, {});
    }
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    const auto count = figures.size() + removals.size();
    QString message = count == 1 ? tr("Saved at %1.").arg(time)
                                 : tr("Saved %1 figures at %2.").arg(count).arg(time);
    Q_EMIT saved(message);
    return true;
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
