#pragma once

#include "core/indicator.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

namespace zhibiao {

class Database;

namespace Ui {
class TargetsDialog;
}

// Annual targets of one year and org unit as an editable table, saved with their audit
// rows; "Start new year…" copies last year's targets of every org unit. Admins and leaders
// may change targets; the repository refuses anyone else.
class TargetsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsDialog)

public:
    TargetsDialog(const Database &db, const QString &userName, QWidget *parent = nullptr);
    ~TargetsDialog() override;

    QString message() const;
    // The year "Start new year…" would start: the latest year with targets, plus one.
    int nextYear() const;
    // Copies the targets of year - 1 into year and shows it; false with a message when refused.
    bool startYear(int year);
    // Saves the edited cells; false with a message when a cell is not a number or refused.
    bool save();

Q_SIGNALS:
    void targetsChanged();

private:
    void load();
    void cellEdited(int row, int column);
    void askStartYear();
    bool confirmDiscard();
    void showMessage(const QString &text, bool error);

    std::unique_ptr<Ui::TargetsDialog> m_ui;
    const Database &m_db;
    QString m_userName;
    bool m_mayChange = false;
    QList<Indicator> m_indicators;          // one per row
    QList<std::optional<double>> m_stored; // the saved target of each row
    QHash<int, double> m_edited;            // row -> new value, valid edits not yet saved
    QHash<int, QString> m_invalid;          // row -> why the text is not a target
    int m_shownYear = 0;
    int m_shownOrg = -1;
};

} // namespace zhibiao
