#include "cli/profilecommand.h"

#include "cli/cliapp.h"
#include "storage/profilerepository.h"
#include "storage/storageerror.h"

namespace zhibiao {

namespace {
QDate parsedDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}
} // namespace

QString ProfileCommand::usageProblem(const Options &options)
{
    if (options.date && !options.date->trimmed().isEmpty() && !parsedDate(*options.date).isValid())
        return tr("--date takes a date such as 2019-12-20 (or an empty text to clear it)");
    return {};
}

void ProfileCommand::apply(const Database &db, const Options &options)
{
    const ProfileRepository profiles(db);
    BureauProfile profile = profiles.profile();
    if (options.city)
        profile.city = options.city->trimmed();
    if (options.bureau)
        profile.bureau = options.bureau->trimmed();
    if (options.issuer)
        profile.issuer = options.issuer->trimmed();
    if (options.leadership)
        profile.leadership = options.leadership->trimmed();
    if (options.date)
        profile.reportDate = parsedDate(*options.date);
    profiles.save(profile, options.actingUser);
}

int ProfileCommand::run(const Database &db, const Options &options, QTextStream &out, QTextStream &err)
{
    try {
        if (options.changes())
            apply(db, options);
        const BureauProfile profile = ProfileRepository(db).profile();
        out << tr("city: %1").arg(profile.city) << '\n'
            << tr("bureau: %1").arg(profile.bureau) << '\n'
            << tr("issuer: %1").arg(profile.issuerOrDefault()) << '\n'
            << tr("leadership: %1").arg(profile.leadership) << '\n'
            << tr("report date: %1").arg(profile.reportDate.isValid() ? profile.reportDate.toString(Qt::ISODate)
                                                                      : tr("the day the report is written"))
            << '\n';
    } catch (const StorageError &e) {
        return CliApp::fail(err, e.message());
    }
    out.flush();
    return CliApp::Success;
}

} // namespace zhibiao
