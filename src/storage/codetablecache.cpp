#include "storage/codetablecache.h"

#include "storage/database.h"
#include "storage/sqlitedialect.h"
#include "storage/statement.h"

namespace zhibiao {

namespace {

const QString kIndicatorColumns = QStringLiteral(
    "id, code, category, subcategory, name, unit, kind, direction, precision, parent_code, "
    "sort_order, schedule, retired, phrase, phrase_clauses");

// The columns of kIndicatorColumns after the id, from `first` on.
Indicator readIndicator(const Statement &query, int first)
{
    Indicator indicator;
    indicator.code = query.value(first).toString();
    indicator.category = query.value(first + 1).toString();
    indicator.subcategory = query.value(first + 2).toString();
    indicator.name = query.value(first + 3).toString();
    indicator.unit = query.value(first + 4).toString();
    indicator.kind = indicatorKindFromString(query.value(first + 5).toString()).value_or(IndicatorKind::Cumulative);
    indicator.direction = directionFromString(query.value(first + 6).toString()).value_or(Direction::Higher);
    indicator.precision = query.value(first + 7).toInt();
    indicator.parentCode = query.value(first + 8).toString();
    indicator.sortOrder = query.value(first + 9).toInt();
    bool ok = true;
    indicator.schedule = Schedule::parse(query.value(first + 10).toString(), &ok);
    indicator.retired = query.value(first + 11).toBool();
    indicator.phrase = query.value(first + 12).toString();
    indicator.clauses = clausesFromString(query.value(first + 13).toString());
    return indicator;
}

} // namespace

CodeTableCache::CodeTableCache(const Database &db) : m_db(db) {}
CodeTableCache::~CodeTableCache() = default;

void CodeTableCache::dropIfChangedElsewhere()
{
    if (!m_dataVersion)
        m_dataVersion = std::make_unique<Statement>(m_db.connection(), SqliteDialect::dataVersion());
    m_dataVersion->exec();
    const qint64 now = m_dataVersion->next() ? m_dataVersion->value(0).toLongLong() : -1;
    m_dataVersion->finish(); // hold no read snapshot
    if (now != m_seenDataVersion || now < 0)
        invalidate();
    m_seenDataVersion = now;
}

std::shared_ptr<const CodeTableCache::Catalogue> CodeTableCache::catalogue()
{
    dropIfChangedElsewhere();
    if (m_catalogue)
        return m_catalogue;
    auto read = std::make_shared<Catalogue>();
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT %1 FROM indicators ORDER BY sort_order, code").arg(kIndicatorColumns));
    query.exec();
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        read->indexOfId.insert(id, read->indicators.size());
        read->ids << id;
        read->indicators << readIndicator(query, 1);
        read->idOfCode.insert(read->indicators.constLast().code, id);
        read->anyRetired = read->anyRetired || read->indicators.constLast().retired;
    }
    query.finish();
    ++m_reads;
    m_catalogue = std::move(read);
    return m_catalogue;
}

std::shared_ptr<const CodeTableCache::OrgUnits> CodeTableCache::orgUnits()
{
    dropIfChangedElsewhere();
    if (m_orgUnits)
        return m_orgUnits;
    auto read = std::make_shared<OrgUnits>();
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT id, code, name, parent_code, sort_order FROM org_units "
                                   "ORDER BY sort_order, code"));
    query.exec();
    QList<OrgUnit> units;
    while (query.next()) {
        units << OrgUnit{query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                         query.value(4).toInt()};
        read->idOfCode.insert(units.constLast().code, query.value(0).toLongLong());
    }
    query.finish();
    read->tree = OrgTree(units);
    ++m_reads;
    m_orgUnits = std::move(read);
    return m_orgUnits;
}

void CodeTableCache::invalidate()
{
    m_catalogue.reset();
    m_orgUnits.reset();
}

CodeTableCache::Change::Change(const Database &db) : m_db(db)
{
    m_db.codeTables().invalidate();
}

CodeTableCache::Change::~Change()
{
    m_db.codeTables().invalidate();
}

} // namespace zhibiao
