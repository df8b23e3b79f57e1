#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace zhibiao {

class Database;
class Statement;

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
// change and its audit row are committed together or not at all.
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
    mutable std::unique_ptr<Statement> m_insert; // prepared once for a batch of appends
};

} // namespace zhibiao
