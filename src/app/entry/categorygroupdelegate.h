#pragma once

#include <QStyledItemDelegate>

namespace zhibiao {

// Draws the status table in groups: a rule above the first row of each category, and the
// category column's text only where a group starts. The model keeps every row's text (for
// copying and sorting); only the painting is grouped.
class CategoryGroupDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryGroupDelegate)

public:
    CategoryGroupDelegate(int categoryColumn, int groupRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    bool continuesGroup(const QModelIndex &index) const;

    int m_categoryColumn;
    int m_groupRole;
};

} // namespace zhibiao
