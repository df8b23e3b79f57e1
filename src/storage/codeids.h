#pragma once

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace zhibiao {

// Row ids by natural key (code) for the two code tables other rows refer to.
namespace CodeIds {
QHash<QString, qint64> indicators(const QSqlDatabase &db);
QHash<QString, qint64> orgUnits(const QSqlDatabase &db);
// Only the given codes, one indexed look-up each: cheaper than the whole table for an edit.
QHash<QString, qint64> indicators(const QSqlDatabase &db, const QSet<QString> &codes);
QHash<QString, qint64> orgUnits(const QSqlDatabase &db, const QSet<QString> &codes);
} // namespace CodeIds

} // namespace zhibiao
