#include "io/importpreview.h"

#include "core/quarterstate.h"
#include "io/importwarnings.h"
#include "storage/cataloguerepository.h"
#include "storage/figurerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/quarterstaterepository.h"
#include "storage/targetrepository.h"
#include "storage/userrepository.h"

#include <QSet>

#include <algorithm>
#include <set>
#include <tuple>

namespace zhibiao {

namespace {

QString valueText(double value, const QString &note = {})
{
    const QString number = Interchange::formatValue(value);
    return note.isEmpty() ? number : QStringLiteral("%1 (%2)").arg(number, note);
}

QString figureKey(const QString &code, const QString &orgUnit, Period period)
{
    return QStringLiteral("%1 %2 %3").arg(code, orgUnit, period.toString());
}

// Field by field, the parts of an indicator that differ: before and after.
std::pair<QString, QString> describeChange(const Indicator &was, const Indicator &now)
{
    QStringList before;
    QStringList after;
    auto compare = [&](const char *field, const QString &a, const QString &b) {
        if (a == b)
            return;
        before << QStringLiteral("%1: %2").arg(QLatin1String(field), a);
        after << QStringLiteral("%1: %2").arg(QLatin1String(field), b);
    };
    compare("category", was.category, now.category);
    compare("subcategory", was.subcategory, now.subcategory);
    compare("name", was.name, now.name);
    compare("unit", was.unit, now.unit);
    compare("kind", toString(was.kind), toString(now.kind));
    compare("direction", toString(was.direction), toString(now.direction));
    compare("precision", QString::number(was.precision), QString::number(now.precision));
    compare("parent", was.parentCode, now.parentCode);
    compare("sort", QString::number(was.sortOrder), QString::number(now.sortOrder));
    compare("schedule", was.schedule ? was.schedule->toString() : QString(),
            now.schedule ? now.schedule->toString() : QString());
    compare("retired", was.retired ? QStringLiteral("yes") : QStringLiteral("no"),
            now.retired ? QStringLiteral("yes") : QStringLiteral("no"));
    compare("phrase", was.phrase, now.phrase);
    compare("clauses", clausesToString(was.clauses), clausesToString(now.clauses));
    return {before.join(QStringLiteral("; ")), after.join(QStringLiteral("; "))};
}

// A refused row's key as the file spells it, so that the person finds the row.
QString rawKey(InterchangeKind kind, const QStringList &header, const QStringList &fields)
{
    auto field = [&](const char *column) {
        for (qsizetype i = 0; i < header.size() && i < fields.size(); ++i) {
            if (header.at(i).trimmed().toLower() == QLatin1String(column))
                return fields.at(i).trimmed();
        }
        return QString();
    };
    switch (kind) {
    case InterchangeKind::Figures:
        return QStringLiteral("%1 %2 %3Q%4").arg(field("code"), field("org_unit"), field("year"), field("quarter"));
    case InterchangeKind::Targets:
        return QStringLiteral("%1 %2 %3").arg(field("code"), field("org_unit"), field("year"));
    case InterchangeKind::Indicators:
    case InterchangeKind::OrgUnits:
        return field("code");
    }
    return {};
}

} // namespace

QString ImportPreview::statusText(PreviewRow::Status status)
{
    switch (status) {
    case PreviewRow::Status::New:
        return tr("new");
    case PreviewRow::Status::Changed:
        return tr("changed");
    case PreviewRow::Status::Unchanged:
        return tr("unchanged");
    case PreviewRow::Status::Refused:
        return tr("refused");
    }
    return {};
}

int ImportPreview::warningCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [](const PreviewRow &row) { return !row.warning.isEmpty(); }));
}

int ImportPreview::count(PreviewRow::Status status) const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [status](const PreviewRow &row) { return row.status == status; }));
}

bool ImportPreview::canCommit() const
{
    return m_fileErrors.isEmpty() && !m_rows.isEmpty() && count(PreviewRow::Status::Refused) == 0;
}

