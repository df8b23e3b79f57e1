#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace zhibiao {

// A figure that someone else changed after the grid showed it (another window, or
// zhibiao-cli import), put to the person before anything is written.
struct FigureConflict
{
    QString indicatorCode;
    QString indicatorName;
    int quarter = 0;
    int precision = 0;
    std::optional<double> yours;  // what this person's edit writes; nullopt: an empty cell
    std::optional<double> theirs; // what the file holds now; nullopt: the figure was removed
    QString changedBy;            // who changed it last, from the audit log; may be empty
};

enum class ConflictChoice
{
    KeepTheirs, // show the file's figures, write nothing (also what cancelling means)
    UseMine,    // write the edit over them, audited like any change
};

// Asks the person what to do about figures changed meanwhile. Injectable, so that tests
// answer without a modal dialog.
using ConflictChooser = std::function<ConflictChoice(const QList<FigureConflict> &)>;

} // namespace zhibiao
