#include "app/shell/userchooserdialog.h"

#include "ui_userchooserdialog.h"

#include <QPushButton>
#include <QSettings>

namespace zhibiao {

namespace {
const QString kLastUser = QStringLiteral("lastUser");

QString roleText(Role role)
{
    switch (role) {
    case Role::Staff:
        return UserChooserDialog::tr("staff");
    case Role::Leader:
        return UserChooserDialog::tr("leader");
    case Role::Admin:
        return UserChooserDialog::tr("administrator");
    }
    return {};
}
} // namespace

UserChooserDialog::UserChooserDialog(const QList<User> &users, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UserChooserDialog>())
{
    m_ui->setupUi(this);
    const QString last = lastUserName();
    for (const User &user : users) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(user.name, roleText(user.role)),
                                         m_ui->userList);
        item->setData(Qt::UserRole, user.name);
        if (user.name == last || m_ui->userList->currentRow() < 0)
            m_ui->userList->setCurrentItem(item);
    }
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_ui->userList->currentItem() != nullptr);
    connect(m_ui->userList, &QListWidget::currentItemChanged, this,
            [ok](QListWidgetItem *current) { ok->setEnabled(current != nullptr); });
    connect(m_ui->userList, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

UserChooserDialog::~UserChooserDialog() = default;

QString UserChooserDialog::userName() const
{
    const QListWidgetItem *item = m_ui->userList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void UserChooserDialog::accept()
{
    if (userName().isEmpty())
        return;
    QSettings().setValue(kLastUser, userName());
    QDialog::accept();
}

QString UserChooserDialog::lastUserName()
{
    return QSettings().value(kLastUser).toString();
}

} // namespace zhibiao
