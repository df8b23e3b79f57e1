#include "app/entry/categorygroupdelegate.h"

#include <QPainter>

namespace zhibiao {

CategoryGroupDelegate::CategoryGroupDelegate(int categoryColumn, int groupRole, QObject *parent)
    : QStyledItemDelegate(parent), m_categoryColumn(categoryColumn), m_groupRole(groupRole)
{
}

bool CategoryGroupDelegate::continuesGroup(const QModelIndex &index) const
{
    if (index.row() == 0)
        return false;
    const QModelIndex above = index.sibling(index.row() - 1, m_categoryColumn);
    const QModelIndex here = index.sibling(index.row(), m_categoryColumn);
    return above.data(m_groupRole) == here.data(m_groupRole);
}

void CategoryGroupDelegate::initStyleOption(QStyleOptionViewItem *option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == m_categoryColumn && continuesGroup(index))
        option->text.clear();
}

QSize CategoryGroupDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    // Room on both sides, so that numbers do not touch the grid and no text gets cut.
    const QSize hint = QStyledItemDelegate::sizeHint(option, index);
    return {hint.width() + option.fontMetrics.horizontalAdvance(QLatin1Char('0')) * 3 / 2, hint.height()};
}

void CategoryGroupDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.row() == 0 || continuesGroup(index))
        return;
    painter->save();
    QColor rule = option.palette.color(QPalette::Text);
    rule.setAlphaF(0.45f);
    painter->setPen(QPen(rule, 1));
    painter->drawLine(option.rect.topLeft(), option.rect.topRight());
    painter->restore();
}

} // namespace zhibiao