PreviewRow &ImportPreview::rowAt(int line)
{
    return m_rows[m_rowOfLine.value(line)];
}

ImportPreview ImportPreview::compute(const Database &db, const QString &userName, InterchangeKind kind,
                                     const RecordTable &table, const ImportProgress &progress)
{
    ImportPreview preview;
    preview.m_kind = kind;
    const ImportRows rows = Importer(db, userName).read(kind, table, progress);
    if (table.ok() && !table.records.isEmpty()) {
        for (qsizetype i = 1; i < table.records.size(); ++i) {
            preview.m_rowOfLine.insert(table.records.at(i).line, preview.m_rows.size());
            preview.m_rows << PreviewRow{table.records.at(i).line, PreviewRow::Status::Refused,
                                         rawKey(kind, table.records.first().fields, table.records.at(i).fields), {}, {}, {}};
        }
    }
    for (const ImportIssue &issue : rows.result.errors) {
        if (!preview.m_rowOfLine.contains(issue.line)) {
            preview.m_fileErrors << issue;
            continue;
        }
        PreviewRow &row = preview.rowAt(issue.line);
        const QString where = issue.cell.isEmpty() ? issue.column
                                                   : QStringLiteral("%1 (%2)").arg(issue.column, issue.cell);
        const QString text = where.isEmpty() ? issue.reason : QStringLiteral("%1: %2").arg(where, issue.reason);
        row.reason = row.reason.isEmpty() ? text : row.reason + QStringLiteral("; ") + text;
    }
    // A header-less or unreadable file has no data rows to speak of.
    if (!preview.m_fileErrors.isEmpty()) {
        preview.m_rows.clear();
        return preview;
    }

    switch (kind) {
    case InterchangeKind::Figures:
        preview.compareFigures(db, userName, rows);
        for (const ImportWarning &warning : ImportWarnings::of(db, rows)) {
            PreviewRow &row = preview.rowAt(warning.line);
            row.warning = row.warning.isEmpty() ? warning.message : row.warning + QLatin1Char(' ') + warning.message;
        }
        break;
    case InterchangeKind::Targets:
        preview.compareTargets(db, rows);
        break;
    case InterchangeKind::Indicators:
        preview.compareIndicators(db, rows);
        break;
    case InterchangeKind::OrgUnits:
        preview.compareOrgUnits(db, rows);
        break;
    }
    return preview;
}

void ImportPreview::compareFigures(const Database &db, const QString &userName, const ImportRows &rows)
{
    QSet<int> years;
    std::set<Period> periods;
    for (const Figure &figure : rows.figures) {
        years.insert(figure.period.year);
        periods.insert(figure.period);
    }
    QHash<QString, Figure> stored;
    const FigureRepository figures(db);
    for (int year : std::as_const(years)) {
        for (const Figure &figure : figures.figures(year))
            stored.insert(figureKey(figure.indicatorCode, figure.orgUnitCode, figure.period), figure);
    }
    QHash<QString, QuarterState> states; // org unit + period -> state
    const QuarterStateRepository stateRepository(db);
    for (const Period period : periods) {
        for (const QuarterStatus &status : stateRepository.statuses(period))
            states.insert(status.orgUnitCode + QLatin1Char(' ') + period.toString(), status.state);
    }
    const Role role = UserRepository(db).knownRole(userName).value_or(Role::Staff);

    for (qsizetype i = 0; i < rows.figures.size(); ++i) {
        const Figure &figure = rows.figures.at(i);
        PreviewRow &row = rowAt(rows.lines.at(i));
        row.key = figureKey(figure.indicatorCode, figure.orgUnitCode, figure.period);
        row.after = valueText(figure.value, figure.note);
        const auto it = stored.constFind(row.key);
        if (it == stored.cend()) {
            row.status = PreviewRow::Status::New;
        } else if (it->value == figure.value && it->note == figure.note) {
            row.status = PreviewRow::Status::Unchanged; // the same test as the writer's
            continue;
        } else {
            row.status = PreviewRow::Status::Changed;
            row.before = valueText(it->value, it->note);
        }
        const QuarterState state = states.value(figure.orgUnitCode + QLatin1Char(' ') + figure.period.toString(),
                                                QuarterState::Open);
        if (!QuarterWorkflow::figuresEditable(state, role)) {
            row.status = PreviewRow::Status::Refused;
            row.reason = tr("%1 %2 is %3 and locked: only a leader can change its figures. Ask a "
                            "leader to return the quarter, or delete this row from the file.")
                             .arg(figure.orgUnitCode, figure.period.toString(), toString(state));
        }
    }
}

