#include "storage/phraseoverriderepository.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

namespace zhibiao {

namespace {
const QString kKey = QStringLiteral("report.phrases");
} // namespace

QByteArray PhraseOverrideRepository::load() const
{
    Statement query(m_db.connection(), QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.bind(kKey).exec();
    const QByteArray result = query.next() ? query.value(0).toString().toUtf8() : QByteArray();
    query.finish();
    return result;
}

void PhraseOverrideRepository::save(const QByteArray &json) const
{
    Transaction transaction(m_db);
    Statement(m_db.connection(), QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bind(kKey)
        .bind(QString::fromUtf8(json))
        .exec();
    transaction.commit();
}

void PhraseOverrideRepository::clear() const
{
    Transaction transaction(m_db);
    Statement(m_db.connection(), QStringLiteral("DELETE FROM meta WHERE key = ?")).bind(kKey).exec();
    transaction.commit();
}

} // namespace zhibiao
