#include "app/entry/statustablemodel.h"
#include "app/shell/mainwindow.h"
#include "io/demobureau.h"
#include "storage/database.h"
#include "storage/figurerepository.h"
#include "storage/storageerror.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(DemoBureau::install(m_file.db()).ok());
        auto db = m_file.handOver();
        ASSERT_TRUE(db);
        m_window.setDatabase(std::move(db));
    }

    QComboBox *combo(const char *name)
    {
        auto *box = m_window.findChild<QComboBox *>(QLatin1String(name));
        EXPECT_NE(box, nullptr) << name;
        return box;
    }

    QString cell(const QString &code, int column) const
    {
        const StatusTableModel *model = m_window.statusModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(StatusTableModel::CodeRole).toString() == code)
                return model->index(row, column).data().toString();
        }
        return QStringLiteral("(no row %1)").arg(code);
    }

    test::TempDatabase m_file;
    MainWindow m_window;
};

TEST_F(MainWindowTest, StartsAtTheLatestQuarterForTheCity)
{
    // The demo's figures run to 2019 Q4.
    EXPECT_EQ(m_window.period(), (Period{2019, 4}));
    EXPECT_EQ(m_window.orgUnitCode(), QStringLiteral("CITY"));
    EXPECT_EQ(m_window.statusModel()->rowCount(), 45);
    EXPECT_EQ(combo("yearCombo")->count(), 2);
    EXPECT_EQ(combo("orgUnitCombo")->count(), 5); // 全市 and four counties
    EXPECT_EQ(cell(QStringLiteral("JY01"), StatusTableModel::ValueColumn), QStringLiteral("5.04"));
    EXPECT_TRUE(m_window.summaryText().startsWith(QStringLiteral("2019 Q4 \u00b7 全市 \u00b7 45 indicators: ")))
        << m_window.summaryText().toStdString();
}

TEST_F(MainWindowTest, ChoosersReloadTheTable)
{
    m_window.show();
    combo("quarterCombo")->setCurrentIndex(0);
    EXPECT_EQ(m_window.period(), (Period{2019, 1}));
    ASSERT_EQ(m_window.statusModel()->rowCount(), 45);
    EXPECT_EQ(m_window.statusModel()->rows().constFirst().evaluation.period, (Period{2019, 1}));
    // JY01 城镇新增就业, 全市 2019 Q1: 1.40 of 4.50 万人.
    EXPECT_EQ(cell(QStringLiteral("JY01"), StatusTableModel::ValueColumn), QStringLiteral("1.40"));
    EXPECT_EQ(cell(QStringLiteral("JY01"), StatusTableModel::CompletionColumn), QStringLiteral("31.1%"));
    EXPECT_EQ(cell(QStringLiteral("JY01"), StatusTableModel::ExpectedColumn), QStringLiteral("25%"));
    EXPECT_TRUE(m_window.summaryText().startsWith(QStringLiteral("2019 Q1 \u00b7 全市 \u00b7 45 indicators")));

    QComboBox *units = combo("orgUnitCombo");
    units->setCurrentIndex(units->findData(QStringLiteral("D01")));
    EXPECT_EQ(m_window.orgUnitCode(), QStringLiteral("D01"));
    // JY01, D01 (青禾区) 2019 Q1: 0.50 万人.
    EXPECT_EQ(cell(QStringLiteral("JY01"), StatusTableModel::ValueColumn), QStringLiteral("0.50"));
    EXPECT_TRUE(m_window.summaryText().contains(QStringLiteral("青禾区")));

    QComboBox *years = combo("yearCombo");
    years->setCurrentIndex(years->findData(2018));
    EXPECT_EQ(m_window.statusModel()->rows().constFirst().evaluation.period, (Period{2018, 1}));
}

