#include "testsupport.h"

#include "io/importer.h"
#include "storage/auditrepository.h"
#include "storage/cataloguerepository.h"
#include "storage/figurerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/targetrepository.h"

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

const char kIndicatorHeader[] = "code,category,subcategory,name,unit,kind,direction,precision,parent,sort,schedule\n";
const char kFigureHeader[] = "code,org_unit,year,quarter,value,note\n";

// How many rows each table holds: what an import may change.
struct RowCounts
{
    qsizetype orgUnits = 0;
    qsizetype indicators = 0;
    qsizetype targets = 0;
    qsizetype figures = 0;
    int audit = 0;
    friend bool operator==(const RowCounts &, const RowCounts &) = default;
};

void PrintTo(const RowCounts &c, std::ostream *os)
{
    *os << "{org units " << c.orgUnits << ", indicators " << c.indicators << ", targets " << c.targets
        << ", figures " << c.figures << ", audit " << c.audit << "}";
}

// A small bureau imported through the importer itself, then closed and reopened so that the
// file's bytes can be compared before and after each import that must not write.
class ImporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        importOk(InterchangeKind::OrgUnits, "code,name,parent\nCITY,全市,\nD01,青禾区,CITY\nD02,鹭洲区,CITY\n");
        importOk(InterchangeKind::Indicators,
                 QByteArray(kIndicatorHeader)
                     + "JY01,就业创业,,城镇新增就业,万人,cumulative,higher,2,,10,\n"
                       "JN02,技能人才培养,,新增高技能人才,人,cumulative,higher,0,JN01,30,\n"
                       "JN01,技能人才培养,,新增技能人才,万人,cumulative,higher,2,,20,5/15/70/100\n"
                       "JY04,就业创业,,城镇登记失业率,%,rate,ceiling,,,,\n");
        importOk(InterchangeKind::Targets, "code,org_unit,year,target\nJY01,CITY,2019,4.50\nJY04,CITY,2019,4.0\n");
        importOk(InterchangeKind::Figures, QByteArray(kFigureHeader)
                                               + "JY01,CITY,2019,1,1.40,\nJY01,D01,2019,1,0.41,\n"
                                                 "JY04,CITY,2019,1,3.3,季节性波动\n");
        snapshot();
    }

    ImportResult import(InterchangeKind kind, const QByteArray &data) const
    {
        return Importer(m_temp.db(), TempDatabase::admin()).import(kind, data, QStringLiteral("test.csv"));
    }

    void importOk(InterchangeKind kind, const QByteArray &data)
    {
        const ImportResult result = import(kind, data);
        ASSERT_TRUE(result.ok()) << result.errors.first().toString().toStdString();
    }

    RowCounts counts() const
    {
        return {OrgUnitRepository(m_temp.db()).tree().units().size(),
                CatalogueRepository(m_temp.db()).indicators(true).size(),
                TargetRepository(m_temp.db()).targets().size(), FigureRepository(m_temp.db()).figures().size(),
                AuditRepository(m_temp.db()).count()};
    }

    // Closing checkpoints the write-ahead log into the main file, so the bytes taken here are
    // everything the database holds.
    void snapshot()
    {
        m_temp.close();
        m_bytes = readFile(m_temp.path());
        ASSERT_FALSE(m_bytes.isEmpty());
        m_temp.reopen();
        m_counts = counts();
    }

    void expectDatabaseUnchanged()
    {
        EXPECT_EQ(counts(), m_counts);
        m_temp.close();
        EXPECT_TRUE(readFile(m_temp.path()) == m_bytes) << "the database file changed";
        m_temp.reopen();
    }

    // Exactly one error, at this line and column (empty: the whole line or file).
    void expectOneError(const ImportResult &result, int line, const char *column)
    {
        ASSERT_EQ(result.errors.size(), 1) << describe(result);
        EXPECT_EQ(result.errors[0].line, line) << describe(result);
        EXPECT_EQ(result.errors[0].column, QString::fromLatin1(column)) << describe(result);
        EXPECT_FALSE(result.errors[0].reason.isEmpty());
        expectDatabaseUnchanged();
    }

    static std::string describe(const ImportResult &result)
    {
        QStringList lines;
        for (const ImportIssue &issue : result.errors)
            lines << issue.toString();
        return lines.join(QLatin1Char('\n')).toStdString();
    }

    ImportResult figures(const char *rows) const { return import(InterchangeKind::Figures, QByteArray(kFigureHeader) + rows); }
    ImportResult indicators(const char *rows) const
    {
        return import(InterchangeKind::Indicators, QByteArray(kIndicatorHeader) + rows);
    }

    TempDatabase m_temp;
    QByteArray m_bytes;
    RowCounts m_counts;
};

} // namespace

