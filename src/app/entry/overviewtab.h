#pragma once

#include "core/statustable.h"

#include <QObject>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace zhibiao {

class StatusTableModel;

// The "Overview" tab: every indicator's status for the chosen org unit and quarter,
// filtered by category, with a one-line summary of the statuses.
class OverviewTab : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewTab)

public:
    OverviewTab(QTableView *view, QComboBox *categories, QLabel *summary, QObject *parent = nullptr);

    StatusTableModel *model() const { return m_model; }
    // where: "2019 Q4 · 全市"; empty when there is nothing to summarise, with why instead.
    void setRows(QList<StatusRow> rows, const QString &where, const QString &emptyReason);
    // Offers the categories of the rows shown now.
    void fillCategories();
    void setDarkTheme(bool dark);

private:
    void applyCategory();
    void updateSummary();

    QTableView *m_view;
    QComboBox *m_categories;
    QLabel *m_summary;
    StatusTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_where;
    QString m_emptyReason;
    bool m_filling = false;
};

} // namespace zhibiao
