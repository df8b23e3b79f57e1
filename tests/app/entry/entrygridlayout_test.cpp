// The entry grid shows every value whole beside a warning icon, long texts whole on
// hover, and the window's completeness line keeps its height for every org unit.

#include "app/entry/entrygridmodel.h"
#include "app/entry/entrygridview.h"
#include "app/shell/mainwindow.h"
#include "demoentrygrid.h"
#include "storage/database.h"

#include <QApplication>
#include <QFontMetrics>
#include <QLabel>

namespace zhibiao {
namespace {

class EntryGridLayoutTest : public test::DemoEntryGrid
{
};

TEST_F(EntryGridLayoutTest, EveryValueFitsItsColumnWithRoomForTheWarningIcon)
{
    EntryGridView view;
    view.setModel(&m_model);
    view.resize(1366, 600);
    view.show();
    view.restoreAfterReset(QStringLiteral("JY01"), EntryGridModel::Q1Column);
    QApplication::processEvents();
    const QFontMetrics metrics(view.font());
    constexpr int kPadding = 7; // the delegate's margins and the grid line
    int checked = 0;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        for (int column = EntryGridModel::TargetColumn; column < EntryGridModel::NoteColumn; ++column) {
            const QModelIndex index = m_model.index(row, column);
            if (index.data(EntryGridModel::GroupRole).toBool())
                continue;
            const QString text = index.data(Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            QFont font = view.font();
            font.setBold(index.data(Qt::FontRole).value<QFont>().bold());
            const int needed = QFontMetrics(font).horizontalAdvance(text) + view.warningIconWidth() + kPadding;
            EXPECT_LE(needed, view.columnWidth(column)) << "row " << row << " column " << column << ": "
                                                        << text.toStdString();
            ++checked;
        }
    }
    EXPECT_GT(checked, 20);
}

TEST_F(EntryGridLayoutTest, ANoteIsWholeInItsTooltip)
{
    EntryGridData data = EntryGridLoader::load(m_file.db(), QStringLiteral("就业创业"), {}, orgUnit(), kYear);
    ASSERT_FALSE(data.rows.isEmpty());
    const QString longNote = QStringLiteral("合作银行收紧审批，放款较序时进度落后7.0个百分点；已协调增加经办银行，四季度集中放款。");
    int row = 0;
    while (row < data.rows.size() && data.rows.at(row).isGroup())
        ++row;
    ASSERT_LT(row, data.rows.size());
    data.rows[row].notes[3] = longNote;
    data.quarter = 4;
    m_model.setData(std::move(data));
    const QString tip = m_model.index(row, EntryGridModel::NoteColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(longNote)) << tip.toStdString();
    const QString name = m_model.index(row, EntryGridModel::NameColumn).data(Qt::DisplayRole).toString();
    EXPECT_TRUE(m_model.index(row, EntryGridModel::NameColumn).data(Qt::ToolTipRole).toString().contains(name));
}

TEST_F(EntryGridLayoutTest, TheCompletenessLineKeepsItsHeightForEveryOrgUnit)
{
    auto db = m_file.handOver();
    ASSERT_TRUE(db);
    MainWindow window;
    window.setDatabase(std::move(db));
    window.resize(1366, 768);
    window.show();
    auto *line = window.findChild<QLabel *>(QStringLiteral("completenessLabel"));
    ASSERT_TRUE(line);
    window.setOrgUnit(QStringLiteral("CITY"));
    QApplication::processEvents();
    ASSERT_FALSE(window.completenessText().isEmpty()); // the city has counties to hand in
    const int cityHeight = line->height();
    const int cityTop = window.findChild<EntryGridView *>(QStringLiteral("entryView"))->mapTo(&window, QPoint()).y();
    window.setOrgUnit(orgUnit()); // a county: nobody below it hands in
    QApplication::processEvents();
    EXPECT_TRUE(line->isVisible());
    EXPECT_EQ(line->height(), cityHeight);
    EXPECT_EQ(window.findChild<EntryGridView *>(QStringLiteral("entryView"))->mapTo(&window, QPoint()).y(), cityTop);
}

} // namespace
} // namespace zhibiao
