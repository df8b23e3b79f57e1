#pragma once

#include "app/entry/entrygriddata.h"
#include "core/evaluation.h"
#include "core/plausibility.h"

#include <QAbstractTableModel>

#include <functional>

namespace zhibiao {

// The entry grid: one category of one org unit and year, a row per indicator (and a
// heading row per sub-category), the four quarters as entered, the year's figure, its
// completion and status for the chosen quarter, and that quarter's note. Loaded whole by
// setData(EntryGridData); never reads storage. An edit is handed to the edit handler,
// which writes it and reports back through applyFigure().
class EntryGridModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryGridModel)

public:
    enum Column {
        NameColumn,
        UnitColumn,
        TargetColumn,
        Q1Column,
        Q2Column,
        Q3Column,
        Q4Column,
        YearColumn,
        CompletionColumn,
        StatusColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        CodeRole = Qt::UserRole + 1, // the indicator's code; empty on heading rows
        GroupRole,                   // true on a sub-category's heading row
        QuarterRole,                 // the quarter a value or note cell belongs to, else 0
        PrecisionRole,               // the indicator's precision
        UnitRole,                    // the indicator's unit
        WarningsRole,                // the cell's plausibility messages (QStringList)
        StatusRole,                  // the row's Status as an int
    };
    // Writes the edits; returns false (and has said why) when they were refused.
    using EditHandler = std::function<bool(const QList<CellEdit> &)>;

    explicit EntryGridModel(QObject *parent = nullptr);

    void setData(EntryGridData data);
    const EntryGridData &gridData() const { return m_data; }
    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }
    void setDarkTheme(bool dark);

    // Called after a figure was written (or found changed by someone else): updates the
    // row, its evaluation and warnings, and the row version the next edit is based on.
    void applyFigure(const QString &code, int quarter, std::optional<double> value,
                     const QString &note, int version);

    int rowOf(const QString &code) const;
    static int columnOfQuarter(int quarter) { return Q1Column + quarter - 1; }
    static int quarterOfColumn(int column);
    bool isQuarterLocked(int quarter) const;
    // Why a figure cell cannot be typed into (a county sum, a locked quarter); empty when
    // it can, or when it is not a figure cell.
    QString readOnlyReason(const QModelIndex &index) const;
    Evaluation evaluation(int row) const { return m_evaluations.value(row); }
    // Every warning of the grid, with the row it belongs to.
    QList<std::pair<int, PlausibilityWarning>> warnings() const;
    // "城镇新增就业, Q3": how a message names a cell.
    QString cellName(const QModelIndex &index) const;
    // The edit that typing text into index would make; an empty list and *error set
    // when the text is not a number or the cell cannot be edited.
    QList<CellEdit> editFor(const QModelIndex &index, const QString &text, QString *error) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void evaluateRow(int row);
    QString displayText(int row, int column) const;
    QString toolTip(int row, int column) const;
    QStringList cellWarnings(int row, int column) const;

    EntryGridData m_data;
    QList<Evaluation> m_evaluations;                  // per row, for the chosen quarter
    QList<QList<PlausibilityWarning>> m_warnings;     // per row
    EditHandler m_editHandler;
    bool m_darkTheme = false;
};

} // namespace zhibiao
