#include "app/entry/returnreasondialog.h"

#include "ui_returnreasondialog.h"

#include <QPushButton>

namespace zhibiao {

ReturnReasonDialog::ReturnReasonDialog(const QString &what, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReturnReasonDialog>())
{
    m_ui->setupUi(this);
    m_ui->promptLabel->setText(
        tr("Return %1 to its staff. Say what must be corrected; they see the reason.").arg(what));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Return"));
    ok->setEnabled(false);
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this,
            [this, ok] { ok->setEnabled(!reason().isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReturnReasonDialog::~ReturnReasonDialog() = default;

QString ReturnReasonDialog::reason() const
{
    return m_ui->reasonEdit->toPlainText().trimmed();
}

} // namespace zhibiao
