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
const QString kIssuerKey = QStringLiteral("profile.issuer");
const QString kLeadershipKey = QStringLiteral("profile.leadership");
const QString kDateKey = QStringLiteral("profile.date");
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
    return BureauProfile{value(kCityKey), value(kBureauKey), value(kIssuerKey), value(kLeadershipKey),
                         QDate::fromString(value(kDateKey), Qt::ISODate)};
}

void ProfileRepository::save(const BureauProfile &profile, const QString &actingUser) const
{
    const BureauProfile before = this->profile();
    if (before == profile)
        return; // saving the same names asks nothing of anybody
    RoleCheck::require(m_db, actingUser, {Role::Admin}, RoleCheck::tr("change the bureau's names"));
    for (const QString &name : {profile.city, profile.bureau, profile.issuer, profile.leadership}) {
        if (const QString problem = TextRules::problem(name, TextRules::kMaxNameLength); !problem.isEmpty())
            throw StorageError(RoleCheck::tr("The bureau's names were not saved: %1.").arg(problem));
    }
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(m_db);
    const QString date = profile.reportDate.isValid() ? profile.reportDate.toString(Qt::ISODate) : QString();
    for (const auto &[key, text] : {std::pair{kCityKey, profile.city}, std::pair{kBureauKey, profile.bureau},
                                    std::pair{kIssuerKey, profile.issuer}, std::pair{kLeadershipKey, profile.leadership},
                                    std::pair{kDateKey, date}}) {
        Statement(db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
            .bind(key)
            .bind(text)
            .exec();
    }
    const auto toJson = [](const BureauProfile &p) {
        return QJsonObject{{QStringLiteral("city"), p.city},
                           {QStringLiteral("bureau"), p.bureau},
                           {QStringLiteral("issuer"), p.issuer},
                           {QStringLiteral("leadership"), p.leadership},
                           {QStringLiteral("date"), p.reportDate.toString(Qt::ISODate)}};
    };
    ChangeLog(m_db).append(ChangeEntry{{}, actingUser, QStringLiteral("profile"), QStringLiteral("profile"),
                                       toJson(before), toJson(profile), {}});
    transaction.commit();
}

} // namespace zhibiao
