#include "storage/profilerepository.h"

#include "core/textrules.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/rolecheck.h"
#include "storage/storageerror.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QJsonObject>

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

void ProfileRepository::save(const BureauProfile &profile, const QString &actingUser) const
{
    const BureauProfile before = this->profile();
    if (before == profile)
        return; // saving the same names asks nothing of anybody
    RoleCheck::require(m_db, actingUser, {Role::Admin}, RoleCheck::tr("change the bureau's names"));
    for (const QString &name : {profile.city, profile.bureau}) {
        if (const QString problem = TextRules::problem(name, TextRules::kMaxNameLength); !problem.isEmpty())
            throw StorageError(RoleCheck::tr("The bureau's names were not saved: %1.").arg(problem));
    }
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(m_db);
    for (const auto &[key, text] : {std::pair{kCityKey, profile.city}, std::pair{kBureauKey, profile.bureau}}) {
        Statement(db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
            .bind(key)
            .bind(text)
            .exec();
    }
    const auto toJson = [](const BureauProfile &p) {
        return QJsonObject{{QStringLiteral("city"), p.city}, {QStringLiteral("bureau"), p.bureau}};
    };
    ChangeLog(m_db).append(ChangeEntry{{}, actingUser, QStringLiteral("profile"), QStringLiteral("profile"),
                                       toJson(before), toJson(profile), {}});
    transaction.commit();
}

} // namespace zhibiao
