#pragma once

#include "core/period.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QSortFilterProxyModel;

namespace zhibiao {

class Database;
class StatusTableModel;
struct StatusRow;

namespace Ui {
class MainWindow;
}

// The status window: the indicators of one org unit with their completion for the chosen
// year and quarter. Reads through StatusTableLoader; owns the open database.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows db from its latest quarter with figures, for the whole city.
    void setDatabase(std::unique_ptr<Database> db);
    // Opens a bureau file; says why in a dialog when it cannot.
    bool openFile(const QString &path);
    void setPeriod(Period period);
    void setOrgUnit(const QString &code);

    Period period() const;
    QString orgUnitCode() const;
    StatusTableModel *statusModel() const { return m_model; }
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void fillChoosers();
    void fillCategories(const QList<StatusRow> &rows);
    void applyCategory();
    void reload();
    void updateSummary();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_db;
    StatusTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_summary = nullptr;
    bool m_filling = false; // the choosers are being filled: no reload per item
};

} // namespace zhibiao
