#pragma once

#include "storage/sametext.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace zhibiao {

// Row ids by natural key (code) for the two code tables other rows refer to. Whole tables
// come from CodeTableCache; these read only the given codes, one indexed look-up each:
// cheaper for an edit than a catalogue read after someone else's commit.
namespace CodeIds {
QHash<QString, qint64> indicators(const QSqlDatabase &db, const QSet<QString> &codes);
QHash<QString, qint64> orgUnits(const QSqlDatabase &db, const QSet<QString> &codes);

// Looks codes up in a map of ids, remembering the last one: the rows of a batch mostly
// repeat the code before them, which then costs a comparison instead of a hash.
class Recent
{
public:
    explicit Recent(const QHash<QString, qint64> &ids) : m_ids(ids) {}
    qint64 operator()(const QString &code) // 0: unknown
    {
        if (m_id == 0 || !sameText(code, m_code)) {
            m_code = code;
            m_id = m_ids.value(code, 0);
        }
        return m_id;
    }

private:
    const QHash<QString, qint64> &m_ids;
    QString m_code;
    qint64 m_id = 0;
};
} // namespace CodeIds

} // namespace zhibiao
