#include "cli/narrativescommand.h"

#include "cli/cliapp.h"
#include "io/narrativefile.h"
#include "storage/database.h"
#include "storage/narrativerepository.h"
#include "storage/outputfile.h"
#include "storage/storageerror.h"
#include "storage/userrepository.h"

#include <QFile>

#include <algorithm>

namespace zhibiao {

QString NarrativesCommand::usageProblem(const QStringList &args)
{
    if (args.size() != 3 || (args.at(1) != QLatin1String("export") && args.at(1) != QLatin1String("import")))
        return tr("narratives takes export FILE [--year Y] or import FILE");
    return {};
}

int NarrativesCommand::run(const Database &db, const QStringList &args, int year, const QString &actingUser,
                           QTextStream &out, QTextStream &err)
{
    const QString path = args.at(2);
    const auto fail = [&](const QString &message) { return CliApp::fail(err, message); };
    try {
        const NarrativeRepository repository(db);
        if (args.at(1) == QLatin1String("export")) {
            const QList<Narrative> all = repository.narratives(year); // 0: every year
            QString error;
            if (!OutputFile::save(path, NarrativeFile::write(all), db.path(), &error))
                return fail(error);
            out << tr("%n narrative(s) written to %1.", nullptr, static_cast<int>(all.size())).arg(path) << '\n';
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
            QList<ImportIssue> errors;
            const QList<Narrative> narratives = NarrativeFile::read(file.readAll(), &errors);
            if (!errors.isEmpty()) {
                for (const ImportIssue &issue : errors.first(std::min<qsizetype>(50, errors.size())))
                    err << path << ": " << issue.toString() << '\n';
                return fail(tr("%1 was not imported; nothing was changed. Correct what is listed above and import "
                               "the file again.")
                                .arg(path));
            }
            UserRepository(db).roleOf(actingUser); // a known name writes the report's prose
            repository.saveAll(narratives);
            out << tr("Imported %n narrative(s) from %1.", nullptr, static_cast<int>(narratives.size())).arg(path)
                << '\n';
        }
    } catch (const StorageError &e) {
        return fail(e.message());
    }
    out.flush();
    return CliApp::Success;
}

} // namespace zhibiao
