#include "app/entry/conflictdialog.h"
#include "demoentrygrid.h"

#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

// The grid shows the demo's D01 2019; meanwhile "bob" changes figures through a second
// connection to the same file, as another window or zhibiao-cli import would.
class EntryConflictTest : public test::DemoEntryGrid
{
protected:
    void SetUp() override
    {
        DemoEntryGrid::SetUp();
        if (HasFatalFailure())
            return;
        m_controller.setConflictChooser([this](const QList<FigureConflict> &conflicts) {
            m_asked << conflicts;
            m_storedWhenAsked = stored(QStringLiteral("JY01"), 4);
            return m_choice;
        });
        OpenError error;
        m_other = Database::open(m_file.path(), Database::Mode::OpenExisting, &error);
        ASSERT_TRUE(m_other) << error.message.toStdString();
        UserRepository(*m_other).save(User{QStringLiteral("bob"), Role::Staff, {}}, QStringLiteral("admin"));
    }

    void changeElsewhere(const QString &code, double value)
    {
        FigureRepository(*m_other).upsert(
            {Figure{code, QStringLiteral("D01"), Period{2019, 4}, value, {}}},
            QStringLiteral("bob"));
    }

    int auditsBy(const QString &user, const QString &code) const
    {
        const QList<AuditEntry> entries =
            AuditRepository(m_file.db()).entries(code, QStringLiteral("D01"), 2019, 4);
        return static_cast<int>(
            std::count_if(entries.cbegin(), entries.cend(),
                          [&](const AuditEntry &entry) { return entry.userName == user; }));
    }

    std::unique_ptr<Database> m_other;
    ConflictChoice m_choice = ConflictChoice::KeepTheirs;
    QList<QList<FigureConflict>> m_asked;
    std::optional<double> m_storedWhenAsked;
};

TEST_F(EntryConflictTest, KeepTheirsWritesNothingAndShowsTheFilesValue)
{
    changeElsewhere(QStringLiteral("JY01"), 1.85);
    const int staffAudits = auditsBy(QStringLiteral("staff"), QStringLiteral("JY01"));

    EXPECT_FALSE(m_model.setData(cell(QStringLiteral("JY01"), 4), QStringLiteral("1.90")));

    ASSERT_EQ(m_asked.size(), 1);
    ASSERT_EQ(m_asked.constFirst().size(), 1);
    const FigureConflict &conflict = m_asked.constFirst().constFirst();
    EXPECT_EQ(conflict.indicatorCode, QStringLiteral("JY01"));
    EXPECT_EQ(conflict.indicatorName,
              m_model.gridData().rows.at(m_model.rowOf(QStringLiteral("JY01"))).indicator.name);
    EXPECT_EQ(conflict.quarter, 4);
    EXPECT_EQ(conflict.yours, std::optional<double>(1.90));
    EXPECT_EQ(conflict.theirs, std::optional<double>(1.85));
    EXPECT_EQ(conflict.changedBy, QStringLiteral("bob"));

    EXPECT_EQ(stored(QStringLiteral("JY01"), 4), std::optional<double>(1.85));
    EXPECT_EQ(cell(QStringLiteral("JY01"), 4).data().toString(), QStringLiteral("1.85"));
    EXPECT_EQ(auditsBy(QStringLiteral("staff"), QStringLiteral("JY01")), staffAudits);
    EXPECT_EQ(m_controller.undoStack()->count(), 0);

    // The grid now holds the file's version: the next edit is no conflict.
    EXPECT_TRUE(m_model.setData(cell(QStringLiteral("JY01"), 4), QStringLiteral("1.95")));
    EXPECT_EQ(m_asked.size(), 1);
    EXPECT_EQ(stored(QStringLiteral("JY01"), 4), std::optional<double>(1.95));
}

TEST_F(EntryConflictTest, UseMineWritesOverTheirsAuditedAndUndoRestoresTheirs)
{
    changeElsewhere(QStringLiteral("JY01"), 1.85);
    m_choice = ConflictChoice::UseMine;

    EXPECT_TRUE(m_model.setData(cell(QStringLiteral("JY01"), 4), QStringLiteral("1.90")));

    ASSERT_EQ(m_asked.size(), 1);
    EXPECT_EQ(m_asked.constFirst().constFirst().theirs, std::optional<double>(1.85));
    EXPECT_EQ(stored(QStringLiteral("JY01"), 4), std::optional<double>(1.90));
    const QList<AuditEntry> audit =
        AuditRepository(m_file.db())
            .entries(QStringLiteral("JY01"), QStringLiteral("D01"), 2019, 4);
    ASSERT_FALSE(audit.isEmpty());
    EXPECT_EQ(audit.constLast().userName, QStringLiteral("staff"));
    EXPECT_EQ(audit.constLast().oldValue, std::optional<double>(1.85));
    EXPECT_EQ(audit.constLast().newValue, std::optional<double>(1.90));
    ASSERT_EQ(m_controller.undoStack()->count(), 1);

    // The undo puts back what the edit replaced, which was Bob's figure.
    m_controller.undoStack()->undo();
    EXPECT_EQ(stored(QStringLiteral("JY01"), 4), std::optional<double>(1.85));
    EXPECT_EQ(cell(QStringLiteral("JY01"), 4).data().toString(), QStringLiteral("1.85"));
    m_controller.undoStack()->redo();
    EXPECT_EQ(stored(QStringLiteral("JY01"), 4), std::optional<double>(1.90));
    EXPECT_EQ(m_asked.size(), 1); // undo and redo were based on the versions they followed
}

