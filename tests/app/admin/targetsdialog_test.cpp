#include "app/admin/targetsdialog.h"
#include "io/demobureau.h"
#include "storage/auditrepository.h"
#include "storage/targetrepository.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

constexpr int kTargetColumn = 3;

class TargetsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(DemoBureau::install(m_temp.db()).ok()); }

    // Types text into a target cell through its editor, as a person would.
    static void typeTarget(QTableWidget *table, int row, const QString &text)
    {
        table->setCurrentCell(row, kTargetColumn);
        table->editItem(table->item(row, kTargetColumn));
        auto *editor = table->viewport()->findChild<QLineEdit *>();
        ASSERT_NE(editor, nullptr);
        editor->setFocus();
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents();
        // The closed editor is deleted later: let it go so that the next edit finds its own.
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    test::TempDatabase m_temp;
};

TEST_F(TargetsDialogTest, ALetterIsRefusedAndANumberSavedWithItsAuditRow)
{
    TargetsDialog dialog(m_temp.db(), QStringLiteral("leader"));
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("targetTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(dialog.findChild<QSpinBox *>(QStringLiteral("yearSpin"))->value(), 2019);
    EXPECT_EQ(dialog.findChild<QComboBox *>(QStringLiteral("orgCombo"))->currentData().toString(),
              QStringLiteral("CITY"));
    ASSERT_EQ(table->item(0, 0)->text(), QStringLiteral("JY01"));
    EXPECT_EQ(table->item(0, kTargetColumn)->text(), QStringLiteral("4.5"));

    const int auditBefore = AuditRepository(m_temp.db()).count();
    typeTarget(table, 0, QStringLiteral("4.8x"));
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("Nothing was saved"))) << dialog.message().toStdString();
    EXPECT_EQ(TargetRepository(m_temp.db()).target(QStringLiteral("JY01"), QStringLiteral("CITY"), 2019), 4.5);

    typeTarget(table, 0, QStringLiteral("4.8"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    EXPECT_EQ(dialog.message(), QStringLiteral("1 target(s) saved."));
    EXPECT_EQ(TargetRepository(m_temp.db()).target(QStringLiteral("JY01"), QStringLiteral("CITY"), 2019), 4.8);
    const QList<AuditEntry> audit = AuditRepository(m_temp.db()).entries();
    ASSERT_EQ(audit.size(), auditBefore + 1);
    EXPECT_EQ(audit.last().userName, QStringLiteral("leader"));
    EXPECT_EQ(audit.last().oldValue, 4.5);
    EXPECT_EQ(audit.last().newValue, 4.8);
    EXPECT_EQ(table->item(0, kTargetColumn)->text(), QStringLiteral("4.8"));
}

TEST_F(TargetsDialogTest, StartNewYearCopiesLastYearOnceOnly)
{
    TargetsDialog dialog(m_temp.db(), QStringLiteral("admin"));
    dialog.show();
    EXPECT_EQ(dialog.nextYear(), 2020);
    // The button asks first; answer Yes to the question box.
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        EXPECT_TRUE(box->text().contains(QStringLiteral("2019 targets of every org unit to 2020")));
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("startYearButton")), Qt::LeftButton);
    const TargetRepository targets(m_temp.db());
    EXPECT_EQ(targets.targets(2020).size(), 116);
    EXPECT_EQ(targets.target(QStringLiteral("JY02"), QStringLiteral("D01"), 2020),
              targets.target(QStringLiteral("JY02"), QStringLiteral("D01"), 2019));
    EXPECT_EQ(dialog.findChild<QSpinBox *>(QStringLiteral("yearSpin"))->value(), 2020);
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("116"))) << dialog.message().toStdString();

    EXPECT_FALSE(dialog.startYear(2020));
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("2020 already has 116 target"))) << dialog.message().toStdString();
    EXPECT_EQ(targets.targets(2020).size(), 116);
}

TEST_F(TargetsDialogTest, StaffCannotEditTargets)
{
    TargetsDialog dialog(m_temp.db(), QStringLiteral("staff"));
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("targetTable"));
    EXPECT_FALSE(table->item(0, kTargetColumn)->flags().testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("startYearButton"))->isEnabled());
    // Even called directly, the repository refuses.
    EXPECT_FALSE(dialog.startYear(2020));
    EXPECT_TRUE(TargetRepository(m_temp.db()).targets(2020).isEmpty());
}

} // namespace
} // namespace zhibiao
