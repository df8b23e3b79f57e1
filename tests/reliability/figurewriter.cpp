// The writer that the kill tests start and kill: it commits figures one at a time through
// the program's own repository (or imports one CSV) and says on stdout what was acknowledged.
//   figurewriter DB figures START COUNT   prints READY, then "ACK n value" after each commit
//   figurewriter DB import CSV            prints READY, "WRITING ms" once the file is validated and
//                                         its one write transaction starts, "DONE rows ms" after it
//   figurewriter DB backup                prints READY, then "DONE path ms" once the day's backup is made
//   figurewriter DB hold MS               holds a write transaction for MS milliseconds
//   figurewriter DB create                creates the file with the test catalogue
//   figurewriter DB lock                  holds the instance lock until killed
#include "workload.h"

#include "io/csv.h"
#include "io/importer.h"
#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/figurerepository.h"
#include "storage/instancelock.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <cstdio>

using namespace zhibiao;

namespace {
void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(2) == QLatin1String("lock")) {
        InstanceLock lock(args.at(1));
        if (!lock.tryLock()) {
            std::fprintf(stderr, "%s\n", lock.message().toLocal8Bit().constData());
            return 2;
        }
        say("READY\n");
        for (;;)
            QThread::sleep(1);
    }
    if (args.size() == 3 && args.at(2) == QLatin1String("create")) {
        OpenError error;
        const auto db = Database::open(args.at(1), Database::Mode::CreateIfMissing, &error);
        if (!db)
            return 2;
        test::Workload::installCatalogue(*db);
        return 0;
    }
    if (args.size() < 4 && !(args.size() == 3 && args.at(2) == QLatin1String("backup"))) {
        std::fprintf(stderr, "usage: figurewriter DB figures START COUNT | DB import CSV\n");
        return 1;
    }
    OpenError error;
    const auto db = Database::open(args.at(1), Database::Mode::OpenExisting, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", error.message.toLocal8Bit().constData());
        return 2;
    }
    try {
        if (args.at(2) == QLatin1String("figures") && args.size() >= 5) {
            const int start = args.at(3).toInt();
            const int count = args.at(4).toInt();
            const FigureRepository figures(*db);
            say("READY\n");
            for (int n = start; n < start + count; ++n) {
                const Figure figure = test::Workload::figure(n);
                figures.upsert({figure}, QStringLiteral("writer"));
                say(QStringLiteral("ACK %1 %2\n").arg(n).arg(figure.value).toUtf8());
            }
        } else if (args.at(2) == QLatin1String("hold")) {
            Transaction transaction(*db);
            say("READY\n");
            QThread::msleep(args.at(3).toULong());
            transaction.commit();
            say("DONE\n");
        } else if (args.at(2) == QLatin1String("import")) {
            QFile file(args.at(3));
            if (!file.open(QIODevice::ReadOnly))
                return 2;
            const QByteArray data = file.readAll();
            say("READY\n");
            QElapsedTimer clock;
            clock.start();
            const Importer importer(*db, QStringLiteral("writer"));
            ImportRows rows = importer.read(InterchangeKind::Figures, RecordTable::fromCsv(Csv::parse(data)));
            say(QStringLiteral("WRITING %1\n").arg(clock.elapsed()).toUtf8());
            const ImportResult result = importer.write(InterchangeKind::Figures, rows, QStringLiteral("bulk.csv"));
            if (!result.ok()) {
                std::fprintf(stderr, "%s\n", result.errors.first().toString().toLocal8Bit().constData());
                return 3;
            }
            say(QStringLiteral("DONE %1 %2\n").arg(result.rows).arg(clock.elapsed()).toUtf8());
        } else if (args.at(2) == QLatin1String("backup")) {
            say("READY\n");
            QElapsedTimer clock;
            clock.start();
            const QString copy = BackupStore(db->path()).ensureDaily(*db);
            say(QStringLiteral("DONE %1 %2\n").arg(copy).arg(clock.elapsed()).toUtf8());
        } else {
            return 1;
        }
    } catch (const StorageError &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 2;
    }
    return 0;
}
