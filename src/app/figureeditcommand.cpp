#include "app/figureeditcommand.h"

#include "app/entrycontroller.h"

namespace zhibiao {

FigureEditCommand::FigureEditCommand(EntryController *controller, QString orgUnitCode, int year,
                                     QList<CellEdit> edits, const QString &text)
    : QUndoCommand(text), m_controller(controller), m_orgUnitCode(std::move(orgUnitCode)),
      m_year(year), m_edits(std::move(edits))
{
}

void FigureEditCommand::undo()
{
    m_controller->write(m_orgUnitCode, m_year, m_edits, EntryController::Direction::Undo);
    m_written = false;
}

void FigureEditCommand::redo()
{
    if (m_written)
        return;
    m_controller->write(m_orgUnitCode, m_year, m_edits, EntryController::Direction::Redo);
    m_written = true;
}

} // namespace zhibiao
