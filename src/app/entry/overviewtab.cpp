#include "app/entry/overviewtab.h"

#include "app/entry/categorygroupdelegate.h"
#include "app/entry/statustablemodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <map>

namespace zhibiao {

OverviewTab::OverviewTab(QTableView *view, QComboBox *categories, QLabel *summary, QObject *parent)
    : QObject(parent), m_view(view), m_categories(categories), m_summary(summary),
      m_model(new StatusTableModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(StatusTableModel::CategoryRole);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(
        new CategoryGroupDelegate(StatusTableModel::CategoryColumn, Qt::DisplayRole, this));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StatusTableModel::NoteColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(48);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    connect(m_categories, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            applyCategory();
    });
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void OverviewTab::setRows(QList<StatusRow> rows, const QString &where, const QString &emptyReason)
{
    m_where = where;
    m_emptyReason = emptyReason;
    m_model->setRows(std::move(rows));
    updateSummary();
}

void OverviewTab::fillCategories()
{
    m_filling = true;
    m_categories->clear();
    m_categories->addItem(tr("All categories"), QString());
    for (const StatusRow &row : m_model->rows()) {
        if (m_categories->findData(row.indicator.category) < 0)
            m_categories->addItem(row.indicator.category, row.indicator.category);
    }
    m_filling = false;
    applyCategory();
}

void OverviewTab::setDarkTheme(bool dark)
{
    m_model->setDarkTheme(dark);
}

void OverviewTab::applyCategory()
{
    const QString category = m_categories->currentData().toString();
    if (category.isEmpty())
        m_proxy->setFilterRegularExpression(QString());
    else
        m_proxy->setFilterRegularExpression(
            QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(category))));
    updateSummary();
}

void OverviewTab::updateSummary()
{
    if (m_where.isEmpty()) {
        m_summary->setText(m_emptyReason);
        return;
    }
    std::map<Status, int> counts;
    const int shown = m_proxy->rowCount();
    for (int row = 0; row < shown; ++row)
        ++counts[static_cast<Status>(
            m_proxy->index(row, 0).data(StatusTableModel::StatusRole).toInt())];

    QStringList parts;
    const auto add = [&](Status status, const QString &text) {
        if (counts[status] > 0)
            parts << text.arg(counts[status]);
    };
    add(Status::Ahead, tr("%1 on track"));
    add(Status::Behind, tr("%1 behind"));
    add(Status::SeriouslyBehind, tr("%1 seriously behind"));
    add(Status::Met, tr("%1 met"));
    add(Status::Missed, tr("%1 missed"));
    add(Status::NoTarget, tr("%1 without target"));
    add(Status::NoData, tr("%1 without figures"));

    QStringList where{m_where};
    if (!m_categories->currentData().toString().isEmpty())
        where << m_categories->currentText();
    const QString count = shown == 1 ? tr("1 indicator") : tr("%1 indicators").arg(shown);
    const QString middleDot = QStringLiteral(" \u00b7 ");
    m_summary->setText(where.join(middleDot) + middleDot + count
                       + (parts.isEmpty() ? QString() : tr(": %1").arg(parts.join(tr(", ")))));
}

} // namespace zhibiao
