#include "testsupport.h"

#include "io/demobureau.h"
#include "io/importfile.h"
#include "io/importpreview.h"
#include "storage/auditrepository.h"
#include "storage/figurerepository.h"

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

// Against the demo bureau: JY01 D04 2019Q3 is 0.80 and open; D01 2019Q3 is submitted
// (locked for staff); 2020 has no figures yet.
const char kFile[] = "code,org_unit,year,quarter,value,note\n"
                     "JY01,D04,2020,1,0.25,\n"          // 2: new
                     "JY01,D04,2019,3,0.85,补报\n"       // 3: changed, open quarter
                     "JY01,D04,2019,2,0.51,\n"          // 4: unchanged
                     "JY01,D01,2019,3,1.70,\n"          // 5: changed, but the quarter is submitted
                     "JY01,D01,2019,2,1.04,\n"          // 6: unchanged in an approved quarter: fine
                     "JY02,D04,2020,1,12 万人,\n";       // 7: not a number

class ImportPreviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const ImportResult result = DemoBureau::install(m_temp.db());
        ASSERT_TRUE(result.ok());
    }

    ImportPreview preview(const QString &user, const QByteArray &data = kFile) const
    {
        return ImportPreview::compute(m_temp.db(), user, InterchangeKind::Figures,
                                      ImportFile::read(data, ImportFile::Format::Csv));
    }

    TempDatabase m_temp;
};

const PreviewRow &rowOfLine(const ImportPreview &preview, int line)
{
    for (const PreviewRow &row : preview.rows()) {
        if (row.line == line)
            return row;
    }
    static const PreviewRow none;
    ADD_FAILURE() << "no row for line " << line;
    return none;
}

} // namespace

TEST_F(ImportPreviewTest, SortsRowsForStaffWithoutWriting)
{
    const QList<Figure> before = FigureRepository(m_temp.db()).figures();
    const int auditBefore = AuditRepository(m_temp.db()).count();

    const ImportPreview p = preview(QStringLiteral("staff"));
    ASSERT_TRUE(p.fileErrors().isEmpty());
    ASSERT_EQ(p.rows().size(), 6);
    EXPECT_EQ(rowOfLine(p, 2).status, PreviewRow::Status::New);
    EXPECT_EQ(rowOfLine(p, 2).after, QStringLiteral("0.25"));

    EXPECT_EQ(rowOfLine(p, 3).status, PreviewRow::Status::Changed);
    EXPECT_EQ(rowOfLine(p, 3).key, QStringLiteral("JY01 D04 2019Q3"));
    EXPECT_EQ(rowOfLine(p, 3).before, QStringLiteral("0.8"));
    EXPECT_EQ(rowOfLine(p, 3).after, QStringLiteral("0.85 (补报)"));

    EXPECT_EQ(rowOfLine(p, 4).status, PreviewRow::Status::Unchanged);
    EXPECT_EQ(rowOfLine(p, 6).status, PreviewRow::Status::Unchanged);

    EXPECT_EQ(rowOfLine(p, 5).status, PreviewRow::Status::Refused);
    EXPECT_TRUE(rowOfLine(p, 5).reason.contains(QStringLiteral("D01 2019Q3 is submitted")))
        << rowOfLine(p, 5).reason.toStdString();
    EXPECT_TRUE(rowOfLine(p, 5).reason.contains(QStringLiteral("Ask a leader")));

    EXPECT_EQ(rowOfLine(p, 7).status, PreviewRow::Status::Refused);
    EXPECT_EQ(rowOfLine(p, 7).key, QStringLiteral("JY02 D04 2020Q1")); // as the file spells it
    EXPECT_TRUE(rowOfLine(p, 7).reason.startsWith(QStringLiteral("value: '12 万人' is not a number")))
        << rowOfLine(p, 7).reason.toStdString();

    EXPECT_EQ(p.count(PreviewRow::Status::New), 1);
    EXPECT_EQ(p.count(PreviewRow::Status::Changed), 1);
    EXPECT_EQ(p.count(PreviewRow::Status::Unchanged), 2);
    EXPECT_EQ(p.count(PreviewRow::Status::Refused), 2);
    EXPECT_FALSE(p.canCommit());

    EXPECT_EQ(FigureRepository(m_temp.db()).figures(), before);
    EXPECT_EQ(AuditRepository(m_temp.db()).count(), auditBefore);
}

