#include "testsupport.h"

#include "io/demobureau.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "io/importfile.h"
#include "io/xlsxreader.h"
#include "io/xlsxsheetwriter.h"
#include "storage/cataloguerepository.h"
#include "storage/figurerepository.h"
#include "storage/targetrepository.h"

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

QString dataFile(const char *name)
{
    return sourcePath(QStringLiteral("tests/io/data/") + QLatin1String(name));
}

QStringList fieldsOf(const RecordTable &table, qsizetype index)
{
    return table.records.at(index).fields;
}

class DemoDatabase
{
public:
    DemoDatabase()
    {
        const ImportResult result = DemoBureau::install(m_temp.db());
        if (!result.ok())
            ADD_FAILURE() << result.errors.first().toString().toStdString();
    }
    const Database &db() const { return m_temp.db(); }
    QString filePath(const QString &name) const { return m_temp.dir() + QLatin1Char('/') + name; }

private:
    TempDatabase m_temp;
};

} // namespace

TEST(XlsxReader, ColumnNamesAndIndexes)
{
    EXPECT_EQ(XlsxReader::columnName(0), QStringLiteral("A"));
    EXPECT_EQ(XlsxReader::columnName(25), QStringLiteral("Z"));
    EXPECT_EQ(XlsxReader::columnName(26), QStringLiteral("AA"));
    EXPECT_EQ(XlsxReader::columnName(16383), QStringLiteral("XFD"));
    EXPECT_EQ(XlsxReader::columnIndex(QStringLiteral("C5")), 2);
    EXPECT_EQ(XlsxReader::columnIndex(QStringLiteral("AB12")), 27);
    EXPECT_EQ(XlsxReader::columnIndex(QStringLiteral("XFD1")), 16383);
    EXPECT_EQ(XlsxReader::columnIndex(QStringLiteral("12")), -1);
}

TEST(XlsxReader, NumbersReadAsAPersonWroteThem)
{
    EXPECT_EQ(XlsxReader::numberText(QStringLiteral("4.5999999999999996")), QStringLiteral("4.6"));
    EXPECT_EQ(XlsxReader::numberText(QStringLiteral("0.30000000000000004")), QStringLiteral("0.3"));
    EXPECT_EQ(XlsxReader::numberText(QStringLiteral("2019")), QStringLiteral("2019"));
    EXPECT_EQ(XlsxReader::numberText(QStringLiteral("1.2E1")), QStringLiteral("12"));
    EXPECT_EQ(XlsxReader::numberText(QStringLiteral("123456.789")), QStringLiteral("123456.789"));
}

// A workbook written by hand the way Excel writes them: the first sheet is not sheet1.xml,
// strings shared with rich-text runs and a phonetic guide, inline strings, formulas with
// cached results, a missing row, a row of styled empty cells, a skipped cell, a boolean.
TEST(XlsxReader, ReadsExcelStyleCells)
{
    const RecordTable table = ImportFile::readFile(dataFile("figures-excel-style.xlsx"));
    ASSERT_TRUE(table.ok()) << table.error.toStdString();
    ASSERT_EQ(table.records.size(), 4);
    EXPECT_EQ(fieldsOf(table, 0), Interchange::columns(InterchangeKind::Figures));
    EXPECT_EQ(table.records.at(1).line, 2);
    EXPECT_EQ(fieldsOf(table, 1), QStringList({QStringLiteral("JY01"), QStringLiteral("D03"), QStringLiteral("2020"),
                                               QStringLiteral("1"), QStringLiteral("4.6"), QStringLiteral("返乡创业")}));
    EXPECT_EQ(table.records.at(2).line, 4);
    EXPECT_EQ(fieldsOf(table, 2), QStringList({QStringLiteral("JY02"), QStringLiteral("D03"), QStringLiteral("2020"),
                                               QStringLiteral("1"), QStringLiteral("3")}));
    EXPECT_EQ(table.records.at(3).line, 6);
    EXPECT_EQ(fieldsOf(table, 3).at(4), QStringLiteral("12"));
    EXPECT_EQ(fieldsOf(table, 3).at(5), QStringLiteral("TRUE"));
}

