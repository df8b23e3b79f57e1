#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace zhibiao {

// Row ids by natural key (code) for the two code tables other rows refer to.
namespace CodeIds {
QHash<QString, qint64> indicators(const QSqlDatabase &db);
QHash<QString, qint64> orgUnits(const QSqlDatabase &db);
} // namespace CodeIds

} // namespace zhibiao
