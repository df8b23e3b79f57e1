#include "app/report/reporttargetstable.h"

#include "core/numberformat.h"
#include "core/numberinput.h"
#include "report/targetadopter.h"
#include "storage/storageerror.h"
#include "ui_reporttargetstable.h"

#include <QMessageBox>

namespace zhibiao {

namespace {
QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}
} // namespace

ReportTargetsTable::ReportTargetsTable(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReportTargetsTable>())
{
    m_ui->setupUi(this);
    m_ui->proposalTable->setColumnCount(ColumnCount); // headed in setContext, by the year
    m_ui->proposalTable->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    connect(m_ui->adoptTargets, &QPushButton::clicked, this, &ReportTargetsTable::adopt);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Adopt targets"), question) == QMessageBox::Yes;
    };
}

ReportTargetsTable::~ReportTargetsTable() = default;

QTableWidget *ReportTargetsTable::table() const
{
    return m_ui->proposalTable;
}

void ReportTargetsTable::setContext(const Database *db, int year, const QString &userName)
{
    m_db = db;
    m_year = year;
    m_userName = userName;
    m_ui->adoptTargets->setText(tr("Adopt as %1 targets…").arg(year + 1));
    m_ui->proposalTable->setHorizontalHeaderLabels({tr("Code"), tr("Indicator"), tr("Unit"), tr("%1 target").arg(year),
                                                    tr("%1 figure").arg(year), tr("Proposed %1").arg(year + 1)});
    reload();
}

void ReportTargetsTable::reload()
{
    m_proposals.clear();
    try {
        if (m_db)
            m_proposals = TargetAdopter(*m_db).proposals(m_year);
    } catch (const StorageError &e) {
        m_ui->status->setText(e.message());
    }
    m_ui->proposalTable->setRowCount(static_cast<int>(m_proposals.size()));
    for (int row = 0; row < m_proposals.size(); ++row) {
        const TargetProposal &p = m_proposals.at(row);
        const int precision = p.indicator.precision;
        m_ui->proposalTable->setItem(row, CodeColumn, readOnly(p.indicator.code));
        m_ui->proposalTable->setItem(row, NameColumn, readOnly(p.indicator.name));
        m_ui->proposalTable->setItem(row, UnitColumn, readOnly(p.indicator.unit));
        m_ui->proposalTable->setItem(row, TargetColumn, readOnly(NumberFormat::number(p.currentTarget, precision)));
        m_ui->proposalTable->setItem(row, ValueColumn,
                         readOnly(p.currentValue ? NumberFormat::number(*p.currentValue, precision) : QStringLiteral("—")));
        m_ui->proposalTable->setItem(row, ProposedColumn, new QTableWidgetItem(NumberFormat::number(p.proposed, precision)));
    }
    m_ui->proposalTable->resizeColumnsToContents();
    m_ui->adoptTargets->setEnabled(!m_proposals.isEmpty());
    if (m_proposals.isEmpty())
        m_ui->status->setText(tr("No proposals: %1 has no targets with figures.").arg(m_year));
}

QList<TargetProposal> ReportTargetsTable::editedProposals(bool *ok) const
{
    if (ok)
        *ok = true;
    QList<TargetProposal> result = m_proposals;
    for (int row = 0; row < result.size(); ++row) {
        const QTableWidgetItem *item = m_ui->proposalTable->item(row, ProposedColumn);
        const std::optional<double> value =
            item ? parseNumberInput(item->text(), result.at(row).indicator.precision).value : std::nullopt;
        if (!value) {
            if (ok)
                *ok = false;
            continue;
        }
        result[row].proposed = *value;
    }
    return result;
}

bool ReportTargetsTable::adopt()
{
    if (!m_db)
        return false;
    bool ok = false;
    const QList<TargetProposal> proposals = editedProposals(&ok);
    if (!ok) {
        m_ui->status->setText(tr("Every proposed value must be a number; correct the Proposed column."));
        return false;
    }
    if (!m_confirm(tr("Write these %n value(s) as the %1 targets of the city? "
                      "The change is recorded under your name.", nullptr, static_cast<int>(proposals.size()))
                       .arg(m_year + 1)))
        return false;
    const TargetAdopter adopter(*m_db);
    TargetAdopter::Outcome outcome = adopter.adopt(m_year, {}, proposals, m_userName, false);
    if (!outcome.ok && !outcome.conflicts.isEmpty()
        && m_confirm(tr("%1 already has %n target(s) with other values. Replace them?", nullptr,
                        static_cast<int>(outcome.conflicts.size()))
                         .arg(m_year + 1)))
        outcome = adopter.adopt(m_year, {}, proposals, m_userName, true);
    if (!outcome.ok) {
        m_ui->status->setText(outcome.error);
        return false;
    }
    m_ui->status->setText(tr("Adopted as %1 targets: %2 new, %3 changed, %4 unchanged.")
                          .arg(m_year + 1)
                          .arg(outcome.counts.inserted)
                          .arg(outcome.counts.updated)
                          .arg(outcome.counts.unchanged));
    Q_EMIT adopted();
    return true;
}

QString ReportTargetsTable::statusText() const
{
    return m_ui->status->text();
}

} // namespace zhibiao
