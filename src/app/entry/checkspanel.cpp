#include "app/entry/checkspanel.h"

#include "app/entry/entrygridmodel.h"

#include <QHeaderView>

namespace zhibiao {

ChecksPanel::ChecksPanel(QWidget *parent) : QTreeWidget(parent)
{
    setRootIsDecorated(false);
    setColumnCount(3);
    setHeaderLabels({tr("Indicator"), tr("Quarter"), tr("Warning")});
    setWordWrap(true);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT cellChosen(item->data(0, Qt::UserRole).toInt(), item->data(1, Qt::UserRole).toInt());
    });
}

void ChecksPanel::showWarnings(const EntryGridModel &model)
{
    clear();
    for (const auto &[row, warning] : model.warnings()) {
        const int column = warning.rule == PlausibilityRule::RedWithoutNote
                               ? EntryGridModel::NoteColumn
                               : EntryGridModel::columnOfQuarter(warning.quarter);
        auto *item = new QTreeWidgetItem(
            this, {model.gridData().rows.at(row).indicator.name, tr("Q%1").arg(warning.quarter),
                   warning.message});
        item->setData(0, Qt::UserRole, row);
        item->setData(1, Qt::UserRole, column);
        item->setToolTip(2, warning.message);
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
}

} // namespace zhibiao
