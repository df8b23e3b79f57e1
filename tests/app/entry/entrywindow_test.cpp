#include "app/entry/entrygridmodel.h"
#include "app/entry/entrygridview.h"
#include "app/entry/returnreasondialog.h"
#include "app/entry/statustablemodel.h"
#include "app/shell/mainwindow.h"
#include "io/demobureau.h"
#include "storage/database.h"
#include "storage/figurerepository.h"
#include "storage/quarterstaterepository.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

// The main window's entry side: navigator, grid, completeness and the quarter workflow.
class EntryWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(DemoBureau::install(m_file.db()).ok());
        auto db = m_file.handOver();
        ASSERT_TRUE(db);
        m_window.setUserName(QStringLiteral("staff"));
        m_window.setDatabase(std::move(db));
    }

    template<typename T>
    T *child(const char *name)
    {
        auto *widget = m_window.findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    QTreeWidgetItem *navigatorItem(const QString &text)
    {
        const auto found = child<QTreeWidget>("navigatorTree")->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? nullptr : found.constFirst();
    }

    QuarterState state(const QString &org, Period period) const
    {
        return QuarterStateRepository(*m_window.database()).status(org, period).state;
    }

    test::TempDatabase m_file;
    MainWindow m_window;
};

TEST_F(EntryWindowTest, TheNavigatorChoosesWhatTheGridShows)
{
    EntryGridModel *model = m_window.entryModel();
    EXPECT_EQ(model->gridData().category, QStringLiteral("就业创业")); // the first category
    EXPECT_EQ(model->rowCount(), 4);

    auto *tree = child<QTreeWidget>("navigatorTree");
    QTreeWidgetItem *sub = navigatorItem(QStringLiteral("社保扶贫"));
    ASSERT_NE(sub, nullptr);
    tree->setCurrentItem(sub);
    EXPECT_EQ(model->gridData().subcategory, QStringLiteral("社保扶贫"));
    EXPECT_EQ(model->rowCount(), 4); // its heading and FP05–FP07

    QTreeWidgetItem *indicator = navigatorItem(QStringLiteral("城镇新增就业"));
    ASSERT_NE(indicator, nullptr);
    tree->setCurrentItem(indicator);
    EXPECT_EQ(model->gridData().category, QStringLiteral("就业创业"));
    const QModelIndex current = child<EntryGridView>("entryView")->currentIndex();
    EXPECT_EQ(current.data(EntryGridModel::CodeRole).toString(), QStringLiteral("JY01"));
}

TEST_F(EntryWindowTest, TheCitySeesWhichCountiesHaveSubmitted)
{
    m_window.setPeriod({2019, 3});
    EXPECT_EQ(m_window.completenessText(),
              QStringLiteral("2019 Q3: Submitted 3/4: 青禾区、鹭洲区、桐溪县; not submitted: 白芷县"));
    m_window.setOrgUnit(QStringLiteral("D04"));
    EXPECT_TRUE(m_window.completenessText().isEmpty()); // a county has no counties
}

