#include "storage/auditrepository.h"

#include "storage/database.h"
#include "storage/sqlitedialect.h"
#include "storage/statement.h"

namespace zhibiao {

namespace {
std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}
} // namespace

AuditRepository::AuditRepository(const Database &db) : m_db(db) {}
AuditRepository::~AuditRepository() = default;

void AuditRepository::append(const AuditEntry &entry) const
{
    if (!m_insert)
        m_insert = std::make_unique<SqliteDialect::BulkStatement>(
            m_db.connection(),
            QStringLiteral("INSERT INTO audit_log (at, user_name, entity, indicator_code, "
                           "org_unit_code, year, quarter, old_value, new_value, note) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (entry.at.isValid()) {
        m_insert->bind(entry.at.toUTC().toString(Qt::ISODateWithMs));
    } else {
        if (m_batchTime.isEmpty())
            m_batchTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        m_insert->bind(m_batchTime);
    }
    m_insert->bind(entry.userName).bind(entry.entity).bind(entry.indicatorCode).bind(entry.orgUnitCode).bind(entry.year);
    if (entry.quarter > 0)
        m_insert->bind(entry.quarter);
    else
        m_insert->bindNull();
    m_insert->bind(entry.oldValue).bind(entry.newValue).bind(entry.note);
    m_insert->exec();
}

QList<AuditEntry> AuditRepository::entries(const QString &indicatorCode, const QString &orgUnitCode,
                                           int year, int quarter) const
{
    // Empty filters match everything; each is bound twice so that one statement serves all.
    // One cell's history (the grid's cursor, the dashboard) names indicator and org unit:
    // plain equalities there let SQLite seek on audit_log_subject instead of reading the
    // whole log at every move of the cursor.
    const bool oneSubject = !indicatorCode.isEmpty() && !orgUnitCode.isEmpty();
    Statement query(m_db.connection(),
                    oneSubject ? QStringLiteral("SELECT at, user_name, entity, indicator_code, org_unit_code, "
                                                "year, quarter, old_value, new_value, note FROM audit_log "
                                                "WHERE indicator_code = ? AND ? <> '' "
                                                "AND org_unit_code = ? AND ? <> '' "
                                                "AND (? = 0 OR year = ?) AND (? = 0 OR quarter = ?) "
                                                "ORDER BY id")
                               : QStringLiteral("SELECT at, user_name, entity, indicator_code, org_unit_code, "
                                                "year, quarter, old_value, new_value, note FROM audit_log "
                                                "WHERE (? = '' OR indicator_code = ?) "
                                                "AND (? = '' OR org_unit_code = ?) "
                                                "AND (? = 0 OR year = ?) AND (? = 0 OR quarter = ?) "
                                                "ORDER BY id"));
    query.bind(indicatorCode).bind(indicatorCode).bind(orgUnitCode).bind(orgUnitCode);
    query.bind(year).bind(year).bind(quarter).bind(quarter).exec();
    QList<AuditEntry> result;
    while (query.next()) {
        AuditEntry entry;
        entry.at = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        entry.userName = query.value(1).toString();
        entry.entity = query.value(2).toString();
        entry.indicatorCode = query.value(3).toString();
        entry.orgUnitCode = query.value(4).toString();
        entry.year = query.value(5).toInt();
        entry.quarter = query.value(6).toInt();
        entry.oldValue = optionalDouble(query.value(7));
        entry.newValue = optionalDouble(query.value(8));
        entry.note = query.value(9).toString();
        result << entry;
    }
    return result;
}

int AuditRepository::count() const
{
    Statement query(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    query.exec();
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace zhibiao