TEST_F(ImporterTest, AGoodImportChangesTheFile)
{
    // The control for every "unchanged" check below: a real write does show in the bytes.
    const ImportResult result = figures("JY01,CITY,2019,2,2.97,\n");
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(result.counts, (UpsertCounts{1, 0, 0}));
    m_temp.close();
    EXPECT_NE(readFile(m_temp.path()), m_bytes);
    m_temp.reopen();
}

TEST_F(ImporterTest, ImportedFieldsArriveAsWritten)
{
    const auto jn01 = CatalogueRepository(m_temp.db()).find(QStringLiteral("JN01"));
    ASSERT_TRUE(jn01);
    EXPECT_EQ(jn01->schedule, Schedule({5.0, 15.0, 70.0, 100.0}));
    EXPECT_EQ(CatalogueRepository(m_temp.db()).find(QStringLiteral("JN02"))->parentCode, QStringLiteral("JN01"));
    // Empty precision and sort take the unit's precision and the line's position.
    const auto jy04 = CatalogueRepository(m_temp.db()).find(QStringLiteral("JY04"));
    EXPECT_EQ(jy04->precision, 1);
    EXPECT_EQ(jy04->sortOrder, 50);
    EXPECT_EQ(jy04->kind, IndicatorKind::Rate);
    EXPECT_EQ(jy04->direction, Direction::Ceiling);
    EXPECT_EQ(OrgUnitRepository(m_temp.db()).tree().root()->code, QStringLiteral("CITY"));
    EXPECT_EQ(TargetRepository(m_temp.db()).target(QStringLiteral("JY01"), QStringLiteral("CITY"), 2019), 4.5);
    const auto note = FigureRepository(m_temp.db()).find(QStringLiteral("JY04"), QStringLiteral("CITY"), Period{2019, 1});
    ASSERT_TRUE(note);
    EXPECT_EQ(note->note, QStringLiteral("季节性波动"));
    // Each figure and target is audited with the importing user.
    const QList<AuditEntry> log = AuditRepository(m_temp.db()).entries(QStringLiteral("JY01"), QStringLiteral("D01"));
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log[0].userName, TempDatabase::admin());
    EXPECT_TRUE(log[0].note.contains(QStringLiteral("test.csv")));
}

TEST_F(ImporterTest, HeaderIsCaseInsensitiveAndInAnyOrder)
{
    const ImportResult result = import(InterchangeKind::Figures,
                                       "Note,VALUE,quarter,year,org_unit,code,extra\n,2.97,2,2019,CITY,JY01,x\n");
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_DOUBLE_EQ(FigureRepository(m_temp.db()).find(QStringLiteral("JY01"), QStringLiteral("CITY"), Period{2019, 2})->value,
                     2.97);
}

TEST_F(ImporterTest, ValidateNeverWrites)
{
    const ImportResult result = Importer(m_temp.db(), QStringLiteral("王芳"))
                                    .validate(InterchangeKind::Figures, QByteArray(kFigureHeader) + "JY01,CITY,2019,2,2.97,\n");
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.rows, 1);
    expectDatabaseUnchanged();
}

TEST_F(ImporterTest, HeaderOnlyImportsNothing)
{
    const ImportResult result = figures("");
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.rows, 0);
    EXPECT_EQ(result.counts.changed(), 0);
}

TEST_F(ImporterTest, MissingColumnInTheHeader)
{
    const ImportResult result = import(InterchangeKind::Figures, "code,org_unit,year,value,note\nJY01,CITY,2019,2.97,\n");
    expectOneError(result, 1, "");
    EXPECT_TRUE(result.errors[0].reason.contains(QStringLiteral("quarter")));
}

TEST_F(ImporterTest, EmptyFile)
{
    expectOneError(import(InterchangeKind::Figures, ""), 1, "");
    expectOneError(import(InterchangeKind::Targets, "\n\n"), 1, "");
}

TEST_F(ImporterTest, UnknownIndicatorCode)
{
    const ImportResult result = figures("JY01,CITY,2019,2,2.97,\nXX99,CITY,2019,2,1,\n");
    expectOneError(result, 3, "code");
    EXPECT_TRUE(result.errors[0].reason.contains(QStringLiteral("XX99")));
    EXPECT_TRUE(result.errors[0].toString().startsWith(QStringLiteral("line 3, column code: ")))
        << result.errors[0].toString().toStdString();
}