TEST_F(EntryWindowTest, EnterSavesAndMovesDownTabMovesRight)
{
    m_window.setOrgUnit(QStringLiteral("D01"));
    m_window.show();
    auto *view = child<EntryGridView>("entryView");
    EntryGridModel *model = m_window.entryModel();
    const QModelIndex jy01 = model->index(model->rowOf(QStringLiteral("JY01")), EntryGridModel::Q4Column);
    view->setCurrentIndex(jy01);
    view->setFocus();
    view->edit(jy01);
    auto *editor = view->findChild<QLineEdit *>(QStringLiteral("numberEditor"));
    ASSERT_NE(editor, nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("1.88"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    const auto figure = FigureRepository(*m_window.database()).find(QStringLiteral("JY01"), QStringLiteral("D01"), {2019, 4});
    ASSERT_TRUE(figure);
    EXPECT_DOUBLE_EQ(figure->value, 1.88);
    EXPECT_EQ(view->currentIndex(), jy01.siblingAtRow(jy01.row() + 1));

    QTest::keyClick(view, Qt::Key_Tab);
    EXPECT_EQ(view->currentIndex().column(), EntryGridModel::Q4Column + 1);
}

// "1,234" and "3,2" are refused whole: Enter leaves the editor open with the text as typed,
// the status bar says why, and the stored figure is untouched.
TEST_F(EntryWindowTest, ANumberWithACommaIsNeverSavedAsAnotherNumber)
{
    m_window.setOrgUnit(QStringLiteral("D01"));
    m_window.show();
    auto *view = child<EntryGridView>("entryView");
    EntryGridModel *model = m_window.entryModel();
    const QModelIndex jy01 = model->index(model->rowOf(QStringLiteral("JY01")), EntryGridModel::Q4Column);
    const auto stored = [&] {
        return FigureRepository(*m_window.database()).find(QStringLiteral("JY01"), QStringLiteral("D01"), {2019, 4})->value;
    };
    const double before = stored();
    for (const QString &typed : {QStringLiteral("1,234"), QStringLiteral("3,2")}) {
        view->setCurrentIndex(jy01);
        view->setFocus();
        view->edit(jy01);
        auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(jy01));
        ASSERT_NE(editor, nullptr);
        editor->selectAll();
        QTest::keyClicks(editor, typed);
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents();
        EXPECT_DOUBLE_EQ(stored(), before) << qPrintable(typed);
        EXPECT_EQ(editor->text(), typed);
        EXPECT_EQ(view->indexWidget(jy01), editor); // still open to be corrected
        EXPECT_FALSE(m_window.statusBar()->currentMessage().isEmpty());
        QTest::keyClick(editor, Qt::Key_Escape);
        QApplication::processEvents();
    }
    EXPECT_DOUBLE_EQ(stored(), before);
}

// Typing into a Σ row or a locked quarter is said, in the status bar, never thrown away
// in silence; the two are told apart.
TEST_F(EntryWindowTest, TypingIntoASumOrALockedQuarterSaysWhy)
{
    m_window.show();
    auto *view = child<EntryGridView>("entryView");
    EntryGridModel *model = m_window.entryModel();
    m_window.setOrgUnit(QStringLiteral("CITY"));
    const QModelIndex sum = model->index(model->rowOf(QStringLiteral("JY01")), EntryGridModel::Q4Column);
    ASSERT_FALSE(model->flags(sum) & Qt::ItemIsEditable);
    view->setCurrentIndex(sum);
    view->setFocus();
    m_window.statusBar()->clearMessage();
    QTest::keyClicks(view, QStringLiteral("5"));
    const QString sumMessage = m_window.statusBar()->currentMessage();
    EXPECT_TRUE(sumMessage.contains(QStringLiteral("sum")) || sumMessage.contains(QStringLiteral("合计")))
        << qPrintable(sumMessage);
    EXPECT_EQ(view->indexWidget(sum), nullptr);

    // D01's Q3 is submitted in the demo: locked for staff.
    m_window.setOrgUnit(QStringLiteral("D01"));
    ASSERT_TRUE(model->isQuarterLocked(3));
    const QModelIndex locked = model->index(model->rowOf(QStringLiteral("JY01")), EntryGridModel::Q3Column);
    view->setCurrentIndex(locked);
    m_window.statusBar()->clearMessage();
    QTest::keyClick(view, Qt::Key_Delete);
    const QString lockedMessage = m_window.statusBar()->currentMessage();
    EXPECT_TRUE(lockedMessage.contains(QStringLiteral("locked")) || lockedMessage.contains(QStringLiteral("锁定")))
        << qPrintable(lockedMessage);
    EXPECT_NE(lockedMessage, sumMessage);
    EXPECT_FALSE(lockedMessage.contains(QStringLiteral("submitted")) && m_window.locale().language() == QLocale::Chinese);

    // The two kinds of read-only cell look different.
    EXPECT_NE(sum.data(Qt::ForegroundRole), locked.data(Qt::ForegroundRole));
    EXPECT_TRUE(locked.data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(child<QLabel>("entryLegend")->text().isEmpty());
}

TEST_F(EntryWindowTest, CtrlZInTheWindowUndoesTheSavedEdit)
{
    m_window.setOrgUnit(QStringLiteral("D01"));
    m_window.show();
    EntryGridModel *model = m_window.entryModel();
    const QModelIndex jy03 = model->index(model->rowOf(QStringLiteral("JY03")), EntryGridModel::Q4Column);
    const double before = FigureRepository(*m_window.database()).find(QStringLiteral("JY03"), QStringLiteral("D01"), {2019, 4})->value;
    ASSERT_TRUE(model->setData(jy03, QStringLiteral("3.10")));
    m_window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&m_window));
    EXPECT_DOUBLE_EQ(FigureRepository(*m_window.database()).find(QStringLiteral("JY03"), QStringLiteral("D01"), {2019, 4})->value, 3.10);
    QTest::keyClick(&m_window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(FigureRepository(*m_window.database()).find(QStringLiteral("JY03"), QStringLiteral("D01"), {2019, 4})->value, before);
    QTest::keyClick(&m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_DOUBLE_EQ(FigureRepository(*m_window.database()).find(QStringLiteral("JY03"), QStringLiteral("D01"), {2019, 4})->value, 3.10);
}

TEST_F(EntryWindowTest, SubmitLocksTheQuarterALeaderApprovesOrReturnsIt)
{
    m_window.setOrgUnit(QStringLiteral("D04"));
    m_window.setPeriod({2019, 3});
    auto *submit = child<QAction>("actionSubmit");
    auto *approve = child<QAction>("actionApprove");
    auto *giveBack = child<QAction>("actionReturn");
    EXPECT_TRUE(submit->isEnabled());
    EXPECT_FALSE(approve->isEnabled()); // staff cannot approve
    EXPECT_FALSE(m_window.entryModel()->isQuarterLocked(3));

    submit->trigger();
    EXPECT_EQ(state(QStringLiteral("D04"), {2019, 3}), QuarterState::Submitted);
    EXPECT_TRUE(m_window.entryModel()->isQuarterLocked(3));
    EXPECT_FALSE(submit->isEnabled());
    EXPECT_TRUE(child<QLabel>("quarterStateLabel")->text().contains(QStringLiteral("submitted")));

    m_window.setUserName(QStringLiteral("leader"));
    EXPECT_TRUE(approve->isEnabled());
    EXPECT_TRUE(giveBack->isEnabled());
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<ReturnReasonDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))->setPlainText(QStringLiteral("JY02 is missing"));
        dialog->accept();
    });
    giveBack->trigger();
    const QuarterStatus returned = QuarterStateRepository(*m_window.database()).status(QStringLiteral("D04"), {2019, 3});
    EXPECT_EQ(returned.state, QuarterState::Returned);
    EXPECT_EQ(returned.reason, QStringLiteral("JY02 is missing"));
    EXPECT_EQ(returned.changedBy, QStringLiteral("leader"));
    EXPECT_FALSE(m_window.entryModel()->isQuarterLocked(3));
}

