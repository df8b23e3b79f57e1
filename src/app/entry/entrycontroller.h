#pragma once

#include "app/entry/entrygriddata.h"
#include "app/entry/figureconflict.h"

#include <QObject>

class QModelIndex;
class QUndoStack;

namespace zhibiao {

class Database;
class EntryGridModel;
struct StoredFigure;

// Writes the entry grid's edits: each edit or paste is saved at once (one transaction
// with its audit rows, by the current user) and becomes one step on the undo stack.
// Each write is checked against the figure versions the grid showed: when someone else
// changed one of them meanwhile, nothing is written and the conflict chooser decides.
class EntryController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryController)

public:
    enum class Direction { Redo, Undo };

    explicit EntryController(EntryGridModel *model, QObject *parent = nullptr);

    void setDatabase(const Database *db); // clears the undo stack
    void setUserName(const QString &name) { m_userName = name; }
    QString userName() const { return m_userName; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Without a chooser, figures changed meanwhile are kept and nothing is written.
    void setConflictChooser(ConflictChooser chooser) { m_chooseOnConflict = std::move(chooser); }

    // Writes the edits of the grid's current org unit and year, then pushes one undo step.
    // Returns false, having emitted refused(), when storage refuses them.
    bool apply(const QList<CellEdit> &edits, const QString &text);
    // Pastes a tab-separated block with its top-left cell at `at`: all cells or none.
    bool paste(const QModelIndex &at, const QString &text);
    // Writes the edits' new (Redo) or old (Undo) values; used by the undo commands. Keeps
    // the versions the write produced in the edits, so that the next step is based on them.
    // Returns false when storage refused or the person kept figures changed meanwhile.
    bool write(const QString &orgUnitCode, int year, QList<CellEdit> &edits, Direction direction);

    static QList<QStringList> splitTabSeparated(const QString &text);

Q_SIGNALS:
    // The grid and the file agree again: after a write, or after keeping figures that
    // someone else changed meanwhile (nothing written then, as the message says).
    void saved(const QString &message);
    void refused(const QString &message);

private:
    QList<FigureConflict> conflictsOf(const QString &orgUnitCode, const QList<StoredFigure> &stale,
                                      const QList<CellEdit> &edits, Direction direction) const;
    void showStored(const QString &orgUnitCode, int year, const QList<StoredFigure> &stored);

    EntryGridModel *m_model;
    const Database *m_db = nullptr;
    QString m_userName;
    QUndoStack *m_undoStack;
    ConflictChooser m_chooseOnConflict;
};

} // namespace zhibiao
