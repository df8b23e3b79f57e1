#pragma once

#include "app/entry/entrygriddata.h"

#include <QUndoCommand>

namespace zhibiao {

class EntryController;

// One undo step: the figures changed by one edit or one paste. The first redo is the
// edit already written; every later undo and redo writes through the repository again,
// so that each is audited like any other change.
class FigureEditCommand : public QUndoCommand
{
public:
    FigureEditCommand(EntryController *controller, QString orgUnitCode, int year,
                      QList<CellEdit> edits, const QString &text);

    void undo() override;
    void redo() override;

private:
    EntryController *m_controller;
    QString m_orgUnitCode;
    int m_year;
    QList<CellEdit> m_edits;
    bool m_written = true; // the edit is in the database when the command is pushed
};

} // namespace zhibiao
