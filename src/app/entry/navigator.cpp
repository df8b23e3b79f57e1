#include "app/entry/navigator.h"

#include <QTreeWidget>

#include <algorithm>

namespace zhibiao {

namespace {
enum Role { CategoryRole = Qt::UserRole + 1, SubcategoryRole, CodeRole };

QTreeWidgetItem *childWithText(QTreeWidgetItem *parent, const QString &text)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        if (parent->child(i)->data(0, CodeRole).toString().isEmpty() && parent->child(i)->text(0) == text)
            return parent->child(i);
    }
    return nullptr;
}
} // namespace

Navigator::Navigator(QTreeWidget *tree, QObject *parent) : QObject(parent), m_tree(tree)
{
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onCurrentItemChanged(current); });
}

void Navigator::setIndicators(const QList<Indicator> &indicators)
{
    QList<Indicator> ordered = indicators;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Indicator &a, const Indicator &b) { return a.sortOrder < b.sortOrder; });
    m_filling = true;
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> categories;
    for (const Indicator &indicator : std::as_const(ordered)) {
        QTreeWidgetItem *category = categories.value(indicator.category);
        if (!category) {
            category = new QTreeWidgetItem(m_tree, {indicator.category});
            category->setData(0, CategoryRole, indicator.category);
            categories.insert(indicator.category, category);
        }
        QTreeWidgetItem *parent = category;
        if (!indicator.subcategory.isEmpty()) {
            parent = childWithText(category, indicator.subcategory);
            if (!parent) {
                parent = new QTreeWidgetItem(category, {indicator.subcategory});
                parent->setData(0, CategoryRole, indicator.category);
                parent->setData(0, SubcategoryRole, indicator.subcategory);
            }
        }
        auto *item = new QTreeWidgetItem(parent, {indicator.name});
        item->setData(0, CategoryRole, indicator.category);
        item->setData(0, SubcategoryRole, indicator.subcategory);
        item->setData(0, CodeRole, indicator.code);
        item->setToolTip(0, tr("%1 %2 (%3)").arg(indicator.code, indicator.name, indicator.unit));
    }
    m_filling = false;
}

void Navigator::select(const QString &category, const QString &subcategory)
{
    m_filling = true;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->text(0) != category)
            continue;
        QTreeWidgetItem *chosen = subcategory.isEmpty() ? item : childWithText(item, subcategory);
        m_tree->setCurrentItem(chosen ? chosen : item);
        (chosen ? chosen : item)->setExpanded(true);
        break;
    }
    m_filling = false;
}

void Navigator::onCurrentItemChanged(QTreeWidgetItem *item)
{
    if (m_filling || !item)
        return;
    const QString category = item->data(0, CategoryRole).toString();
    const QString subcategory = item->data(0, SubcategoryRole).toString();
    const QString code = item->data(0, CodeRole).toString();
    if (code.isEmpty())
        Q_EMIT groupChosen(category, subcategory);
    else
        Q_EMIT indicatorChosen(category, subcategory, code);
}

} // namespace zhibiao
