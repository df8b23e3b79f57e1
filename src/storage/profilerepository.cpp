#include "storage/profilerepository.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

namespace zhibiao {

namespace {
const QString kCityKey = QStringLiteral("profile.city");
const QString kBureauKey = QStringLiteral("profile.bureau");
} // namespace

QString ProfileRepository::value(const QString &key) const
{
    Statement query(m_db.connection(), QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.bind(key).exec();
    const QString result = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return result;
}

BureauProfile ProfileRepository::profile() const
{
    return BureauProfile{value(kCityKey), value(kBureauKey)};
}

void ProfileRepository::save(const BureauProfile &profile) const
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    for (const auto &[key, text] : {std::pair{kCityKey, profile.city}, std::pair{kBureauKey, profile.bureau}}) {
        Statement(db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
            .bind(key)
            .bind(text)
            .exec();
    }
    transaction.commit();
}

} // namespace zhibiao