TEST_F(MainWindowTest, CategoryFilterNarrowsTheViewNotTheModel)
{
    QComboBox *categories = combo("categoryCombo");
    categories->setCurrentIndex(categories->findData(QStringLiteral("就业创业")));
    auto *view = m_window.findChild<QTableView *>(QStringLiteral("tableView"));
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->model()->rowCount(), 4); // JY01–JY04
    EXPECT_EQ(m_window.statusModel()->rowCount(), 45);
    EXPECT_TRUE(m_window.summaryText().contains(QStringLiteral("就业创业 \u00b7 4 indicators")))
        << m_window.summaryText().toStdString();
    categories->setCurrentIndex(0);
    EXPECT_EQ(view->model()->rowCount(), 45);
}

TEST_F(MainWindowTest, AFileThatCannotBeOpenedIsExplainedAndKeepsTheOldOne)
{
    const QString missing = m_file.dir() + QStringLiteral("/missing.zhibiao");
    QString shown;
    QTimer::singleShot(0, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    EXPECT_FALSE(m_window.openFile(missing));
    EXPECT_TRUE(shown.contains(QStringLiteral("missing.zhibiao"))) << shown.toStdString();
    EXPECT_EQ(m_window.statusModel()->rowCount(), 45);
}

// The start shows the window before it reads the figures: while the loads are held the
// table stays empty and the status bar says why; the first paint is announced, and the
// release reads what was held, once.
TEST(MainWindowStart, PaintsFirstAndReadsTheFiguresWhenReleased)
{
    test::TempDatabase file;
    ASSERT_TRUE(DemoBureau::install(file.db()).ok());
    auto db = file.handOver();
    ASSERT_TRUE(db);
    MainWindow window;
    int painted = 0;
    int loaded = 0;
    QObject::connect(&window, &MainWindow::firstPainted, [&painted] { ++painted; });
    QObject::connect(&window, &MainWindow::heldLoadsDone, [&loaded] { ++loaded; });
    window.holdLoads();
    window.setDatabase(std::move(db));
    EXPECT_EQ(window.statusModel()->rowCount(), 0);
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("Reading the figures\u2026"));

    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&painted] { return painted > 0; }, 10000));
    window.update();
    QTest::qWait(50); // a later paint is not a first one
    EXPECT_EQ(painted, 1);
    EXPECT_EQ(window.statusModel()->rowCount(), 0);
    EXPECT_EQ(loaded, 0);

    window.releaseHeldLoads();
    EXPECT_EQ(loaded, 1);
    EXPECT_EQ(window.period(), (Period{2019, 4}));
    EXPECT_EQ(window.statusModel()->rowCount(), 45);
    EXPECT_TRUE(window.statusBar()->currentMessage().isEmpty());
    window.releaseHeldLoads(); // nothing held any more
    EXPECT_EQ(loaded, 1);
}

} // namespace
// The window makes the day's backup when it opens a file; when none can be made, it says so
// and no change goes through its file until one can.
TEST(MainWindowBackup, WithoutTheDaysBackupTheWindowChangesNothing)
{
    test::TempDatabase file;
    ASSERT_TRUE(DemoBureau::install(file.db()).ok());
    file.close();
    test::writeFile(file.path() + QStringLiteral("-backups"), "a file where the backup folder goes");
    OpenError error;
    auto db = Database::open(file.path(), Database::Mode::OpenExisting, &error);
    ASSERT_TRUE(db) << error.message.toStdString();
    MainWindow window;
    window.setUserName(QStringLiteral("staff"));
    window.setDatabase(std::move(db));
    const QLabel *state = window.findChild<QLabel *>(QStringLiteral("saveState"));
    ASSERT_TRUE(state);
    EXPECT_TRUE(state->text().contains(QStringLiteral("No backup could be made"))) << state->text().toStdString();
    const Figure figure{QStringLiteral("JY01"), QStringLiteral("D01"), Period{2019, 4}, 9.9, {}};
    EXPECT_THROW(FigureRepository(*window.database()).upsert({figure}, QStringLiteral("staff")), StorageError);
    EXPECT_NE(FigureRepository(*window.database()).find(figure.indicatorCode, figure.orgUnitCode, figure.period)->value, 9.9);
}

} // namespace zhibiao