TEST_F(EntryWindowTest, AnEmptyNewFileShowsAnEmptyGrid)
{
    test::TempDatabase empty;
    empty.close();
    OpenError error;
    auto db = Database::open(empty.path(), Database::Mode::CreateIfMissing, &error);
    ASSERT_TRUE(db) << error.message.toStdString();
    m_window.setDatabase(std::move(db));
    EXPECT_EQ(m_window.entryModel()->rowCount(), 0);
    EXPECT_EQ(m_window.statusModel()->rowCount(), 0);
    EXPECT_FALSE(child<QAction>("actionSubmit")->isEnabled());
}

// Writes docs/screenshots/entry-grid.png when ZHIBIAO_SCREENSHOTS names a folder: a county's
// 2019 Q4 with one figure typed in that trips the plausibility checks.
TEST_F(EntryWindowTest, Screenshot)
{
    const QString folder = qEnvironmentVariable("ZHIBIAO_SCREENSHOTS");
    if (folder.isEmpty())
        GTEST_SKIP() << "set ZHIBIAO_SCREENSHOTS to a folder to write the screenshot";
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    MainWindow window; // made after the font is set, so that every part uses it
    window.setUserName(QStringLiteral("staff"));
    ASSERT_TRUE(window.openFile(m_file.path()));
    window.resize(1440, 860);
    window.setOrgUnit(QStringLiteral("D01"));
    window.setPeriod({2019, 4});
    window.showCategory(QStringLiteral("民生工程"));
    window.show();
    EntryGridModel *model = window.entryModel();
    const QModelIndex ms01 = model->index(model->rowOf(QStringLiteral("MS01")), EntryGridModel::Q4Column);
    ASSERT_TRUE(model->setData(ms01, QStringLiteral("120"))); // Q3 was 344 and last year's Q4 384
    window.findChild<EntryGridView *>()->setCurrentIndex(ms01);
    QTest::qWait(100);
    ASSERT_TRUE(window.grab().save(QDir(folder).filePath(QStringLiteral("entry-grid.png"))));
}

} // namespace
} // namespace zhibiao
