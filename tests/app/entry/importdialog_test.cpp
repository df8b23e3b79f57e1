#include "testsupport.h"

#include "app/entry/exportdialog.h"
#include "app/entry/importdialog.h"
#include "io/demobureau.h"
#include "storage/figurerepository.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

using test::TempDatabase;

// JY01 D04 2019Q3 is 0.80 (open quarter), D01's 2019Q3 is submitted, 2020 is empty.
const char kGoodRows[] = "code,org_unit,year,quarter,value,note\n"
                         "JY01,D04,2019,3,0.85,补报一家企业\n"
                         "JY02,D04,2020,1,0.31,\n";

class ImportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(DemoBureau::install(m_temp.db()).ok());
    }
    QString write(const char *name, const QByteArray &data) const
    {
        const QString path = m_temp.dir() + QLatin1Char('/') + QLatin1String(name);
        test::writeFile(path, data);
        return path;
    }
    static QTableWidget *table(const ImportDialog &dialog)
    {
        return dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    }

    TempDatabase m_temp;
};

TEST_F(ImportDialogTest, BadRowIsRefusedAndImportDisabled)
{
    const QString path = write("figures.csv", QByteArray(kGoodRows) + "JY03,D04,2020,1,1.2.3,\n");
    ImportDialog dialog(m_temp.db(), QStringLiteral("staff"));
    dialog.show();
    dialog.setFile(path);

    QTableWidget *preview = table(dialog);
    ASSERT_NE(preview, nullptr);
    ASSERT_EQ(preview->rowCount(), 3);
    EXPECT_EQ(preview->item(0, 1)->text(), QStringLiteral("changed"));
    EXPECT_EQ(preview->item(0, 3)->text(), QStringLiteral("0.8"));
    EXPECT_EQ(preview->item(1, 1)->text(), QStringLiteral("new"));
    EXPECT_EQ(preview->item(2, 0)->text(), QStringLiteral("4"));
    EXPECT_EQ(preview->item(2, 1)->text(), QStringLiteral("refused"));
    EXPECT_TRUE(preview->item(2, 5)->text().contains(QStringLiteral("'1.2.3' is not a number")));
    // Coloured as well as worded: the refused row's background differs from the new row's.
    EXPECT_NE(preview->item(2, 1)->background().color(), preview->item(1, 1)->background().color());
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    EXPECT_TRUE(dialog.adviceText().contains(QStringLiteral("correct or delete those rows"))) << dialog.adviceText().toStdString();

    // Nothing was written by the preview.
    EXPECT_FALSE(FigureRepository(m_temp.db()).find(QStringLiteral("JY02"), QStringLiteral("D04"), Period{2020, 1}));

    // Corrected on disk and reloaded: the import goes through, in one step.
    test::writeFile(path, kGoodRows);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("reloadButton")), Qt::LeftButton);
    ASSERT_EQ(preview->rowCount(), 2);
    ASSERT_TRUE(dialog.importButton()->isEnabled());
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    EXPECT_EQ(imported.count(), 1);
    EXPECT_TRUE(dialog.adviceText().startsWith(QStringLiteral("Imported: 1 new, 1 changed"))) << dialog.adviceText().toStdString();
    const auto figure = FigureRepository(m_temp.db()).find(QStringLiteral("JY01"), QStringLiteral("D04"), Period{2019, 3});
    ASSERT_TRUE(figure);
    EXPECT_EQ(figure->value, 0.85);
    EXPECT_FALSE(dialog.importButton()->isEnabled());
}

TEST_F(ImportDialogTest, LockedQuarterIsRefusedWithWhatToDo)
{
    const QString path = write("locked.csv", "code,org_unit,year,quarter,value,note\nJY01,D01,2019,3,1.70,\n");
    ImportDialog dialog(m_temp.db(), QStringLiteral("staff"));
    dialog.setFile(path);
    ASSERT_EQ(table(dialog)->rowCount(), 1);
    EXPECT_EQ(table(dialog)->item(0, 1)->text(), QStringLiteral("refused"));
    EXPECT_TRUE(table(dialog)->item(0, 5)->text().contains(QStringLiteral("Ask a leader to return the quarter")));
    EXPECT_FALSE(dialog.importButton()->isEnabled());

    ImportDialog leaderDialog(m_temp.db(), QStringLiteral("leader"));
    leaderDialog.setFile(path);
    EXPECT_EQ(table(leaderDialog)->item(0, 1)->text(), QStringLiteral("changed"));
    EXPECT_TRUE(leaderDialog.importButton()->isEnabled());
}

