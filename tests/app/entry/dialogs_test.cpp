#include "app/entry/numericdelegate.h"
#include "app/entry/returnreasondialog.h"
#include "app/shell/userchooserdialog.h"

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

// What cannot be part of the number is kept as typed and said: dropping the comma of
// "1,234" would leave 1234 in the cell, and Enter would save a number nobody typed.
TEST(NumericDelegateTest, WhatCannotBeANumberIsKeptAsTypedAndSaid)
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
    EXPECT_TRUE(editor->hasAcceptableInput());
    QTest::keyClicks(editor, QStringLiteral(".a"));
    EXPECT_EQ(editor->text(), QStringLiteral("1.2.a")); // kept, not silently dropped
    EXPECT_FALSE(editor->hasAcceptableInput());
    ASSERT_GE(refused.count(), 1);
    EXPECT_FALSE(refused.constLast().constFirst().toString().isEmpty());

    const auto typed = [&](const QString &text) {
        editor->clear();
        QTest::keyClicks(editor, text);
        return editor->text();
    };
    EXPECT_EQ(typed(QStringLiteral("1,234")), QStringLiteral("1,234"));
    EXPECT_FALSE(editor->hasAcceptableInput());
    const QString grouping = refused.constLast().constFirst().toString();
    EXPECT_EQ(typed(QStringLiteral("3,2")), QStringLiteral("3,2"));
    EXPECT_EQ(typed(QStringLiteral("1.259")), QStringLiteral("1.259")); // a third decimal of a 2-decimal figure
    EXPECT_NE(refused.constLast().constFirst().toString(), grouping); // each says its own reason

    // Committing any of them stores nothing and says why.
    for (const QString &text : {QStringLiteral("1,234"), QStringLiteral("3,2"), QStringLiteral("1.259")}) {
        editor->setText(text);
        const int before = refused.count();
        delegate.setModelData(editor, &model, model.index(0, 3));
        EXPECT_EQ(model.index(0, 3).data().toString(), QStringLiteral("1.50")) << qPrintable(text);
        EXPECT_EQ(refused.count(), before + 1) << qPrintable(text);
    }
    editor->setText(QStringLiteral("1.25"));
    delegate.setModelData(editor, &model, model.index(0, 3));
    EXPECT_EQ(model.index(0, 3).data().toString(), QStringLiteral("1.25"));
}

} // namespace
} // namespace zhibiao