TEST(XlsxImport, ExcelStyleNumberKeepsItsDecimalValue)
{
    DemoDatabase demo;
    const ImportResult result = Importer(demo.db(), QStringLiteral("staff"))
                                    .import(InterchangeKind::Figures,
                                            ImportFile::readFile(dataFile("figures-excel-style.xlsx")), QStringLiteral("x.xlsx"));
    ASSERT_TRUE(result.ok()) << result.errors.first().toString().toStdString();
    EXPECT_EQ(result.counts.inserted, 3);
    const auto figure = FigureRepository(demo.db()).find(QStringLiteral("JY01"), QStringLiteral("D03"), Period{2020, 1});
    ASSERT_TRUE(figure);
    EXPECT_EQ(figure->value, 4.6);
    EXPECT_EQ(figure->note, QStringLiteral("返乡创业"));
}

// tests/io/data/figures-sample-libreoffice.xlsx is figures-sample.csv converted by
// `libreoffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx`.
TEST(XlsxImport, LibreOfficeWorkbookImportsLikeItsCsv)
{
    DemoDatabase fromCsv;
    DemoDatabase fromXlsx;
    const ImportResult csv = Importer(fromCsv.db(), QStringLiteral("staff"))
                                 .import(InterchangeKind::Figures, ImportFile::readFile(dataFile("figures-sample.csv")),
                                         QStringLiteral("figures-sample.csv"));
    const ImportResult xlsx = Importer(fromXlsx.db(), QStringLiteral("staff"))
                                  .import(InterchangeKind::Figures,
                                          ImportFile::readFile(dataFile("figures-sample-libreoffice.xlsx")),
                                          QStringLiteral("figures-sample.csv"));
    ASSERT_TRUE(csv.ok()) << csv.errors.first().toString().toStdString();
    ASSERT_TRUE(xlsx.ok()) << xlsx.errors.first().toString().toStdString();
    EXPECT_EQ(csv.counts.inserted, 6);
    EXPECT_EQ(xlsx.counts, csv.counts);
    const QList<Figure> expected = FigureRepository(fromCsv.db()).figures(2020);
    ASSERT_EQ(expected.size(), 6);
    EXPECT_EQ(FigureRepository(fromXlsx.db()).figures(2020), expected);
    // The quoted note with a comma and doubled quotes survived both routes.
    const auto note = FigureRepository(fromXlsx.db()).find(QStringLiteral("JY01"), QStringLiteral("D02"), Period{2020, 1});
    ASSERT_TRUE(note);
    EXPECT_EQ(note->note, QStringLiteral("一季度受\"疫情\"影响"));
}

TEST(XlsxExport, RoundTripChangesNothing)
{
    DemoDatabase demo;
    const Exporter exporter(demo.db());
    const Importer importer(demo.db(), QStringLiteral("admin")); // the catalogue is an admin's
    for (InterchangeKind kind : {InterchangeKind::OrgUnits, InterchangeKind::Indicators,
                                 InterchangeKind::Targets, InterchangeKind::Figures}) {
        const QString path = demo.filePath(Interchange::name(kind) + QStringLiteral(".xlsx"));
        QString error;
        ASSERT_TRUE(exporter.exportFile(kind, 0, path, &error)) << error.toStdString();
        const RecordTable table = ImportFile::readFile(path);
        ASSERT_TRUE(table.ok()) << table.error.toStdString();
        // The workbook holds what the CSV holds, cell for cell.
        const CsvParseResult csv = Csv::parse(exporter.exportCsv(kind));
        ASSERT_EQ(table.records.size(), csv.records.size());
        for (qsizetype i = 0; i < csv.records.size(); ++i) {
            QStringList fields = table.records.at(i).fields;
            while (fields.size() < csv.records.at(i).fields.size())
                fields << QString(); // a trailing empty cell is no cell
            EXPECT_EQ(fields, csv.records.at(i).fields) << "row " << i + 1 << " of " << path.toStdString();
        }
        const ImportResult result = importer.import(kind, table, path);
        ASSERT_TRUE(result.ok()) << result.errors.first().toString().toStdString();
        EXPECT_EQ(result.counts.changed(), 0) << Interchange::name(kind).toStdString();
        EXPECT_EQ(result.counts.unchanged, result.rows);
    }
}