void ImportPreview::compareTargets(const Database &db, const ImportRows &rows)
{
    QSet<int> years;
    for (const Target &target : rows.targets)
        years.insert(target.year);
    QHash<QString, double> stored;
    const TargetRepository targets(db);
    for (int year : std::as_const(years)) {
        for (const Target &target : targets.targets(year))
            stored.insert(QStringLiteral("%1 %2 %3").arg(target.indicatorCode, target.orgUnitCode).arg(target.year),
                          target.value);
    }
    for (qsizetype i = 0; i < rows.targets.size(); ++i) {
        const Target &target = rows.targets.at(i);
        PreviewRow &row = rowAt(rows.lines.at(i));
        row.key = QStringLiteral("%1 %2 %3").arg(target.indicatorCode, target.orgUnitCode).arg(target.year);
        row.after = valueText(target.value);
        const auto it = stored.constFind(row.key);
        if (it == stored.cend()) {
            row.status = PreviewRow::Status::New;
        } else if (*it == target.value) {
            row.status = PreviewRow::Status::Unchanged;
        } else {
            row.status = PreviewRow::Status::Changed;
            row.before = valueText(*it);
        }
    }
}

void ImportPreview::compareIndicators(const Database &db, const ImportRows &rows)
{
    QHash<QString, Indicator> stored;
    for (const Indicator &indicator : CatalogueRepository(db).indicators(true))
        stored.insert(indicator.code, indicator);
    for (qsizetype i = 0; i < rows.indicators.size(); ++i) {
        const Indicator &indicator = rows.indicators.at(i);
        PreviewRow &row = rowAt(rows.lines.at(i));
        row.key = indicator.code;
        const auto it = stored.constFind(indicator.code);
        if (it == stored.cend()) {
            row.status = PreviewRow::Status::New;
            row.after = QStringLiteral("%1 (%2)").arg(indicator.name, indicator.unit);
        } else if (*it == indicator) {
            row.status = PreviewRow::Status::Unchanged;
            row.after = QStringLiteral("%1 (%2)").arg(indicator.name, indicator.unit);
        } else {
            row.status = PreviewRow::Status::Changed;
            std::tie(row.before, row.after) = describeChange(*it, indicator);
        }
    }
}

void ImportPreview::compareOrgUnits(const Database &db, const ImportRows &rows)
{
    QHash<QString, OrgUnit> stored;
    const OrgTree tree = OrgUnitRepository(db).tree(); // outlives the loop over its units
    for (const OrgUnit &unit : tree.units())
        stored.insert(unit.code, unit);
    auto describe = [](const OrgUnit &unit) {
        return unit.parentCode.isEmpty() ? unit.name : QStringLiteral("%1 (%2)").arg(unit.name, unit.parentCode);
    };
    for (qsizetype i = 0; i < rows.orgUnits.size(); ++i) {
        const OrgUnit &unit = rows.orgUnits.at(i);
        PreviewRow &row = rowAt(rows.lines.at(i));
        row.key = unit.code;
        row.after = describe(unit);
        const auto it = stored.constFind(unit.code);
        if (it == stored.cend()) {
            row.status = PreviewRow::Status::New;
        } else if (*it == unit) {
            row.status = PreviewRow::Status::Unchanged;
        } else {
            row.status = PreviewRow::Status::Changed;
            row.before = describe(*it);
        }
    }
}

} // namespace zhibiao
