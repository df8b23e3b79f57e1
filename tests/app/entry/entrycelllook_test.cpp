#include "app/entry/entrycelllook.h"
#include "app/entry/entrygriddata.h"

#include <QColor>
#include <QFont>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

EntryCellLook figureCell(const EntryGridRow &row, bool locked)
{
    return EntryCellLook{row, 2, locked, false, true, Status::Ahead, false};
}

TEST(EntryCellLookTest, ASumAndALockedFigureLookDifferentFromEachOtherAndFromAnOpenCell)
{
    EntryGridRow open;
    EntryGridRow sum;
    sum.countySum = CountySum{};
    const EntryCellLook openCell = figureCell(open, false);
    const EntryCellLook lockedCell = figureCell(open, true);
    const EntryCellLook sumCell = figureCell(sum, false);

    EXPECT_FALSE(openCell.value(Qt::ForegroundRole).isValid());
    EXPECT_FALSE(openCell.value(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(lockedCell.value(Qt::BackgroundRole).isValid()); // shaded ground
    EXPECT_FALSE(sumCell.value(Qt::BackgroundRole).isValid());
    EXPECT_NE(sumCell.value(Qt::ForegroundRole).value<QColor>(), lockedCell.value(Qt::ForegroundRole).value<QColor>());
    EXPECT_TRUE(sumCell.value(Qt::FontRole).value<QFont>().italic());
    EXPECT_FALSE(lockedCell.value(Qt::FontRole).isValid());
}

TEST(EntryCellLookTest, AHeadingIsBoldOnAShadedGroundAndNumbersAreRightAligned)
{
    EntryGridRow heading;
    heading.kind = EntryGridRow::Kind::Group;
    const EntryCellLook name{heading, 0, false, false, false, Status::NoData, false};
    EXPECT_TRUE(name.value(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(name.value(Qt::BackgroundRole).isValid());
    EXPECT_EQ(name.value(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignHorizontal_Mask, Qt::AlignLeft);

    EntryGridRow row;
    const EntryCellLook number = figureCell(row, false);
    EXPECT_EQ(number.value(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignHorizontal_Mask, Qt::AlignRight);
}

TEST(EntryCellLookTest, TheStatusCellTakesItsTrafficLightColours)
{
    EntryGridRow row;
    const EntryCellLook behind{row, 0, false, true, false, Status::SeriouslyBehind, false};
    const EntryCellLook ahead{row, 0, false, true, false, Status::Ahead, false};
    ASSERT_TRUE(behind.value(Qt::BackgroundRole).isValid());
    EXPECT_NE(behind.value(Qt::BackgroundRole), ahead.value(Qt::BackgroundRole));
}

} // namespace
} // namespace zhibiao
