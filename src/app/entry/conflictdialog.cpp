#include "app/entry/conflictdialog.h"

#include "core/numberformat.h"
#include "ui_conflictdialog.h"

#include <QPushButton>

namespace zhibiao {

ConflictDialog::ConflictDialog(const QList<FigureConflict> &conflicts, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConflictDialog>())
{
    m_ui->setupUi(this);
    for (const FigureConflict &conflict : conflicts)
        m_ui->conflictList->addItem(describe(conflict));
    // Keeping theirs is the default: Enter or Escape never overwrites someone's figure.
    m_keepTheirs = m_ui->buttonBox->addButton(tr("Keep theirs"), QDialogButtonBox::RejectRole);
    m_useMine = m_ui->buttonBox->addButton(tr("Use mine"), QDialogButtonBox::AcceptRole);
    m_keepTheirs->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConflictDialog::~ConflictDialog() = default;

QString ConflictDialog::describe(const FigureConflict &conflict)
{
    const auto number = [&](const std::optional<double> &value) {
        return value ? NumberFormat::number(*value, conflict.precision) : tr("empty");
    };
    const QString text = tr("%1 Q%2: yours %3, in the file now %4")
                             .arg(conflict.indicatorName)
                             .arg(conflict.quarter)
                             .arg(number(conflict.yours), number(conflict.theirs));
    return conflict.changedBy.isEmpty() ? text
                                        : tr("%1 (changed by %2)").arg(text, conflict.changedBy);
}

ConflictChoice ConflictDialog::ask(const QList<FigureConflict> &conflicts, QWidget *parent)
{
    ConflictDialog dialog(conflicts, parent);
    return dialog.exec() == QDialog::Accepted ? ConflictChoice::UseMine
                                              : ConflictChoice::KeepTheirs;
}

} // namespace zhibiao