TEST_F(ImporterTest, UnknownOrgUnit)
{
    expectOneError(figures("JY01,D09,2019,2,2.97,\n"), 2, "org_unit");
}

TEST_F(ImporterTest, YearNotANumber)
{
    expectOneError(figures("JY01,CITY,2O19,2,2.97,\n"), 2, "year");
    expectOneError(import(InterchangeKind::Targets, "code,org_unit,year,target\nJY01,CITY,19,4.5\n"), 2, "year");
}

TEST_F(ImporterTest, QuarterOutOfRange)
{
    expectOneError(figures("JY01,CITY,2019,5,2.97,\n"), 2, "quarter");
    expectOneError(figures("JY01,CITY,2019,0,2.97,\n"), 2, "quarter");
    expectOneError(figures("JY01,CITY,2019,,2.97,\n"), 2, "quarter");
}

TEST_F(ImporterTest, ValuesThatAreNotPlainNumbers)
{
    expectOneError(figures("JY01,CITY,2019,2,12a,\n"), 2, "value");
    expectOneError(figures("JY01,CITY,2019,2,\"1,234\",\n"), 2, "value");
    expectOneError(figures("JY01,CITY,2019,2,2.97万人,\n"), 2, "value");
    expectOneError(figures("JY01,CITY,2019,2,,\n"), 2, "value");
    expectOneError(figures("JY01,CITY,2019,2,inf,\n"), 2, "value");
    expectOneError(import(InterchangeKind::Targets, "code,org_unit,year,target\nJY01,D01,2019,一千\n"), 2, "target");
}

TEST_F(ImporterTest, DuplicateKeyInTheFile)
{
    const ImportResult result = figures("JY01,CITY,2019,2,2.97,\nJY01,D01,2019,2,1,\nJY01,CITY,2019,2,3.1,\n");
    expectOneError(result, 4, "");
    EXPECT_TRUE(result.errors[0].reason.contains(QStringLiteral("more than once")));
}

TEST_F(ImporterTest, NotesWithLineBreaksKeepLineNumbersRight)
{
    const ImportResult result = figures("JY01,CITY,2019,2,2.97,\"第一行\n第二行\"\nJY01,D01,2019,2,x,\n");
    expectOneError(result, 4, "value");
}

TEST_F(ImporterTest, CsvSyntaxErrorNamesItsLine)
{
    expectOneError(figures("JY01,CITY,2019,2,2.97,\nJY01,D01,2019,2,1,\"open\n"), 3, "");
    expectOneError(figures("JY01,CITY,2019,2,2.97,ab\"c\n"), 2, "");
}

TEST_F(ImporterTest, NonUtf8FileIsRefused)
{
    const ImportResult result = figures("JY01,CITY,2019,2,2.97,\xC7\xE0\xBA\xCC\n");
    ASSERT_EQ(result.errors.size(), 1);
    expectDatabaseUnchanged();
}

TEST_F(ImporterTest, EveryBadLineIsReported)
{
    const ImportResult result = figures("JY01,CITY,2019,2,2.97,\n"   // 2 good
                                        "JY01,CITY,2019,5,1,\n"      // 3 quarter
                                        "XX01,CITY,2019,2,1,\n"      // 4 code
                                        "JY01,D01,2019,2,0.9,\n"     // 5 good
                                        "JY01,D02,2019,2,1x,\n"      // 6 value
                                        "JY04,ZZ,20x9,2,3.3,\n"      // 7 org_unit and year
                                        "JY04,CITY,2019,2,3.2,\n"    // 8 good
                                        "JY01,CITY,2019,2,3.0,\n");  // 9 duplicate of line 2
    ASSERT_EQ(result.errors.size(), 6) << describe(result);
    QList<std::pair<int, QString>> where;
    for (const ImportIssue &issue : result.errors)
        where << std::pair{issue.line, issue.column};
    EXPECT_EQ(where, (QList<std::pair<int, QString>>{{3, QStringLiteral("quarter")},
                                                      {4, QStringLiteral("code")},
                                                      {6, QStringLiteral("value")},
                                                      {7, QStringLiteral("org_unit")},
                                                      {7, QStringLiteral("year")},
                                                      {9, QString()}}));
    expectDatabaseUnchanged();
}

