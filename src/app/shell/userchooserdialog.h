#pragma once

#include "core/user.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace zhibiao {

namespace Ui {
class UserChooserDialog;
}

// Asks who is working, from the users of the open file; the last choice is remembered
// (QSettings "lastUser") and offered first next time.
class UserChooserDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserChooserDialog)

public:
    explicit UserChooserDialog(const QList<User> &users, QWidget *parent = nullptr);
    ~UserChooserDialog() override;

    QString userName() const;
    void accept() override;

    static QString lastUserName();

private:
    std::unique_ptr<Ui::UserChooserDialog> m_ui;
};

} // namespace zhibiao
