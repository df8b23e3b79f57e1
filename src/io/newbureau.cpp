#include "io/newbureau.h"

#include "core/textrules.h"
#include "io/demobureau.h"
#include "io/importer.h"
#include "io/importfile.h"
#include "storage/orgunitrepository.h"
#include "storage/profilerepository.h"
#include "storage/storageerror.h"
#include "storage/userrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace zhibiao {

namespace {
QStringList cleanCounties(const QStringList &counties)
{
    QStringList names;
    for (const QString &county : counties) {
        if (!county.trimmed().isEmpty())
            names.append(county.trimmed());
    }
    return names;
}

void removeFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}
} // namespace

QString NewBureau::check(const NewBureauSpec &spec)
{
    if (spec.bureau.trimmed().isEmpty())
        return tr("The bureau needs a name.");
    if (spec.city.trimmed().isEmpty())
        return tr("The city needs a name.");
    const QStringList counties = cleanCounties(spec.counties);
    if (counties.isEmpty())
        return tr("Name at least one county or district.");
    if (QSet<QString>(counties.begin(), counties.end()).size() != counties.size())
        return tr("Each county or district can be named only once.");
    if (spec.firstYear < 1900 || spec.firstYear > 9999)
        return tr("The first year must be a year such as 2019.");
    if (spec.creator.trimmed().isEmpty())
        return tr("Give your name: you become the file's administrator.");
    if (const QString problem = UserRepository::nameProblem(spec.creator.trimmed()); !problem.isEmpty())
        return tr("Your name cannot be used: %1.").arg(problem);
    for (const QString &name : QStringList{spec.bureau.trimmed(), spec.city.trimmed()} + counties) {
        if (const QString problem = TextRules::problem(name, TextRules::kMaxNameLength); !problem.isEmpty())
            return tr("The name \"%1\" cannot be used: %2.").arg(TextRules::printable(name), problem);
    }
    return {};
}

std::unique_ptr<Database> NewBureau::create(const QString &path, const NewBureauSpec &spec, QString *error)
{
    const QString problem = check(spec);
    if (!problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    OpenError openError;
    auto db = Database::open(path, Database::Mode::CreateNew, &openError);
    if (!db) {
        *error = openError.message;
        return nullptr;
    }
    try {
        // The creator is the first user and an administrator: what follows is done as them.
        const QString creator = spec.creator.trimmed();
        UserRepository(*db).createFirstAdmin(creator);
        // The root is the city (or county) itself, by its name; reports call it 全市.
        QList<OrgUnit> units{OrgUnit{QStringLiteral("CITY"), spec.city.trimmed(), QString(), 0}};
        const QStringList counties = cleanCounties(spec.counties);
        for (int i = 0; i < counties.size(); ++i)
            units.append(OrgUnit{QStringLiteral("D%1").arg(i + 1, 2, 10, QLatin1Char('0')), counties.at(i),
                                 QStringLiteral("CITY"), (i + 1) * 10});
        OrgUnitRepository(*db).upsert(units, creator);
        if (spec.referenceCatalogue) {
            // The demo's indicators without the demo's phrasing: a new bureau states them by
            // its own names (the defaults of kind and direction) until it writes its own.
            const Importer importer(*db, creator);
            ImportRows rows = importer.read(InterchangeKind::Indicators,
                                            ImportFile::read(DemoBureau::file(InterchangeKind::Indicators),
                                                             ImportFile::Format::Csv));
            for (Indicator &indicator : rows.indicators) {
                indicator.phrase.clear();
                indicator.clauses.clear();
            }
            const ImportResult result = importer.write(InterchangeKind::Indicators, rows, QStringLiteral("indicators.csv"));
            if (!result.ok())
                throw StorageError(result.errors.first().toString());
        }
        ProfileRepository(*db).save(BureauProfile{spec.city.trimmed(), spec.bureau.trimmed()}, creator);
    } catch (const StorageError &e) {
        *error = e.message();
        db.reset();
        removeFile(path);
        return nullptr;
    }
    return db;
}

} // namespace zhibiao
