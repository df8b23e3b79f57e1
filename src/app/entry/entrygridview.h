#pragma once

#include <QTableView>

namespace zhibiao {

// The entry grid's view: Enter moves down like a spreadsheet, Tab moves right; heading
// rows span the grid and are skipped.
class EntryGridView : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryGridView)

public:
    explicit EntryGridView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // The width a cell's warning icon takes beside its text.
    int warningIconWidth() const;

    // After the model was reset: spans heading rows, sizes the columns and puts the cursor
    // back on the indicator it was on (code), else on the first figure of column.
    void restoreAfterReset(const QString &code, int column);

Q_SIGNALS:
    // A key was typed into a cell that cannot take it: the reason, for the status bar.
    void refused(const QString &message);

protected:
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateSpans();
    void reserveWarningIconWidth();
    int sizeHintForColumnWithoutIcon(int column) const;
    void moveDown();
    bool refuseTypingIntoReadOnlyCell(QKeyEvent *event);
};

} // namespace zhibiao