TEST_F(ImportPreviewTest, LeaderMayChangeLockedQuarter)
{
    QByteArray withoutBadRow = kFile;
    withoutBadRow.truncate(withoutBadRow.indexOf("JY02,D04"));
    const ImportPreview p = preview(QStringLiteral("leader"), withoutBadRow);
    EXPECT_EQ(rowOfLine(p, 5).status, PreviewRow::Status::Changed);
    EXPECT_EQ(rowOfLine(p, 5).before, QStringLiteral("1.61"));
    EXPECT_TRUE(p.canCommit());
    // The staff preview of the same file refuses the locked row, and so does the writer.
    const ImportPreview staff = preview(QStringLiteral("staff"), withoutBadRow);
    EXPECT_FALSE(staff.canCommit());
    const ImportResult refused = Importer(m_temp.db(), QStringLiteral("staff"))
                                     .import(InterchangeKind::Figures,
                                             ImportFile::read(withoutBadRow, ImportFile::Format::Csv), QStringLiteral("f.csv"));
    EXPECT_FALSE(refused.ok());
    EXPECT_FALSE(FigureRepository(m_temp.db()).find(QStringLiteral("JY01"), QStringLiteral("D04"), Period{2020, 1}));

    // Committed by the leader: exactly what the preview announced.
    const ImportResult done = Importer(m_temp.db(), QStringLiteral("leader"))
                                  .import(InterchangeKind::Figures,
                                          ImportFile::read(withoutBadRow, ImportFile::Format::Csv), QStringLiteral("f.csv"));
    ASSERT_TRUE(done.ok()) << done.errors.first().toString().toStdString();
    EXPECT_EQ(done.counts.inserted, p.count(PreviewRow::Status::New));
    EXPECT_EQ(done.counts.updated, p.count(PreviewRow::Status::Changed));
    EXPECT_EQ(done.counts.unchanged, p.count(PreviewRow::Status::Unchanged));
}

TEST_F(ImportPreviewTest, FileErrorsHaveNoRows)
{
    const ImportPreview p = preview(QStringLiteral("staff"), "code,org_unit,year\nJY01,D04,2020\n");
    EXPECT_TRUE(p.rows().isEmpty());
    ASSERT_EQ(p.fileErrors().size(), 1);
    EXPECT_TRUE(p.fileErrors().first().reason.contains(QStringLiteral("quarter")));
    EXPECT_FALSE(p.canCommit());
}

TEST_F(ImportPreviewTest, ReportsProgress)
{
    QByteArray big = "code,org_unit,year,quarter,value,note\n";
    for (int i = 0; i < 1000; ++i)
        big += "JY01,D04,2021,1," + QByteArray::number(i) + ",\n";
    int calls = 0;
    int lastDone = -1;
    int lastTotal = -1;
    const ImportPreview p = ImportPreview::compute(m_temp.db(), QStringLiteral("staff"), InterchangeKind::Figures,
                                                   ImportFile::read(big, ImportFile::Format::Csv),
                                                   [&](int done, int total) {
                                                       ++calls;
                                                       EXPECT_GE(done, lastDone);
                                                       lastDone = done;
                                                       lastTotal = total;
                                                   });
    EXPECT_GE(calls, 3);
    EXPECT_EQ(lastDone, 1000);
    EXPECT_EQ(lastTotal, 1000);
    // The same key a thousand times: all but the first are refused as duplicates.
    EXPECT_EQ(p.count(PreviewRow::Status::Refused), 999);
}

// What the entry grid would warn about shows in the preview too, without refusing the row.
TEST_F(ImportPreviewTest, AnUnusualFigureIsMarkedButNotRefused)
{
    const ImportPreview shown = preview(QStringLiteral("staff"), "code,org_unit,year,quarter,value,note\n"
                                                                 "JY01,D04,2019,4,0.01,\n");
    const PreviewRow &row = rowOfLine(shown, 2);
    EXPECT_NE(row.status, PreviewRow::Status::Refused);
    EXPECT_TRUE(row.reason.isEmpty());
    EXPECT_TRUE(row.warning.contains(QStringLiteral("cannot go down"))) << row.warning.toStdString();
    EXPECT_EQ(shown.warningCount(), 1);
    EXPECT_TRUE(shown.canCommit());
}