TEST_F(ImporterTest, IndicatorWithBadKindOrDirection)
{
    expectOneError(indicators("JY05,就业创业,,新指标,万人,flow,higher,2,,60,\n"), 2, "kind");
    expectOneError(indicators("JY05,就业创业,,新指标,万人,cumulative,lower,2,,60,\n"), 2, "direction");
    expectOneError(indicators("JY05,就业创业,,新指标,万人,cumulative,higher,7,,60,\n"), 2, "precision");
    expectOneError(indicators("JY05,就业创业,,,万人,cumulative,higher,2,,60,\n"), 2, "name");
}

TEST_F(ImporterTest, IndicatorWithBadSchedule)
{
    const ImportResult result = indicators("JY05,就业创业,,新指标,万人,cumulative,higher,2,,60,50/25/75/100\n");
    expectOneError(result, 2, "schedule");
    expectOneError(indicators("JY05,就业创业,,新指标,万人,cumulative,higher,2,,60,25/50/75\n"), 2, "schedule");
}

TEST_F(ImporterTest, IndicatorParents)
{
    expectOneError(indicators("JY05,就业创业,,新指标,万人,cumulative,higher,2,JY05,60,\n"), 2, "parent");
    expectOneError(indicators("JY01,就业创业,,城镇新增就业,万人,cumulative,higher,2,,10,\n"
                              "JY05,就业创业,,新指标,万人,cumulative,higher,2,JY99,60,\n"),
                   3, "parent");
    // A parent defined further down the same file, or already in the catalogue, is fine.
    const ImportResult ok = indicators("JY06,就业创业,,子指标,人,cumulative,higher,0,JY05,70,\n"
                                       "JY05,就业创业,,新指标,万人,cumulative,higher,2,JY01,60,\n");
    EXPECT_TRUE(ok.ok()) << describe(ok);
    EXPECT_EQ(ok.counts, (UpsertCounts{2, 0, 0}));
}

TEST_F(ImporterTest, OrgUnitSecondRoot)
{
    expectOneError(import(InterchangeKind::OrgUnits, "code,name,parent\nD03,桐溪县,CITY\nOTHER,另一个市,\n"), 3,
                   "parent");
    expectOneError(import(InterchangeKind::OrgUnits, "code,name,parent\nD03,桐溪县,NOPE\n"), 2, "parent");
    expectOneError(import(InterchangeKind::OrgUnits, "code,name,parent\nD03,桐溪县,D03\n"), 2, "parent");
}

TEST(Importer, TwoRootsInOneFile)
{
    TempDatabase temp;
    const ImportResult result = Importer(temp.db(), QStringLiteral("admin"))
                                    .import(InterchangeKind::OrgUnits, "code,name,parent\nA,甲市,\nB,乙市,\n");
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors[0].line, 3);
    EXPECT_TRUE(OrgUnitRepository(temp.db()).tree().isEmpty());
}

TEST_F(ImporterTest, ImportingTheSameFileTwiceChangesNothing)
{
    const QByteArray file = QByteArray(kFigureHeader)
                            + "JY01,CITY,2019,2,2.97,\nJY01,D01,2019,2,0.92,\"说明, 含逗号\"\nJY04,CITY,2019,2,3.3,\n";
    const ImportResult first = import(InterchangeKind::Figures, file);
    ASSERT_TRUE(first.ok()) << describe(first);
    EXPECT_EQ(first.counts, (UpsertCounts{3, 0, 0}));
    const int audit = AuditRepository(m_temp.db()).count();

    const ImportResult second = import(InterchangeKind::Figures, file);
    ASSERT_TRUE(second.ok()) << describe(second);
    EXPECT_EQ(second.counts.changed(), 0);
    EXPECT_EQ(second.counts.unchanged, 3);
    EXPECT_EQ(AuditRepository(m_temp.db()).count(), audit);

    // The set-up's own files too.
    const ImportResult targets = import(InterchangeKind::Targets, "code,org_unit,year,target\nJY01,CITY,2019,4.5\n");
    EXPECT_EQ(targets.counts, (UpsertCounts{0, 0, 1}));
}

TEST_F(ImporterTest, AChangedFigureIsUpdatedAndAudited)
{
    const ImportResult result = figures("JY01,CITY,2019,1,1.45,更正\nJY01,D01,2019,1,0.41,\n");
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(result.counts, (UpsertCounts{0, 1, 1}));
    const QList<AuditEntry> log = AuditRepository(m_temp.db()).entries(QStringLiteral("JY01"), QStringLiteral("CITY"), 2019, 1);
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[1].oldValue, 1.4);
    EXPECT_EQ(log[1].newValue, 1.45);
}
