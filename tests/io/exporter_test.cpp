#include "testsupport.h"

#include "io/csv.h"
#include "io/demobureau.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "storage/auditrepository.h"

#include <QMap>

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

const QList<InterchangeKind> kAllKinds{InterchangeKind::OrgUnits, InterchangeKind::Indicators,
                                       InterchangeKind::Targets, InterchangeKind::Figures};

class DemoExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const ImportResult result = DemoBureau::install(m_temp.db());
        ASSERT_TRUE(result.ok()) << result.errors.first().toString().toStdString();
    }

    QByteArray exported(InterchangeKind kind, int year = 0) const { return Exporter(m_temp.db()).exportCsv(kind, year); }

    TempDatabase m_temp;
};

QList<CsvRecord> parsedRows(const QByteArray &data)
{
    const CsvParseResult parsed = Csv::parse(data);
    EXPECT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString();
    return parsed.records.mid(1);
}

// The rows of an interchange file by key, with the numeric columns read as doubles so that
// "4.50" and "4.5" compare equal.
QMap<QString, QVariantList> semanticRows(InterchangeKind kind, const QByteArray &data)
{
    const QStringList header = Csv::parse(data).records.value(0).fields;
    EXPECT_EQ(header, Interchange::columns(kind) + Interchange::optionalColumns(kind));
    QMap<QString, QVariantList> rows;
    for (const CsvRecord &record : parsedRows(data)) {
        const QStringList f = record.fields;
        QVariantList values;
        QString key;
        switch (kind) {
        case InterchangeKind::OrgUnits:
        case InterchangeKind::Indicators:
            key = f.value(0);
            for (const QString &field : f)
                values << field;
            break;
        case InterchangeKind::Targets:
            key = QStringList{f.value(0), f.value(1), f.value(2)}.join(QLatin1Char('|'));
            values << f.value(3).toDouble();
            break;
        case InterchangeKind::Figures:
            key = QStringList{f.value(0), f.value(1), f.value(2), f.value(3)}.join(QLatin1Char('|'));
            values << f.value(4).toDouble() << f.value(5);
            break;
        }
        EXPECT_FALSE(rows.contains(key)) << key.toStdString();
        rows.insert(key, values);
    }
    return rows;
}

} // namespace

TEST_F(DemoExport, EqualsTheShippedFilesRowForRow)
{
    for (InterchangeKind kind : kAllKinds) {
        SCOPED_TRACE(Interchange::name(kind).toStdString());
        const QByteArray shipped = readFile(sourcePath(QStringLiteral("resources/demo/%1.csv").arg(Interchange::name(kind))));
        ASSERT_FALSE(shipped.isEmpty());
        const auto expected = semanticRows(kind, shipped);
        const auto actual = semanticRows(kind, exported(kind));
        EXPECT_EQ(actual.size(), expected.size());
        EXPECT_EQ(actual, expected);
    }
}

TEST_F(DemoExport, ReimportingTheExportChangesNothing)
{
    const int audit = AuditRepository(m_temp.db()).count();
    const Importer importer(m_temp.db(), QStringLiteral("admin"));
    for (InterchangeKind kind : kAllKinds) {
        SCOPED_TRACE(Interchange::name(kind).toStdString());
        const QByteArray data = exported(kind);
        const ImportResult result = importer.import(kind, data);
        ASSERT_TRUE(result.ok()) << result.errors.first().toString().toStdString();
        EXPECT_EQ(result.counts.changed(), 0);
        EXPECT_EQ(result.counts.unchanged, result.rows);
        EXPECT_EQ(result.rows, parsedRows(data).size());
        // And exporting again gives the same bytes.
        EXPECT_EQ(exported(kind), data);
    }
    EXPECT_EQ(AuditRepository(m_temp.db()).count(), audit);
}

TEST_F(DemoExport, YearFilter)
{
    const QList<CsvRecord> figures2018 = parsedRows(exported(InterchangeKind::Figures, 2018));
    const QList<CsvRecord> all = parsedRows(exported(InterchangeKind::Figures));
    ASSERT_FALSE(figures2018.isEmpty());
    EXPECT_LT(figures2018.size(), all.size());
    for (const CsvRecord &record : figures2018)
        EXPECT_EQ(record.fields.value(2), QStringLiteral("2018"));
    for (const CsvRecord &record : parsedRows(exported(InterchangeKind::Targets, 2019)))
        EXPECT_EQ(record.fields.value(2), QStringLiteral("2019"));
    EXPECT_TRUE(parsedRows(exported(InterchangeKind::Figures, 2030)).isEmpty());
}

TEST(Exporter, AwkwardNotesAndValuesSurviveTheRoundTrip)
{
    TempDatabase source;
    const Importer in(source.db(), QStringLiteral("admin"));
    ASSERT_TRUE(in.import(InterchangeKind::OrgUnits, "code,name,parent\nCITY,\"全市, 含开发区\",\n").ok());
    ASSERT_TRUE(in.import(InterchangeKind::Indicators,
                          "code,category,subcategory,name,unit,kind,direction,precision,parent,sort,schedule\n"
                          "A1,类,,\"名称 \"\"甲\"\"\",万元,cumulative,higher,3,,1,12.5/40/70/100\n")
                    .ok());
    const QByteArray figures = "code,org_unit,year,quarter,value,note\n"
                               "A1,CITY,2019,1,0.30000000000000004,\"第一行\n第二行, 有逗号\"\n"
                               "A1,CITY,2019,2,123456.789,\"引号\"\"内\"\"\"\n";
    ASSERT_TRUE(in.import(InterchangeKind::Figures, figures).ok());

    TempDatabase copy;
    const Importer out(copy.db(), QStringLiteral("admin"));
    for (InterchangeKind kind : kAllKinds) {
        const ImportResult result = out.import(kind, Exporter(source.db()).exportCsv(kind));
        ASSERT_TRUE(result.ok()) << Interchange::name(kind).toStdString() << ": "
                                 << result.errors.first().toString().toStdString();
        EXPECT_EQ(Exporter(copy.db()).exportCsv(kind), Exporter(source.db()).exportCsv(kind));
    }
    // The copy's own export, imported back into the source, is no change at all.
    const ImportResult back = in.import(InterchangeKind::Figures, Exporter(copy.db()).exportCsv(InterchangeKind::Figures));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.counts.changed(), 0);
}
