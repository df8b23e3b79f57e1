#pragma once

#include "io/newbureau.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace zhibiao {

class Database;

namespace Ui {
class WelcomeDialog;
}

// The first-run page: open the demo bureau, create a new bureau, open a file or a recent
// one. Accepted once a file is open; the caller then takes the database.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    explicit WelcomeDialog(QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    std::unique_ptr<Database> takeDatabase() { return std::move(m_db); }
    // Set after a new bureau is created: its first user and first year.
    QString createdUser() const { return m_createdUser; }
    std::optional<int> firstYear() const { return m_firstYear; }

    // The new bureau as the form describes it.
    NewBureauSpec spec() const;
    void setSpec(const NewBureauSpec &spec);
    // The steps behind the buttons, without their file dialogs. Each says why in a message
    // box (or, when quiet, only returns false) when it fails, and accepts the dialog when it works.
    bool createAt(const QString &path);
    bool openPath(const QString &path);
    bool openDemo();
    void setQuiet(bool quiet) { m_quiet = quiet; }
    QString lastError() const { return m_lastError; }

private:
    void chooseCreatePath();
    void chooseOpenPath();
    void fillRecent();
    bool fail(const QString &title, const QString &message);

    std::unique_ptr<Ui::WelcomeDialog> m_ui;
    std::unique_ptr<Database> m_db;
    QString m_createdUser;
    std::optional<int> m_firstYear;
    QString m_lastError;
    bool m_quiet = false;
};

} // namespace zhibiao
