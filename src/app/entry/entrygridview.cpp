#include "app/entry/entrygridview.h"

#include "app/entry/entrygridmodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QStyle>
#include <QToolTip>

#include <algorithm>

namespace zhibiao {

EntryGridView::EntryGridView(QWidget *parent) : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
}

void EntryGridView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(EntryGridModel::NoteColumn, QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(56);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
}

void EntryGridView::restoreAfterReset(const QString &code, int column)
{
    updateSpans();
    resizeColumnsToContents();
    reserveWarningIconWidth();
    setColumnWidth(EntryGridModel::NameColumn, std::min(columnWidth(EntryGridModel::NameColumn), 380));
    int first = -1;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, column);
        if (index.data(EntryGridModel::GroupRole).toBool())
            continue;
        if (first < 0)
            first = row;
        if (index.data(EntryGridModel::CodeRole).toString() == code) {
            setCurrentIndex(index);
            return;
        }
    }
    if (first >= 0)
        setCurrentIndex(model()->index(first, column));
}

int EntryGridView::warningIconWidth() const
{
    // The decoration's width and the gap the style leaves between icon and text.
    return iconSize().isValid() && iconSize().width() > 0
               ? iconSize().width() + 4
               : style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4;
}

void EntryGridView::reserveWarningIconWidth()
{
    // A check may put a warning icon into any figure cell after the columns were sized:
    // the room for it is kept from the start, so a value is never squeezed to "12…".
    for (int column = EntryGridModel::UnitColumn; column < EntryGridModel::NoteColumn; ++column)
        setColumnWidth(column, sizeHintForColumnWithoutIcon(column) + warningIconWidth());
}

int EntryGridView::sizeHintForColumnWithoutIcon(int column) const
{
    // sizeHintForColumn counts an icon already shown; the widest text plus padding is the
    // same for every cell, so measure it without the decoration.
    int widest = horizontalHeader()->sectionSizeHint(column);
    const QFontMetrics plain = fontMetrics();
    QFont boldFont = font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    const int padding = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 1;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, column);
        if (index.data(EntryGridModel::GroupRole).toBool())
            continue; // heading rows span the grid
        const QString text = index.data(Qt::DisplayRole).toString();
        const bool isBold = index.data(Qt::FontRole).value<QFont>().bold();
        widest = std::max(widest, (isBold ? bold : plain).horizontalAdvance(text) + padding);
    }
    return widest;
}

void EntryGridView::updateSpans()
{
    clearSpans();
    if (!model())
        return;
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (model()->index(row, 0).data(EntryGridModel::GroupRole).toBool())
            setSpan(row, 0, 1, model()->columnCount());
    }
}

void EntryGridView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Return commits as SubmitModelCache: the cursor then goes down, as in a spreadsheet.
    QTableView::closeEditor(editor, hint == QAbstractItemDelegate::SubmitModelCache
                                        ? QAbstractItemDelegate::NoHint
                                        : hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        moveDown();
}

void EntryGridView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && state() != QAbstractItemView::EditingState && event->modifiers() == Qt::NoModifier) {
        moveDown();
        event->accept();
        return;
    }
    if (refuseTypingIntoReadOnlyCell(event))
        return;
    QTableView::keyPressEvent(event);
}

// Typing into a Σ row or a locked quarter used to vanish without a word: the view would
// simply not open an editor. Say why, in place and in the status bar.
bool EntryGridView::refuseTypingIntoReadOnlyCell(QKeyEvent *event)
{
    if (state() == QAbstractItemView::EditingState || !model())
        return false;
    const bool typing = (!event->text().isEmpty() && event->text().at(0).isPrint()
                         && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
                        || event->key() == Qt::Key_F2 || event->key() == Qt::Key_Delete
                        || event->key() == Qt::Key_Backspace;
    if (!typing)
        return false;
    const auto *grid = qobject_cast<const EntryGridModel *>(model());
    const QString reason = grid ? grid->readOnlyReason(currentIndex()) : QString();
    if (reason.isEmpty())
        return false;
    const QRect cell = visualRect(currentIndex());
    QToolTip::showText(viewport()->mapToGlobal(cell.bottomLeft()), reason, viewport(), cell);
    Q_EMIT refused(reason);
    event->accept();
    return true;
}

void EntryGridView::moveDown()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !model())
        return;
    for (int row = current.row() + 1; row < model()->rowCount(); ++row) {
        if (!model()->index(row, 0).data(EntryGridModel::GroupRole).toBool()) {
            setCurrentIndex(model()->index(row, current.column()));
            return;
        }
    }
}

} // namespace zhibiao
