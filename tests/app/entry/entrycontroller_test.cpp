#include "demoentrygrid.h"

#include "storage/auditrepository.h"
#include "storage/quarterstaterepository.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

class EntryControllerTest : public test::DemoEntryGrid
{
protected:
    int auditCount(const QString &code, int quarter) const
    {
        return static_cast<int>(AuditRepository(m_file.db()).entries(code, orgUnit(), kYear, quarter).size());
    }
};

TEST_F(EntryControllerTest, AnEditIsSavedAtOnceAndUndoWritesTheOldValueBack)
{
    const int auditBefore = auditCount(QStringLiteral("JY01"), 4);
    QSignalSpy saved(&m_controller, &EntryController::saved);
    ASSERT_TRUE(m_model.setData(cell(QStringLiteral("JY01"), 4), QStringLiteral("1.90")));
    EXPECT_DOUBLE_EQ(*stored(QStringLiteral("JY01"), 4), 1.90);
    EXPECT_EQ(saved.count(), 1);
    EXPECT_EQ(m_controller.undoStack()->count(), 1);
    EXPECT_EQ(cell(QStringLiteral("JY01"), 4).data().toString(), QStringLiteral("1.90"));
    const QList<AuditEntry> audit = AuditRepository(m_file.db()).entries(QStringLiteral("JY01"), QStringLiteral("D01"), 2019, 4);
    ASSERT_EQ(audit.size(), auditBefore + 1);
    EXPECT_EQ(audit.constLast().userName, QStringLiteral("staff"));
    EXPECT_DOUBLE_EQ(*audit.constLast().oldValue, 1.77);

    m_controller.undoStack()->undo();
    EXPECT_DOUBLE_EQ(*stored(QStringLiteral("JY01"), 4), 1.77);
    EXPECT_EQ(cell(QStringLiteral("JY01"), 4).data().toString(), QStringLiteral("1.77"));
    m_controller.undoStack()->redo();
    EXPECT_DOUBLE_EQ(*stored(QStringLiteral("JY01"), 4), 1.90);
    EXPECT_EQ(auditCount(QStringLiteral("JY01"), 4), auditBefore + 3); // edit, undo, redo
}

TEST_F(EntryControllerTest, UndoingAFirstEntryEmptiesTheCellAgain)
{
    const Figure q4{QStringLiteral("JY01"), QStringLiteral("D01"), Period{2019, 4}, 0.0, {}};
    FigureRepository(m_file.db()).apply({}, {q4}, QStringLiteral("staff"));
    EntryGridData data = EntryGridLoader::load(m_file.db(), QStringLiteral("就业创业"), {},
                                               QStringLiteral("D01"), 2019);
    data.quarter = 4;
    m_model.setData(std::move(data));
    ASSERT_FALSE(stored(QStringLiteral("JY01"), 4));

    ASSERT_TRUE(m_model.setData(cell(QStringLiteral("JY01"), 4), QStringLiteral("1.50")));
    EXPECT_DOUBLE_EQ(*stored(QStringLiteral("JY01"), 4), 1.50);
    m_controller.undoStack()->undo();
    EXPECT_FALSE(stored(QStringLiteral("JY01"), 4));
    EXPECT_TRUE(cell(QStringLiteral("JY01"), 4).data().toString().isEmpty());
    const QList<AuditEntry> audit = AuditRepository(m_file.db()).entries(QStringLiteral("JY01"), QStringLiteral("D01"), 2019, 4);
    ASSERT_FALSE(audit.isEmpty());
    EXPECT_DOUBLE_EQ(*audit.constLast().oldValue, 1.50);
    EXPECT_FALSE(audit.constLast().newValue);
    m_controller.undoStack()->redo();
    EXPECT_DOUBLE_EQ(*stored(QStringLiteral("JY01"), 4), 1.50);
}

TEST_F(EntryControllerTest, APasteIsOneUndoStep)
{
    const std::optional<double> jy02 = stored(QStringLiteral("JY02"), 4);
    ASSERT_TRUE(jy02);
    ASSERT_TRUE(m_controller.paste(cell(QStringLiteral("JY01"), 4), QStringLiteral("1.80\r\n2.25\r\n")));
    EXPECT_DOUBLE_EQ(*stored(QStringLiteral("JY01"), 4), 1.80);
    EXPECT_DOUBLE_EQ(*stored(QStringLiteral("JY02"), 4), 2.25);
    EXPECT_EQ(m_controller.undoStack()->count(), 1);
    m_controller.undoStack()->undo();
    EXPECT_DOUBLE_EQ(*stored(QStringLiteral("JY01"), 4), 1.77);
    EXPECT_DOUBLE_EQ(*stored(QStringLiteral("JY02"), 4), *jy02);
}

