#pragma once

#include <QTreeWidget>

namespace zhibiao {

class EntryGridModel;

// Lists the entry grid's plausibility warnings; double-clicking one asks to go to its cell.
class ChecksPanel : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksPanel)

public:
    explicit ChecksPanel(QWidget *parent = nullptr);

    void showWarnings(const EntryGridModel &model);

Q_SIGNALS:
    void cellChosen(int row, int column);
};

} // namespace zhibiao