TEST_F(EntryConflictTest, APasteWithOneChangedCellWritesNoneUntilChosen)
{
    changeElsewhere(QStringLiteral("JY02"), 0.50);

    EXPECT_FALSE(
        m_controller.paste(cell(QStringLiteral("JY01"), 4), QStringLiteral("1.80\n2.25\n")));
    ASSERT_EQ(m_asked.size(), 1);
    ASSERT_EQ(m_asked.constFirst().size(), 1);
    EXPECT_EQ(m_asked.constFirst().constFirst().indicatorCode, QStringLiteral("JY02"));
    EXPECT_EQ(m_asked.constFirst().constFirst().yours, std::optional<double>(2.25));
    EXPECT_EQ(m_asked.constFirst().constFirst().theirs, std::optional<double>(0.50));
    EXPECT_EQ(m_storedWhenAsked, std::optional<double>(1.77)); // JY01 unwritten while asking
    EXPECT_EQ(stored(QStringLiteral("JY01"), 4), std::optional<double>(1.77)); // kept: none written
    EXPECT_EQ(stored(QStringLiteral("JY02"), 4), std::optional<double>(0.50));
    EXPECT_EQ(m_controller.undoStack()->count(), 0);

    changeElsewhere(QStringLiteral("JY02"), 0.55);
    m_choice = ConflictChoice::UseMine;
    EXPECT_TRUE(
        m_controller.paste(cell(QStringLiteral("JY01"), 4), QStringLiteral("1.80\n2.25\n")));
    ASSERT_EQ(m_asked.size(), 2);
    EXPECT_EQ(m_storedWhenAsked, std::optional<double>(1.77));
    EXPECT_EQ(stored(QStringLiteral("JY01"), 4), std::optional<double>(1.80));
    EXPECT_EQ(stored(QStringLiteral("JY02"), 4), std::optional<double>(2.25));
    EXPECT_EQ(m_controller.undoStack()->count(), 1);
    m_controller.undoStack()->undo();
    EXPECT_EQ(stored(QStringLiteral("JY01"), 4), std::optional<double>(1.77));
    EXPECT_EQ(stored(QStringLiteral("JY02"), 4), std::optional<double>(0.55));
}

TEST_F(EntryConflictTest, AnUndoAfterSomeoneElsesChangeAsksFirst)
{
    ASSERT_TRUE(m_model.setData(cell(QStringLiteral("JY01"), 4), QStringLiteral("1.90")));
    EXPECT_TRUE(m_asked.isEmpty());
    changeElsewhere(QStringLiteral("JY01"), 2.00);

    m_controller.undoStack()->undo();
    ASSERT_EQ(m_asked.size(), 1);
    EXPECT_EQ(m_asked.constFirst().constFirst().yours, std::optional<double>(1.77));
    EXPECT_EQ(m_asked.constFirst().constFirst().theirs, std::optional<double>(2.00));
    EXPECT_EQ(stored(QStringLiteral("JY01"), 4), std::optional<double>(2.00));
    EXPECT_EQ(cell(QStringLiteral("JY01"), 4).data().toString(), QStringLiteral("2.00"));
    // Declined, the step leaves the stack: there is nothing to redo over bob's figure.
    EXPECT_EQ(m_controller.undoStack()->count(), 0);
    EXPECT_FALSE(m_controller.undoStack()->canRedo());
}

TEST(ConflictDialogTest, ListsBothValuesAndUseMineAccepts)
{
    const FigureConflict conflict{
        QStringLiteral("JY01"), QStringLiteral("城镇新增就业"), 4, 2, 1.9, 1.85,
        QStringLiteral("bob")};
    const QString line = ConflictDialog::describe(conflict);
    EXPECT_TRUE(line.contains(QStringLiteral("城镇新增就业"))) << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral("1.90"))) << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral("1.85"))) << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral("bob"))) << line.toStdString();

    ConflictDialog dialog({conflict, conflict});
    const auto *list = dialog.findChild<QListWidget *>(QStringLiteral("conflictList"));
    ASSERT_TRUE(list);
    EXPECT_EQ(list->count(), 2);
    EXPECT_EQ(list->item(0)->text(), line);
    EXPECT_TRUE(dialog.keepTheirsButton()->isDefault());
    dialog.open();
    dialog.useMineButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    dialog.open();
    dialog.keepTheirsButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

} // namespace
} // namespace zhibiao

namespace zhibiao {

TEST(ConflictDialogTest, Screenshot)
{
    const QString folder = qEnvironmentVariable("ZHIBIAO_SCREENSHOTS");
    if (folder.isEmpty())
        GTEST_SKIP() << "set ZHIBIAO_SCREENSHOTS to a folder to write the screenshot";
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    ConflictDialog dialog({{QStringLiteral("JY01"), QStringLiteral("城镇新增就业"), 4, 2, 1.9, 1.85, QStringLiteral("bob")},
                           {QStringLiteral("JY02"), QStringLiteral("失业人员再就业"), 4, 2, 0.62, 0.64, QStringLiteral("bob")}});
    dialog.show();
    QTest::qWait(50);
    ASSERT_TRUE(dialog.grab().save(QDir(folder).filePath(QStringLiteral("conflict-dialog.png"))));
}

} // namespace zhibiao