TEST(XlsxImport, BadCellNamesItsRowAndColumn)
{
    DemoDatabase demo;
    XlsxSheet sheet;
    sheet.header = Interchange::columns(InterchangeKind::Figures);
    sheet.rows = {QStringList{QStringLiteral("JY01"), QStringLiteral("D04"), QStringLiteral("2019"), QStringLiteral("4"),
                              QStringLiteral("0.9"), QString()},
                  QStringList{QStringLiteral("JY02"), QStringLiteral("D04"), QStringLiteral("2019"), QStringLiteral("4"),
                              QStringLiteral("1,5"), QString()}};
    sheet.numberColumns = {2, 3, 4};
    const QString path = demo.filePath(QStringLiteral("bad.xlsx"));
    QString error;
    const QByteArray workbook = XlsxSheetWriter::render(sheet, &error);
    ASSERT_FALSE(workbook.isEmpty()) << error.toStdString();
    writeFile(path, workbook);
    const QList<Figure> before = FigureRepository(demo.db()).figures();

    const ImportResult result = Importer(demo.db(), QStringLiteral("staff"))
                                    .import(InterchangeKind::Figures, ImportFile::readFile(path), path);
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors.first().line, 3);
    EXPECT_EQ(result.errors.first().column, QStringLiteral("value"));
    EXPECT_EQ(result.errors.first().cell, QStringLiteral("E3"));
    EXPECT_TRUE(result.errors.first().toString().startsWith(QStringLiteral("row 3, cell E3 (value): '1,5'")))
        << result.errors.first().toString().toStdString();
    EXPECT_EQ(FigureRepository(demo.db()).figures(), before); // the good row was not written either
}

TEST(XlsxReader, RefusesWhatIsNoWorkbook)
{
    const RecordTable text = ImportFile::read("code,org_unit\n", ImportFile::Format::Xlsx);
    EXPECT_TRUE(text.error.contains(QStringLiteral("not an XLSX workbook"))) << text.error.toStdString();

    const RecordTable old = ImportFile::read(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), ImportFile::Format::Xlsx);
    EXPECT_TRUE(old.error.contains(QStringLiteral(".xls"))) << old.error.toStdString();

    const QByteArray workbook = readFile(dataFile("figures-sample-libreoffice.xlsx"));
    ASSERT_GT(workbook.size(), 1000);
    const RecordTable truncated = ImportFile::read(workbook.left(workbook.size() / 2), ImportFile::Format::Xlsx);
    EXPECT_TRUE(truncated.error.contains(QStringLiteral("damaged"))) << truncated.error.toStdString();

    QByteArray flipped = workbook;
    const qsizetype sheet = flipped.indexOf("xl/worksheets/sheet1.xml"); // local header of the sheet
    ASSERT_GT(sheet, 0);
    flipped[sheet + 200] = static_cast<char>(flipped.at(sheet + 200) ^ 0x55); // inside its deflated data
    const RecordTable corrupt = ImportFile::read(flipped, ImportFile::Format::Xlsx);
    EXPECT_TRUE(corrupt.error.contains(QStringLiteral("damaged"))) << corrupt.error.toStdString();
}

