#pragma once

#include "core/indicator.h"

#include <QObject>

class QTreeWidget;
class QTreeWidgetItem;

namespace zhibiao {

// Fills the navigator tree (categories → sub-categories → indicators) and says what was
// chosen in it.
class Navigator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Navigator)

public:
    explicit Navigator(QTreeWidget *tree, QObject *parent = nullptr);

    void setIndicators(const QList<Indicator> &indicators);
    // Selects the item of a category or sub-category without signalling.
    void select(const QString &category, const QString &subcategory);

Q_SIGNALS:
    void groupChosen(const QString &category, const QString &subcategory);
    void indicatorChosen(const QString &category, const QString &subcategory, const QString &code);

private:
    void onCurrentItemChanged(QTreeWidgetItem *item);

    QTreeWidget *m_tree;
    bool m_filling = false;
};

} // namespace zhibiao
