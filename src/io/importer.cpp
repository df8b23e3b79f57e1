#include "io/importer.h"

#include "core/numberformat.h"
#include "core/textrules.h"
#include "core/valuerules.h"
#include "io/csv.h"
#include "io/rowreader.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/figurerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/storageerror.h"
#include "storage/targetrepository.h"

#include <QDir>
#include <QHash>
#include <QSet>

namespace zhibiao {

namespace {
// A code's index, the last code asked for tried first: the rows of one indicator and org
// unit usually come together (its quarters, its years), and comparing two short strings
// costs less than hashing one. -1 for an unknown code.
class CodeLookup
{
public:
    explicit CodeLookup(const QHash<QString, int> &indexes) : m_indexes(indexes) {}

    int find(const QString &code)
    {
        if (m_lastIndex < -1 || code != m_lastCode) {
            m_lastCode = code;
            m_lastIndex = m_indexes.value(code, -1);
        }
        return m_lastIndex;
    }

private:
    const QHash<QString, int> &m_indexes;
    QString m_lastCode;
    int m_lastIndex = -2; // nothing asked yet
};
} // namespace

QString ImportIssue::toString() const
{
    if (line <= 0)
        return reason;
    if (!cell.isEmpty())
        return Importer::tr("row %1, cell %2 (%3): %4").arg(line).arg(cell, column, reason);
    if (column.isEmpty())
        return Importer::tr("line %1: %2").arg(line).arg(reason);
    return Importer::tr("line %1, column %2: %3").arg(line).arg(column, reason);
}

ImportRows Importer::read(InterchangeKind kind, const RecordTable &csv, const ImportProgress &progress) const
{
    ImportRows parsed;
    QList<ImportIssue> &errors = parsed.result.errors;
    const bool spreadsheet = csv.source == RecordTable::Source::Xlsx;

    if (!csv.error.isEmpty()) {
        errors << ImportIssue{csv.errorLine, {}, csv.error};
        return parsed;
    }
    if (csv.records.isEmpty()) {
        errors << ImportIssue{1, {}, tr("the file is empty; it needs the header row: %1")
                                         .arg(Interchange::columns(kind).join(QLatin1Char(',')))};
        return parsed;
    }

    const ColumnIndex columns(csv.records.first().fields);
    QStringList missing;
    for (const QString &column : Interchange::columns(kind)) {
        if (!columns.contains(column))
            missing << column;
    }
    if (!missing.isEmpty()) {
        errors << ImportIssue{1, {}, tr("the header row lacks the column(s) %1; a %2 file has: %3")
                                         .arg(missing.join(QStringLiteral(", ")), Interchange::name(kind),
                                              Interchange::columns(kind).join(QLatin1Char(',')))};
        return parsed;
    }

    const QList<Indicator> catalogue = CatalogueRepository(m_db).indicators(true);
    // Each known code's place in the catalogue or the org tree: what a figure's or a
    // target's key is made of, so that checking it costs integers, not strings.
    QHash<QString, int> indicatorIndex;
    for (qsizetype i = 0; i < catalogue.size(); ++i)
        indicatorIndex.insert(catalogue.at(i).code, static_cast<int>(i));
    const OrgTree orgTree = OrgUnitRepository(m_db).tree();
    QHash<QString, int> orgUnitIndex;
    for (qsizetype i = 0; i < orgTree.units().size(); ++i)
        orgUnitIndex.insert(orgTree.units().at(i).code, static_cast<int>(i));

    CodeLookup findIndicator(indicatorIndex);
    CodeLookup findOrgUnit(orgUnitIndex);
    QSet<QString> seenKeys;
    QSet<quint64> seenFacts; // figures and targets of known codes, by their indexes
    // Runs for every row: one hash look-up, and the description is built only for a repeat.
    auto checkUnique = [&](RowReader &row, auto &seen, const auto &key, const auto &describe) {
        const qsizetype before = seen.size();
        seen.insert(key);
        if (seen.size() == before)
            row.fail({}, tr("%1 appears more than once in the file").arg(describe()));
    };

    // Codes defined by this file count as known for the parent columns (of indicators and
    // org units; the other kinds have none).
    QSet<QString> fileCodes;
    if (kind == InterchangeKind::Indicators || kind == InterchangeKind::OrgUnits) {
        for (qsizetype i = 1; i < csv.records.size(); ++i) {
            const int index = columns.value(QStringLiteral("code"));
            if (index < csv.records[i].fields.size())
                fileCodes.insert(csv.records[i].fields.at(index).trimmed());
        }
    }

    const int total = static_cast<int>(csv.records.size() - 1);
    for (qsizetype i = 1; i < csv.records.size(); ++i) {
        if (progress && i % 256 == 0)
            progress(static_cast<int>(i), total);
        const qsizetype before = errors.size();
        RowReader row(csv.records.at(i), columns, errors, spreadsheet);
        if (!row.hasTheHeadersFields(columns.size()))
            continue;
        switch (kind) {
        case InterchangeKind::Indicators: {
            Indicator indicator;
            indicator.code = row.text(QStringLiteral("code"), true, TextRules::kMaxCodeLength);
            indicator.category = row.text(QStringLiteral("category"), true);
            indicator.subcategory = row.text(QStringLiteral("subcategory"));
            indicator.name = row.text(QStringLiteral("name"), true);
            indicator.unit = row.text(QStringLiteral("unit"), true);
            const QString kindText = row.text(QStringLiteral("kind"), true);
            if (const auto k = indicatorKindFromString(kindText))
                indicator.kind = *k;
            else if (!kindText.isEmpty())
                row.fail(QStringLiteral("kind"), tr("'%1' is not one of cumulative, stock, rate, growth").arg(kindText));
            const QString directionText = row.text(QStringLiteral("direction"), true);
            if (const auto d = directionFromString(directionText))
                indicator.direction = *d;
            else if (!directionText.isEmpty())
                row.fail(QStringLiteral("direction"), tr("'%1' is not one of higher, ceiling").arg(directionText));
            indicator.precision = row.integer(QStringLiteral("precision"), 0, 6, false)
                                      .value_or(NumberFormat::precisionForUnit(indicator.unit));
            indicator.parentCode = row.text(QStringLiteral("parent"));
            if (!indicator.parentCode.isEmpty()) {
                if (indicator.parentCode == indicator.code)
                    row.fail(QStringLiteral("parent"), tr("an indicator cannot be its own parent"));
                else if (!fileCodes.contains(indicator.parentCode) && !indicatorIndex.contains(indicator.parentCode))
                    row.fail(QStringLiteral("parent"), tr("no indicator with the code %1").arg(indicator.parentCode));
            }
            indicator.sortOrder = row.integer(QStringLiteral("sort"), -1000000, 1000000, false)
                                      .value_or(row.line() * 10);
            bool scheduleOk = true;
            QString scheduleError;
            indicator.schedule = Schedule::parse(row.text(QStringLiteral("schedule")), &scheduleOk, &scheduleError);
            if (!scheduleOk)
                row.fail(QStringLiteral("schedule"), scheduleError);
            indicator.phrase = row.text(QStringLiteral("phrase"), false, TextRules::kMaxNoteLength);
            QString clausesError;
            indicator.clauses = clausesFromString(row.text(QStringLiteral("clauses"), false, TextRules::kMaxNoteLength),
                                                  &clausesError);
            if (!clausesError.isEmpty())
                row.fail(QStringLiteral("clauses"), clausesError);
            if (!indicator.code.isEmpty())
                checkUnique(row, seenKeys, indicator.code, [&] { return tr("the code %1").arg(indicator.code); });
            if (errors.size() == before) {
                parsed.indicators << indicator;
                parsed.lines << row.line();
            }
            break;
        }
        case InterchangeKind::OrgUnits: {
            OrgUnit unit;
            unit.code = row.text(QStringLiteral("code"), true, TextRules::kMaxCodeLength);
            unit.name = row.text(QStringLiteral("name"), true);
            unit.parentCode = row.text(QStringLiteral("parent"));
            unit.sortOrder = static_cast<int>(i) * 10;
            if (!unit.parentCode.isEmpty() && unit.parentCode == unit.code)
                row.fail(QStringLiteral("parent"), tr("an org unit cannot be its own parent"));
            else if (!unit.parentCode.isEmpty() && !fileCodes.contains(unit.parentCode)
                     && !orgUnitIndex.contains(unit.parentCode))
                row.fail(QStringLiteral("parent"), tr("no org unit with the code %1").arg(unit.parentCode));
            if (unit.isRoot()) {
                const OrgUnit *root = orgTree.root();
                if (root && root->code != unit.code)
                    row.fail(QStringLiteral("parent"), tr("the bureau already has its root %1; give "
                                                          "this unit a parent").arg(root->code));
                checkUnique(row, seenKeys, QStringLiteral("\x01root"), [] { return tr("a unit without parent (the root)"); });
            }
            if (!unit.code.isEmpty())
                checkUnique(row, seenKeys, unit.code, [&] { return tr("the code %1").arg(unit.code); });
            if (errors.size() == before) {
                parsed.orgUnits << unit;
                parsed.lines << row.line();
            }
            break;
        }
        case InterchangeKind::Targets:
        case InterchangeKind::Figures: {
            const bool figures = kind == InterchangeKind::Figures;
            const QString code = row.text(QStringLiteral("code"), true, TextRules::kMaxCodeLength);
            const QString orgUnit = row.text(QStringLiteral("org_unit"), true, TextRules::kMaxCodeLength);
            const int indicatorAt = findIndicator.find(code);
            const bool knownIndicator = indicatorAt >= 0;
            const int orgUnitAt = findOrgUnit.find(orgUnit);
            const bool knownOrgUnit = orgUnitAt >= 0;
            if (!code.isEmpty() && !knownIndicator)
                row.fail(QStringLiteral("code"), tr("no indicator with the code %1 in the catalogue; "
                                                    "import it with the indicators first").arg(code));
            if (!orgUnit.isEmpty() && !knownOrgUnit)
                row.fail(QStringLiteral("org_unit"), tr("no org unit with the code %1").arg(orgUnit));
            const auto year = row.integer(QStringLiteral("year"), 1900, 9999);
            const auto quarter = figures ? row.integer(QStringLiteral("quarter"), 1, 4) : std::optional<int>(0);
            const QString valueColumn = figures ? QStringLiteral("value") : QStringLiteral("target");
            const auto value = row.number(valueColumn);
            const QString note =
                figures ? row.text(QStringLiteral("note"), false, TextRules::kMaxNoteLength, true) : QString();
            if (value && knownIndicator) {
                const QString problem = ValueRules::problem(catalogue.at(indicatorAt), *value,
                                                            figures ? ValueRules::Of::Figure : ValueRules::Of::Target);
                if (!problem.isEmpty())
                    row.fail(valueColumn, problem);
            }
            const auto describe = [&] {
                return figures ? tr("the figure %1/%2/%3Q%4").arg(code, orgUnit).arg(*year).arg(*quarter)
                               : tr("the target %1/%2/%3").arg(code, orgUnit).arg(*year);
            };
            if (year && quarter && knownIndicator && knownOrgUnit)
                checkUnique(row, seenFacts,
                            (static_cast<quint64>(indicatorAt) << 40) | (static_cast<quint64>(orgUnitAt) << 20)
                                | (static_cast<quint64>(*year) << 3) | static_cast<quint64>(*quarter),
                            describe);
            else if (year && quarter)
                checkUnique(row, seenKeys,
                            QStringList{code, orgUnit, QString::number(*year), QString::number(*quarter)}.join(QLatin1Char('|')),
                            describe);
            if (errors.size() != before)
                break;
            parsed.lines << row.line();
            if (figures)
                parsed.figures << Figure{code, orgUnit, Period{*year, *quarter}, *value, note};
            else
                parsed.targets << Target{code, orgUnit, *year, *value};
            break;
        }
        }
    }
    parsed.result.rows = total;
    if (progress)
        progress(total, total);
    return parsed;
}

ImportResult Importer::validate(InterchangeKind kind, const QByteArray &data) const
{
    return read(kind, RecordTable::fromCsv(Csv::parse(data))).result;
}

ImportResult Importer::import(InterchangeKind kind, const QByteArray &data, const QString &sourceName) const
{
    ImportRows parsed = read(kind, RecordTable::fromCsv(Csv::parse(data)));
    return write(kind, parsed, sourceName);
}

ImportResult Importer::import(InterchangeKind kind, const RecordTable &table, const QString &sourceName,
                              const ImportProgress &progress) const
{
    ImportRows parsed = read(kind, table, progress);
    if (!parsed.result.ok())
        return parsed.result;
    // One transaction cannot report its way through: the write is one step of the total.
    if (progress)
        progress(0, 0);
    ImportResult result = write(kind, parsed, sourceName);
    if (progress)
        progress(parsed.result.rows, parsed.result.rows);
    return result;
}

ImportResult Importer::write(InterchangeKind kind, ImportRows &parsed, const QString &sourceName) const
{
    if (!parsed.result.ok())
        return parsed.result;
    const QString note = sourceName.isEmpty() ? tr("import") : tr("import %1").arg(sourceName);
    try {
        switch (kind) {
        case InterchangeKind::Indicators:
            parsed.result.counts = CatalogueRepository(m_db).upsert(parsed.indicators, m_userName, note);
            break;
        case InterchangeKind::OrgUnits:
            parsed.result.counts = OrgUnitRepository(m_db).upsert(parsed.orgUnits, m_userName, note);
            break;
        case InterchangeKind::Targets:
            parsed.result.counts = TargetRepository(m_db).upsert(parsed.targets, m_userName, note);
            break;
        case InterchangeKind::Figures:
            parsed.result.counts = FigureRepository(m_db).upsert(parsed.figures, m_userName, note);
            break;
        }
    } catch (const StorageError &e) {
        // Name the database: a full disk or a read-only file is about it, not the import file.
        parsed.result.errors << ImportIssue{0, {}, tr("nothing was imported into %1: %2")
                                                       .arg(QDir::toNativeSeparators(m_db.path()), e.message())};
        parsed.result.writeFailure = e.kind();
    }
    return parsed.result;
}

} // namespace zhibiao
