#include "app/report/reportfontsdialog.h"

#include "ui_reportfontsdialog.h"

#include <QPushButton>

namespace zhibiao {

ReportFontsDialog::ReportFontsDialog(const ReportStyle &style, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportFontsDialog>())
{
    m_ui->setupUi(this);
    show(style);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        m_reset = true;
        show(ReportStyle::defaults());
    });
}

ReportFontsDialog::~ReportFontsDialog() = default;

void ReportFontsDialog::show(const ReportStyle &style)
{
    m_ui->titleFont->setCurrentFont(QFont(style.titleFamily));
    m_ui->bodyFont->setCurrentFont(QFont(style.bodyFamily));
    m_ui->headingFont->setCurrentFont(QFont(style.headingFamily));
    m_ui->subheadingFont->setCurrentFont(QFont(style.subheadingFamily));
    m_ui->titleSize->setValue(style.titlePointSize);
    m_ui->bodySize->setValue(style.bodyPointSize);
    m_ui->tableSize->setValue(style.tablePointSize);
}

ReportStyle ReportFontsDialog::style() const
{
    ReportStyle style;
    style.titleFamily = m_ui->titleFont->currentFont().family();
    style.bodyFamily = m_ui->bodyFont->currentFont().family();
    style.headingFamily = m_ui->headingFont->currentFont().family();
    style.subheadingFamily = m_ui->subheadingFont->currentFont().family();
    style.titlePointSize = m_ui->titleSize->value();
    style.bodyPointSize = m_ui->bodySize->value();
    style.tablePointSize = m_ui->tableSize->value();
    return style;
}

} // namespace zhibiao
