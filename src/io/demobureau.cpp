#include "io/demobureau.h"

#include "storage/userrepository.h"

#include <QFile>

namespace zhibiao::DemoBureau {

QByteArray file(InterchangeKind kind)
{
    QFile in(QStringLiteral(":/demo/%1.csv").arg(Interchange::name(kind)));
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

ImportResult install(const Database &db, const QString &userName)
{
    const UserRepository users(db);
    users.save(User{QStringLiteral("staff"), Role::Staff, {}});
    users.save(User{QStringLiteral("leader"), Role::Leader, {}});
    users.save(User{QStringLiteral("admin"), Role::Admin, {}});

    ImportResult total;
    const Importer importer(db, userName);
    for (InterchangeKind kind : {InterchangeKind::OrgUnits, InterchangeKind::Indicators,
                                 InterchangeKind::Targets, InterchangeKind::Figures}) {
        const ImportResult step = importer.import(kind, file(kind), Interchange::name(kind) + QStringLiteral(".csv"));
        total.rows += step.rows;
        total.counts.inserted += step.counts.inserted;
        total.counts.updated += step.counts.updated;
        total.counts.unchanged += step.counts.unchanged;
        if (!step.ok()) {
            total.errors = step.errors;
            break;
        }
    }
    return total;
}

} // namespace zhibiao::DemoBureau
