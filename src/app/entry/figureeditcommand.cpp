#include "app/entry/figureeditcommand.h"

#include "app/entry/entrycontroller.h"

namespace zhibiao {

FigureEditCommand::FigureEditCommand(EntryController *controller, QString orgUnitCode, int year,
                                     QList<CellEdit> edits, const QString &text)
    : QUndoCommand(text), m_controller(controller), m_orgUnitCode(std::move(orgUnitCode)),
      m_year(year), m_edits(std::move(edits))
{
}

// A step the file refused (a locked quarter) or the person declined (someone else's figure
// kept) is taken off the stack, which otherwise would describe a state the file never had.
void FigureEditCommand::undo()
{
    if (!m_controller->write(m_orgUnitCode, m_year, m_edits, EntryController::Direction::Undo))
        setObsolete(true);
    m_written = false;
}

void FigureEditCommand::redo()
{
    if (m_written)
        return;
    if (!m_controller->write(m_orgUnitCode, m_year, m_edits, EntryController::Direction::Redo))
        setObsolete(true);
    m_written = true;
}

} // namespace zhibiao
