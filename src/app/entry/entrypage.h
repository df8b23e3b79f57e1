#pragma once

#include "core/period.h"

#include <QObject>
#include <QString>

class QDockWidget;
class QLabel;
class QWidget;

namespace zhibiao {

class ChecksPanel;
class Database;
class EntryController;
class EntryGridModel;
class EntryGridView;
class HistoryPanel;
class QuarterActions;

// The Entry tab and its two docks: the grid of one category for one org unit and year, the
// line saying the quarter's state and the counties' completeness, the plausibility checks
// and the history of the current cell. The main window hands over the form's widgets and
// says which file, place and category to show; loading and wiring them is done here.
class EntryPage : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryPage)

public:
    struct Widgets
    {
        EntryGridView *view = nullptr;
        QLabel *quarterState = nullptr;
        QLabel *completeness = nullptr;
        ChecksPanel *checks = nullptr;
        QDockWidget *checksDock = nullptr;
        HistoryPanel *history = nullptr;
        QDockWidget *historyDock = nullptr;
        QuarterActions *quarterActions = nullptr;
    };
    // What the period bar shows: the grid's year, its cursor's quarter, its org unit.
    struct Place
    {
        Period period;
        QString orgUnitCode;
        QString orgUnitName;
    };

    // window parents the dialogs the grid may ask (a conflict on paste).
    EntryPage(const Widgets &widgets, QWidget *window);

    EntryGridModel *model() const { return m_model; }
    EntryController *controller() const { return m_controller; }
    QString category() const { return m_category; }
    QString completenessText() const;

    // None of these reload: reload() does, once they are all set.
    void setDatabase(Database *db);
    void setUserName(const QString &name);
    void setPlace(const Place &place);
    void setCategory(const QString &category, const QString &subcategory = {});

    // Reads the grid, the quarter's state, the checks and the current cell's history again.
    void reload();
    // Shows the indicator's category when the grid lacks it and puts the cursor on the
    // indicator's cell of the place's quarter. False when the file has no such indicator.
    bool selectIndicator(const QString &code);
    void paste(const QString &text);
    void setDarkTheme(bool dark);

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text, int milliseconds);
    // A change was written; text says when ("已于 14:32:24 保存").
    void saved(const QString &text);
    // A change was refused: the main window shows why.
    void refused(const QString &message);
    // The grid switched category by itself (selectIndicator): the navigator follows.
    void categoryChanged(const QString &category, const QString &subcategory);
    // The person asked for a cell (from the checks): the Entry tab should come forward.
    void cellWanted();

private:
    void connectWidgets(QWidget *window);
    void updateQuarterInfo();
    void updateChecks();
    void showHistory();

    Widgets m_widgets;
    EntryGridModel *m_model;
    EntryController *m_controller;
    Database *m_db = nullptr;
    QString m_userName;
    Place m_place;
    QString m_category;
    QString m_subcategory;
};

} // namespace zhibiao