TEST_F(ImportDialogTest, WorkbookKindIsToldFromItsHeader)
{
    ImportDialog dialog(m_temp.db(), QStringLiteral("staff"));
    dialog.setFile(test::sourcePath(QStringLiteral("tests/io/data/figures-sample-libreoffice.xlsx")));
    ASSERT_TRUE(dialog.preview());
    EXPECT_EQ(dialog.preview()->kind(), InterchangeKind::Figures);
    EXPECT_EQ(dialog.preview()->count(PreviewRow::Status::New), 6);
    EXPECT_TRUE(dialog.importButton()->isEnabled());

    const QString text = write("notes.csv", "a,b\n1,2\n");
    dialog.setFile(text);
    EXPECT_FALSE(dialog.preview());
    EXPECT_TRUE(dialog.adviceText().contains(QStringLiteral("Choose the kind"))) << dialog.adviceText().toStdString();
    EXPECT_FALSE(dialog.importButton()->isEnabled());
}

TEST_F(ImportDialogTest, ExportDialogWritesTheEntryTemplate)
{
    ExportDialog dialog(m_temp.db(), Period{2019, 4}, QStringLiteral("D04"));
    dialog.setWhat(ExportDialog::EntryTemplate);
    dialog.setXlsx(true);
    EXPECT_EQ(dialog.suggestedFileName(), QStringLiteral("template-D04-2019Q4.xlsx"));
    const QString path = m_temp.dir() + QStringLiteral("/t.xlsx");
    QString error;
    ASSERT_TRUE(dialog.exportTo(path, &error)) << error.toStdString();
    ImportDialog import(m_temp.db(), QStringLiteral("staff"));
    import.setFile(path);
    ASSERT_TRUE(import.preview());
    EXPECT_GT(import.preview()->rows().size(), 40);
    // Every value cell is still empty, so every row is refused and says so.
    EXPECT_EQ(import.preview()->count(PreviewRow::Status::Refused), import.preview()->rows().size());

    dialog.setWhat(ExportDialog::Targets);
    dialog.setXlsx(false);
    EXPECT_EQ(dialog.suggestedFileName(), QStringLiteral("targets-2019.csv"));
}

// Writes docs/screenshots/import-preview.png when ZHIBIAO_SCREENSHOTS names the docs folder.
TEST_F(ImportDialogTest, Screenshot)
{
    const QString folder = qEnvironmentVariable("ZHIBIAO_SCREENSHOTS");
    if (folder.isEmpty())
        GTEST_SKIP() << "set ZHIBIAO_SCREENSHOTS to a folder to write the screenshot";
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    const QString path = write("D04-2019Q3.csv",
                               "code,org_unit,year,quarter,value,note\n"
                               "JY01,D04,2019,3,0.85,补报一家企业的新增就业\n"
                               "JY02,D04,2019,3,1.02,\n"
                               "JY03,D04,2019,3,0.35,\n"
                               "JY04,D04,2019,3,3,\n"
                               "JY01,D04,2019,4,0.95,\n"
                               "JY03,D04,2019,4,0.01,\n"
                               "JY01,D04,2020,1,0.21,\n"
                               "JY01,D01,2019,3,1.70,\n"
                               "JY02,D04,2019,4,1.3万,\n");
    ImportDialog dialog(m_temp.db(), QStringLiteral("staff"));
    dialog.resize(1180, 470);
    dialog.show();
    dialog.setFile(path);
    QTest::qWait(50);
    ASSERT_TRUE(dialog.grab().save(QDir(folder).filePath(QStringLiteral("import-preview.png"))));
}

} // namespace
} // namespace zhibiao
