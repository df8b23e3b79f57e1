#include "app/numericdelegate.h"
#include "app/returnreasondialog.h"
#include "app/userchooserdialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

QList<User> demoUsers()
{
    return {User{QStringLiteral("staff"), Role::Staff, {}}, User{QStringLiteral("leader"), Role::Leader, {}},
            User{QStringLiteral("admin"), Role::Admin, {}}};
}

TEST(UserChooserDialogTest, ListsTheUsersAndRemembersTheChoice)
{
    QSettings().remove(QStringLiteral("lastUser"));
    {
        UserChooserDialog dialog(demoUsers());
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("userList"));
        ASSERT_NE(list, nullptr);
        EXPECT_EQ(list->count(), 3);
        dialog.show();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down); // from staff to leader
        EXPECT_EQ(dialog.userName(), QStringLiteral("leader"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    EXPECT_EQ(UserChooserDialog::lastUserName(), QStringLiteral("leader"));
    UserChooserDialog again(demoUsers());
    EXPECT_EQ(again.userName(), QStringLiteral("leader")); // offered first next time
}

TEST(ReturnReasonDialogTest, OkNeedsAReason)
{
    ReturnReasonDialog dialog(QStringLiteral("青禾区 2019 Q3"));
    dialog.show();
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
    ASSERT_NE(edit, nullptr);
    QTest::keyClicks(edit, QStringLiteral("  "));
    EXPECT_FALSE(ok->isEnabled()); // blanks are no reason
    QTest::keyClicks(edit, QStringLiteral("Q3 figures of JY02 missing"));
    EXPECT_TRUE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.reason(), QStringLiteral("Q3 figures of JY02 missing"));
}

TEST(NumericDelegateTest, ALetterOrASecondPointIsRefusedInPlaceWithAMessage)
{
    QStandardItemModel model(1, 5);
    model.setData(model.index(0, 3), QStringLiteral("1.50"));
    model.setData(model.index(0, 3), 2, Qt::UserRole + 4); // EntryGridModel::PrecisionRole
    model.setData(model.index(0, 3), QStringLiteral("万人"), Qt::UserRole + 5); // UnitRole
    NumericDelegate delegate;
    QWidget parent;
    QSignalSpy refused(&delegate, &NumericDelegate::refused);
    auto *editor = qobject_cast<QLineEdit *>(delegate.createEditor(&parent, {}, model.index(0, 3)));
    ASSERT_NE(editor, nullptr);
    parent.show();
    editor->clear();
    QTest::keyClicks(editor, QStringLiteral("1.2"));
    EXPECT_EQ(refused.count(), 0);
    QTest::keyClicks(editor, QStringLiteral(".a"));
    EXPECT_EQ(editor->text(), QStringLiteral("1.2")); // both keys refused
    ASSERT_EQ(refused.count(), 2);
    EXPECT_FALSE(refused.at(0).constFirst().toString().isEmpty());
    EXPECT_NE(refused.at(0).constFirst(), refused.at(1).constFirst()); // each says its own reason
    QTest::keyClicks(editor, QStringLiteral("5"));
    EXPECT_EQ(editor->text(), QStringLiteral("1.25"));
    QTest::keyClicks(editor, QStringLiteral("9")); // a third decimal for a 2-decimal figure
    EXPECT_EQ(editor->text(), QStringLiteral("1.25"));
    EXPECT_EQ(refused.count(), 3);
}

} // namespace
} // namespace zhibiao