TEST_F(EntryControllerTest, APasteWithOneBadCellAppliesNothingAndNamesTheCell)
{
    const std::optional<double> jy02 = stored(QStringLiteral("JY02"), 4);
    QSignalSpy refused(&m_controller, &EntryController::refused);
    EXPECT_FALSE(m_controller.paste(cell(QStringLiteral("JY01"), 4), QStringLiteral("1.80\n2.2.5\n")));
    EXPECT_DOUBLE_EQ(*stored(QStringLiteral("JY01"), 4), 1.77);
    EXPECT_EQ(stored(QStringLiteral("JY02"), 4), jy02);
    EXPECT_EQ(m_controller.undoStack()->count(), 0);
    ASSERT_EQ(refused.count(), 1);
    const QString message = refused.constFirst().constFirst().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("农村劳动力转移"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("2.2.5"))) << message.toStdString();
}

TEST_F(EntryControllerTest, APasteIntoALockedQuarterAppliesNothing)
{
    // The block's second column falls on Q4, its first on Q3 (submitted, locked for staff).
    EXPECT_FALSE(m_controller.paste(cell(QStringLiteral("JY01"), 3), QStringLiteral("1.70\t1.95")));
    EXPECT_DOUBLE_EQ(*stored(QStringLiteral("JY01"), 4), 1.77);
}

TEST_F(EntryControllerTest, ALockedQuarterIsRefusedByStorageAndTheDatabaseIsUnchanged)
{
    // Q3 of D01 is submitted: even a write that bypasses the grid's greyed-out cells is refused.
    const std::optional<double> before = stored(QStringLiteral("JY01"), 3);
    const int auditBefore = auditCount(QStringLiteral("JY01"), 3);
    QSignalSpy refused(&m_controller, &EntryController::refused);
    const CellEdit edit{QStringLiteral("JY01"), 3, before, 9.99, {}, {}};
    EXPECT_FALSE(m_controller.apply({edit}, QStringLiteral("edit")));
    EXPECT_EQ(stored(QStringLiteral("JY01"), 3), before);
    EXPECT_EQ(auditCount(QStringLiteral("JY01"), 3), auditBefore);
    EXPECT_EQ(m_controller.undoStack()->count(), 0);
    ASSERT_EQ(refused.count(), 1);
    EXPECT_TRUE(refused.constFirst().constFirst().toString().contains(QStringLiteral("leader")));
    EXPECT_EQ(cell(QStringLiteral("JY01"), 3).data().toString(), QStringLiteral("1.61"));
}

// The quarter is submitted between the edit and its undo: the undo is refused, and the step
// leaves the stack instead of claiming a state the file does not have.
TEST_F(EntryControllerTest, AnUndoRefusedBecauseTheQuarterWasLockedLeavesTheStack)
{
    ASSERT_TRUE(m_model.setData(cell(QStringLiteral("JY01"), 4), QStringLiteral("1.90")));
    ASSERT_EQ(m_controller.undoStack()->count(), 1);
    QuarterStateRepository(m_file.db()).apply(orgUnit(), Period{kYear, 4}, QuarterAction::Submit,
                                             QStringLiteral("staff"));
    QSignalSpy refused(&m_controller, &EntryController::refused);
    m_controller.undoStack()->undo();
    EXPECT_EQ(refused.count(), 1);
    EXPECT_DOUBLE_EQ(*stored(QStringLiteral("JY01"), 4), 1.90);
    EXPECT_EQ(m_controller.undoStack()->count(), 0);
    EXPECT_FALSE(m_controller.undoStack()->canRedo());
}

TEST_F(EntryControllerTest, SplitsASpreadsheetBlock)
{
    EXPECT_EQ(EntryController::splitTabSeparated(QStringLiteral("1\t2\r\n3\t\n")),
              (QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")},
                                  {QStringLiteral("3"), QString()}}));
    EXPECT_TRUE(EntryController::splitTabSeparated(QStringLiteral("\n")).isEmpty());
}

} // namespace
} // namespace zhibiao
