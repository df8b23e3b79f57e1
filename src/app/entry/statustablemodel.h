#pragma once

#include "core/statustable.h"

#include <QAbstractTableModel>
#include <QList>

namespace zhibiao {

// The status table of one org unit and period: one row per indicator with its target,
// figure, completion, 序时进度 and status. Fed whole by setRows(); never reads storage.
class StatusTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusTableModel)

public:
    enum Column {
        CodeColumn,
        CategoryColumn,
        NameColumn,
        UnitColumn,
        TargetColumn,
        ValueColumn,
        CompletionColumn,
        ExpectedColumn,
        StatusColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, // the Status as an int, on every column
        CategoryRole,                  // the indicator's category, on every column
        CodeRole,                      // the indicator's code, on every column
    };

    explicit StatusTableModel(QObject *parent = nullptr);

    void setRows(QList<StatusRow> rows);
    const QList<StatusRow> &rows() const { return m_rows; }
    // The status colours follow the theme; the window says when the palette changes.
    void setDarkTheme(bool dark);

    static QString statusText(const Evaluation &evaluation);
    static QString completionText(const StatusRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const StatusRow &row, int column) const;
    QString toolTip(const StatusRow &row, int column) const;

    QList<StatusRow> m_rows;
    bool m_darkTheme = false;
};

} // namespace zhibiao
