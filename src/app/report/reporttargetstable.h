#pragma once

#include "report/targetproposer.h"

#include <QWidget>

#include <functional>
#include <memory>

class QTableWidget;

namespace zhibiao {

class Database;

namespace Ui {
class ReportTargetsTable;
}

// The proposed next-year targets of section 三, with the proposed values editable, and the
// button that adopts them (as edited) as next year's targets in one audited step.
class ReportTargetsTable : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTargetsTable)

public:
    using Confirm = std::function<bool(const QString &question)>;
    enum Column { CodeColumn, NameColumn, UnitColumn, TargetColumn, ValueColumn, ProposedColumn, ColumnCount };

    explicit ReportTargetsTable(QWidget *parent = nullptr);
    ~ReportTargetsTable() override;

    void setContext(const Database *db, int year, const QString &userName);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    QTableWidget *table() const;
    // The proposals with the values as edited; false in *ok when one is not a number.
    QList<TargetProposal> editedProposals(bool *ok = nullptr) const;
    // Asks, then writes; says what happened in the status line.
    bool adopt();
    QString statusText() const;

Q_SIGNALS:
    void adopted();

private:
    void reload();

    std::unique_ptr<Ui::ReportTargetsTable> m_ui;
    const Database *m_db = nullptr;
    int m_year = 0;
    QString m_userName;
    QList<TargetProposal> m_proposals;
    Confirm m_confirm;
};

} // namespace zhibiao
