#include "app/admin/cataloguedialog.h"
#include "app/admin/cataloguevalidator.h"
#include "io/demobureau.h"
#include "storage/cataloguerepository.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

class CatalogueDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(DemoBureau::install(m_temp.db()).ok()); }

    template<typename T>
    static T *child(const QWidget &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    static int rowOf(const QTableWidget *table, const QString &code)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == code)
                return row;
        }
        return -1;
    }
    static void click(const QWidget &dialog, const char *button)
    {
        QTest::mouseClick(child<QPushButton>(dialog, button), Qt::LeftButton);
    }

    test::TempDatabase m_temp;
};

TEST_F(CatalogueDialogTest, ABadScheduleIsRefusedWithWhatToTypeAndAGoodOneSaved)
{
    CatalogueDialog dialog(m_temp.db(), QStringLiteral("admin"));
    dialog.show();
    auto *table = child<QTableWidget>(dialog, "indicatorTable");
    ASSERT_EQ(table->rowCount(), 45);
    table->selectRow(rowOf(table, QStringLiteral("JY02")));
    EXPECT_EQ(child<QLineEdit>(dialog, "codeEdit")->text(), QStringLiteral("JY02"));
    EXPECT_EQ(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("农村劳动力转移"));
    EXPECT_EQ(child<QLineEdit>(dialog, "unitEdit")->text(), QStringLiteral("万人"));

    auto *schedule = child<QLineEdit>(dialog, "scheduleEdit");
    schedule->clear();
    QTest::keyClicks(schedule, QStringLiteral("50/40/75/100"));
    click(dialog, "saveButton");
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("such as 20/45/75/100"))) << dialog.message().toStdString();
    EXPECT_FALSE(CatalogueRepository(m_temp.db()).find(QStringLiteral("JY02"))->schedule);

    schedule->clear();
    QTest::keyClicks(schedule, QStringLiteral("20/45/75/100"));
    click(dialog, "saveButton");
    const auto saved = CatalogueRepository(m_temp.db()).find(QStringLiteral("JY02"));
    ASSERT_TRUE(saved->schedule);
    EXPECT_EQ(saved->schedule->expectedShare(2), 45.0);
    EXPECT_EQ(saved->name, QStringLiteral("农村劳动力转移")); // other fields untouched
}

TEST_F(CatalogueDialogTest, AddsAnIndicatorThenRetiresAndUnretiresIt)
{
    CatalogueDialog dialog(m_temp.db(), QStringLiteral("admin"));
    dialog.show();
    auto *table = child<QTableWidget>(dialog, "indicatorTable");
    table->selectRow(rowOf(table, QStringLiteral("JY01")));
    click(dialog, "addButton");
    auto *code = child<QLineEdit>(dialog, "codeEdit");
    EXPECT_TRUE(code->text().isEmpty());
    EXPECT_FALSE(code->isReadOnly());
    EXPECT_EQ(child<QLineEdit>(dialog, "categoryEdit")->text(), QStringLiteral("就业创业")); // from JY01

    QTest::keyClicks(code, QStringLiteral("JY01"));
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("零工市场登记人数"));
    child<QLineEdit>(dialog, "unitEdit")->setText(QStringLiteral("人"));
    click(dialog, "saveButton");
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("JY01 already exists"))) << dialog.message().toStdString();

    code->clear();
    QTest::keyClicks(code, QStringLiteral("JY09"));
    child<QComboBox>(dialog, "kindCombo")->setCurrentIndex(1); // stock
    child<QLineEdit>(dialog, "parentEdit")->setText(QStringLiteral("JY01"));
    click(dialog, "saveButton");
    const auto added = CatalogueRepository(m_temp.db()).find(QStringLiteral("JY09"));
    ASSERT_TRUE(added) << dialog.message().toStdString();
    EXPECT_EQ(added->kind, IndicatorKind::Stock);
    EXPECT_EQ(added->parentCode, QStringLiteral("JY01"));
    EXPECT_EQ(added->unit, QStringLiteral("人"));
    EXPECT_EQ(table->rowCount(), 46);
    EXPECT_EQ(table->item(table->currentRow(), 0)->text(), QStringLiteral("JY09"));

    auto *retire = child<QPushButton>(dialog, "retireButton");
    click(dialog, "retireButton");
    EXPECT_TRUE(CatalogueRepository(m_temp.db()).find(QStringLiteral("JY09"))->retired);
    EXPECT_TRUE(child<QCheckBox>(dialog, "retiredCheck")->isChecked());
    EXPECT_TRUE(retire->text().contains(QStringLiteral("Unre")));
    EXPECT_EQ(table->rowCount(), 46); // retired indicators stay listed
    click(dialog, "retireButton");
    EXPECT_FALSE(CatalogueRepository(m_temp.db()).find(QStringLiteral("JY09"))->retired);
}

TEST_F(CatalogueDialogTest, StaffMayReadButNotChange)
{
    CatalogueDialog dialog(m_temp.db(), QStringLiteral("staff"));
    dialog.show();
    EXPECT_EQ(child<QTableWidget>(dialog, "indicatorTable")->rowCount(), 45);
    EXPECT_FALSE(child<QPushButton>(dialog, "saveButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(dialog, "addButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(dialog, "retireButton")->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog, "roleLabel")->text().contains(QStringLiteral("only an admin")));
}

// The dialog's own check refuses what storage would: a terminal escape, an endless name.
TEST(CatalogueValidatorTest, ControlCharactersAndEndlessNamesAreRefusedWithWhatToDo)
{
    Indicator indicator;
    indicator.code = QStringLiteral("JY09");
    indicator.category = QStringLiteral("就业创业");
    indicator.unit = QStringLiteral("万人");
    indicator.name = QStringLiteral("新增\x1b[31m就业");
    QString problem = CatalogueValidator::check(indicator, {}, {}, true);
    EXPECT_TRUE(problem.contains(QStringLiteral("control character"))) << problem.toStdString();
    indicator.name = QStringLiteral("长").repeated(101);
    problem = CatalogueValidator::check(indicator, {}, {}, true);
    EXPECT_TRUE(problem.contains(QStringLiteral("at most 100"))) << problem.toStdString();
    indicator.name = QStringLiteral("新增就业");
    EXPECT_TRUE(CatalogueValidator::check(indicator, {}, {}, true).isEmpty());
}

} // namespace
} // namespace zhibiao
