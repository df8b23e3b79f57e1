#pragma once

#include "core/countysum.h"
#include "core/evaluation.h"
#include "core/indicator.h"
#include "core/quarterstate.h"
#include "core/user.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace zhibiao {

// One row of the entry grid: a sub-category's heading or an indicator with its year.
struct EntryGridRow
{
    enum class Kind { Group, Indicator };

    Kind kind = Kind::Indicator;
    QString title;       // a Group row's sub-category
    Indicator indicator; // an Indicator row's indicator
    int depth = 0;       // 1 for a "其中" row under its parent
    std::optional<double> target;
    QuarterValues values;          // as entered by this org unit
    std::array<QString, 4> notes;  // the note of each quarter's figure
    std::array<int, 4> versions{}; // each quarter's row version as loaded (0: no figure)
    QuarterValues lastYear;        // the same quarters a year earlier, for plausibility
    // Set when this org unit's figures are the sum of its counties': shown read-only.
    std::optional<CountySum> countySum;

    bool isGroup() const { return kind == Kind::Group; }
    // What the grid shows and evaluates: the counties' sum where there is one.
    const QuarterValues &shownValues() const { return countySum ? countySum->values : values; }
};

// What the entry grid shows: one category (or sub-category) of one org unit and year.
// Plain data, loaded by EntryGridLoader and handed whole to EntryGridModel::setData().
struct EntryGridData
{
    QString category;
    QString subcategory; // empty: the whole category
    QString orgUnitCode;
    QString orgUnitName; // "全市", "青禾区": what messages call it
    int year = 0;
    std::array<QuarterState, 4> quarterStates{}; // this org unit's Q1–Q4
    QList<EntryGridRow> rows;

    // Chosen by the window, not loaded: the quarter the status and note columns show, and
    // the role of the person entering (a leader may change locked quarters).
    int quarter = 4;
    Role role = Role::Staff;
};

// One figure changed in the grid: its value, note and row version before and after. A
// write is checked against the version of the side it replaces (0: no figure), so that a
// change someone else made meanwhile is never silently overwritten.
struct CellEdit
{
    QString indicatorCode;
    int quarter = 0;
    std::optional<double> oldValue; // nullopt: the cell was empty
    double newValue = 0.0;
    QString oldNote;
    QString newNote;
    int oldVersion = 0; // the version shown before the edit; after an undo, the undo's
    int newVersion = 0; // the version the edit's write produced; an undo is based on it
};

} // namespace zhibiao
