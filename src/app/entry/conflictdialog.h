#pragma once

#include "app/entry/figureconflict.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace zhibiao {

namespace Ui {
class ConflictDialog;
}

// Shows the figures someone else changed after the grid showed them, each with the value
// typed and the value now in the file, and lets the person keep theirs or use their own.
class ConflictDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    explicit ConflictDialog(const QList<FigureConflict> &conflicts, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    // "城镇新增就业 Q4: yours 1.90, in the file now 1.85 (changed by bob)"
    static QString describe(const FigureConflict &conflict);
    // Asks modally; closing the dialog keeps theirs.
    static ConflictChoice ask(const QList<FigureConflict> &conflicts, QWidget *parent);

    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QPushButton *useMineButton() const { return m_useMine; }

private:
    std::unique_ptr<Ui::ConflictDialog> m_ui;
    QPushButton *m_keepTheirs;
    QPushButton *m_useMine;
};

} // namespace zhibiao
