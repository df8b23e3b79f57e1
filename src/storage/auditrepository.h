#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace zhibiao {

class Database;
namespace SqliteDialect {
class BulkStatement;
}

// One recorded change of a figure or a target.
struct AuditEntry
{
    QDateTime at; // UTC
    QString userName;
    QString entity; // "figure" or "target"
    QString indicatorCode;
    QString orgUnitCode;
    int year = 0;
    int quarter = 0; // 0 for targets
    std::optional<double> oldValue;
    std::optional<double> newValue;
    QString note;
};

// The append-only change log. Writers add entries inside their own transaction, so a
// change and its audit row are committed together or not at all. One repository serves one
// transaction: the entries it appends without a time of their own all get the time of its
// first append (one change, one moment; formatted once, not per row of an import).
class AuditRepository
{
public:
    explicit AuditRepository(const Database &db);
    ~AuditRepository();

    void append(const AuditEntry &entry) const;
    QList<AuditEntry> entries(const QString &indicatorCode = {}, const QString &orgUnitCode = {},
                              int year = 0, int quarter = 0) const;
    int count() const;

private:
    const Database &m_db;
    mutable std::unique_ptr<SqliteDialect::BulkStatement> m_insert; // prepared once for a batch
    mutable QString m_batchTime; // the time of the entries without one (see above)
};

} // namespace zhibiao