TEST(XlsxReader, EmptyWorkbookSaysSo)
{
    TempDatabase temp;
    const QString path = temp.dir() + QStringLiteral("/empty.xlsx");
    QString error;
    const QByteArray workbook = XlsxSheetWriter::render(XlsxSheet{QStringLiteral("Sheet1"), {}, {}, {}, {}, {}}, &error);
    ASSERT_FALSE(workbook.isEmpty()) << error.toStdString();
    writeFile(path, workbook);
    const RecordTable table = ImportFile::readFile(path);
    EXPECT_TRUE(table.error.contains(QStringLiteral("empty"))) << table.error.toStdString();
    const ImportResult result = Importer(temp.db(), QStringLiteral("staff")).import(InterchangeKind::Figures, table, path);
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors.first().toString(), table.error);
}

TEST(XlsxExport, EntryTemplateFillsAndImportsBack)
{
    DemoDatabase demo;
    const QString path = demo.filePath(QStringLiteral("template.xlsx"));
    QString error;
    ASSERT_TRUE(Exporter(demo.db()).exportTemplate(QStringLiteral("D04"), Period{2020, 2}, path, &error))
        << error.toStdString();
    EXPECT_FALSE(Exporter(demo.db()).exportTemplate(QStringLiteral("NOPE"), Period{2020, 2}, path, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("NOPE")));

    RecordTable table = ImportFile::readFile(path);
    ASSERT_TRUE(table.ok()) << table.error.toStdString();
    EXPECT_EQ(ImportFile::detectKind(table), InterchangeKind::Figures);
    EXPECT_EQ(fieldsOf(table, 0), QStringLiteral("code,org_unit,year,quarter,value,note,name,unit").split(QLatin1Char(',')));
    const QList<Indicator> active = CatalogueRepository(demo.db()).indicators(false);
    ASSERT_EQ(table.records.size(), active.size() + 1);
    EXPECT_EQ(fieldsOf(table, 1).mid(0, 4), QStringList({active.first().code, QStringLiteral("D04"),
                                                         QStringLiteral("2020"), QStringLiteral("2")}));
    EXPECT_EQ(fieldsOf(table, 1).value(6), active.first().name);
    EXPECT_EQ(fieldsOf(table, 1).value(7), active.first().unit);

    // Unfilled, every row is refused for its empty value; filled, every row is new.
    const Importer importer(demo.db(), QStringLiteral("staff"));
    EXPECT_EQ(importer.import(InterchangeKind::Figures, table, path).errors.size(), active.size());
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        while (table.records[i].fields.size() < 5)
            table.records[i].fields << QString();
        table.records[i].fields[4] = QString::number(i);
    }
    const ImportResult result = importer.import(InterchangeKind::Figures, table, path);
    ASSERT_TRUE(result.ok()) << result.errors.first().toString().toStdString();
    EXPECT_EQ(result.counts.inserted, active.size());
    const auto last = FigureRepository(demo.db()).find(active.last().code, QStringLiteral("D04"), Period{2020, 2});
    ASSERT_TRUE(last);
    EXPECT_EQ(last->value, static_cast<double>(active.size()));
}

TEST(ImportFile, DetectsKindFromHeader)
{
    auto header = [](const char *text) {
        return ImportFile::read(QByteArray(text) + "\n", ImportFile::Format::Csv);
    };
    EXPECT_EQ(ImportFile::detectKind(header("code,name,parent")), InterchangeKind::OrgUnits);
    EXPECT_EQ(ImportFile::detectKind(header("code,category,subcategory,name,unit,kind,direction,precision,parent,sort,schedule")),
              InterchangeKind::Indicators);
    EXPECT_EQ(ImportFile::detectKind(header("year,code,org_unit,target")), InterchangeKind::Targets);
    EXPECT_EQ(ImportFile::detectKind(header("Code,Org_Unit,Year,Quarter,Value,Note,extra")), InterchangeKind::Figures);
    EXPECT_EQ(ImportFile::detectKind(header("code,value")), std::nullopt);
    EXPECT_EQ(ImportFile::formatOf(QStringLiteral("/a/b/F.XLSX")), ImportFile::Format::Xlsx);
    EXPECT_EQ(ImportFile::formatOf(QStringLiteral("f.csv")), ImportFile::Format::Csv);
}
