#include "app/report/reporttargetstable.h"

#include "core/numberformat.h"
#include "core/numberinput.h"
#include "report/targetadopter.h"
#include "storage/storageerror.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zhibiao {

namespace {
QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}
} // namespace

ReportTargetsTable::ReportTargetsTable(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("proposalTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_adopt = new QPushButton;
    m_adopt->setObjectName(QStringLiteral("adoptTargets"));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_adopt);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Proposed from this year's figures and last year's growth. "
                                    "Edit the proposed values, then adopt them.")));
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    connect(m_adopt, &QPushButton::clicked, this, &ReportTargetsTable::adopt);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Adopt targets"), question) == QMessageBox::Yes;
    };
}

ReportTargetsTable::~ReportTargetsTable() = default;

void ReportTargetsTable::setContext(const Database *db, int year, const QString &userName)
{
    m_db = db;
    m_year = year;
    m_userName = userName;
    m_adopt->setText(tr("Adopt as %1 targets…").arg(year + 1));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Indicator"), tr("Unit"), tr("%1 target").arg(year),
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
        m_status->setText(e.message());
    }
    m_table->setRowCount(static_cast<int>(m_proposals.size()));
    for (int row = 0; row < m_proposals.size(); ++row) {
        const TargetProposal &p = m_proposals.at(row);
        const int precision = p.indicator.precision;
        m_table->setItem(row, CodeColumn, readOnly(p.indicator.code));
        m_table->setItem(row, NameColumn, readOnly(p.indicator.name));
        m_table->setItem(row, UnitColumn, readOnly(p.indicator.unit));
        m_table->setItem(row, TargetColumn, readOnly(NumberFormat::number(p.currentTarget, precision)));
        m_table->setItem(row, ValueColumn,
                         readOnly(p.currentValue ? NumberFormat::number(*p.currentValue, precision) : QStringLiteral("—")));
        m_table->setItem(row, ProposedColumn, new QTableWidgetItem(NumberFormat::number(p.proposed, precision)));
    }
    m_table->resizeColumnsToContents();
    m_adopt->setEnabled(!m_proposals.isEmpty());
    if (m_proposals.isEmpty())
        m_status->setText(tr("No proposals: %1 has no targets with figures.").arg(m_year));
}

QList<TargetProposal> ReportTargetsTable::editedProposals(bool *ok) const
{
    if (ok)
        *ok = true;
    QList<TargetProposal> result = m_proposals;
    for (int row = 0; row < result.size(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, ProposedColumn);
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
        m_status->setText(tr("Every proposed value must be a number; correct the Proposed column."));
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
        m_status->setText(outcome.error);
        return false;
    }
    m_status->setText(tr("Adopted as %1 targets: %2 new, %3 changed, %4 unchanged.")
                          .arg(m_year + 1)
                          .arg(outcome.counts.inserted)
                          .arg(outcome.counts.updated)
                          .arg(outcome.counts.unchanged));
    Q_EMIT adopted();
    return true;
}

QString ReportTargetsTable::statusText() const
{
    return m_status->text();
}

} // namespace zhibiao
