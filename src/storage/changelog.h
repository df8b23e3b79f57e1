#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace zhibiao {

class Database;

// One recorded change of the bureau's own records: an indicator, an org unit, a user or
// the profile, each record written as a JSON object of its fields (none when absent).
struct ChangeEntry
{
    QDateTime at; // UTC
    QString userName;
    QString entity; // "indicator", "org_unit", "user" or "profile"
    QString key;    // the record's code or name
    QJsonObject oldValue;
    QJsonObject newValue;
    QString note;
};

// The append-only log of those changes. Writers append inside their own transaction, so
// a change and its row are committed together or not at all (as AuditRepository does for
// figures and targets).
class ChangeLog
{
public:
    explicit ChangeLog(const Database &db) : m_db(db) {}

    void append(const ChangeEntry &entry) const;
    QList<ChangeEntry> entries(const QString &entity = {}, const QString &key = {}) const;

private:
    const Database &m_db;
};

} // namespace zhibiao
