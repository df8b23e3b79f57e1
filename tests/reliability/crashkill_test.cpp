#include "killcheck.h"
#include "workload.h"

#include "io/importer.h"
#include "storage/backupstore.h"
#include "storage/dailybackup.h"
#include "storage/database.h"
#include "storage/figurerepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>

#include <csignal>
#include <iostream>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

struct WriterRun
{
    QList<QByteArray> lines;
    bool killed = false;
};

bool waitForReady(QProcess &process)
{
    QElapsedTimer timer;
    timer.start();
    // peek: the lines stay buffered for the caller.
    while (!process.peek(1 << 20).contains("READY\n")) {
        if (timer.elapsed() > 20000 || process.state() == QProcess::NotRunning)
            return false;
        process.waitForReadyRead(50);
    }
    return true;
}

// Starts the writer; once it has opened the file, lets it work for a random time (or to the
// end when maxDelayMicroseconds is negative) and kills it.
WriterRun runAndKill(const QStringList &arguments, int maxDelayMicroseconds, int minDelayMicroseconds = 0)
{
    WriterRun run;
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral(ZHIBIAO_FIGUREWRITER), arguments);
    if (!process.waitForStarted(10000) || !waitForReady(process)) {
        ADD_FAILURE() << "the writer did not start: " << process.readAllStandardError().toStdString();
        process.kill();
        process.waitForFinished();
        return run;
    }
    if (maxDelayMicroseconds >= 0) {
        QThread::usleep(minDelayMicroseconds
                        + QRandomGenerator::global()->bounded(std::max(maxDelayMicroseconds - minDelayMicroseconds, 0) + 1));
        if (process.state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
            run.killed = true;
        }
    }
    process.waitForFinished(120000);
    run.killed = run.killed && process.exitStatus() == QProcess::CrashExit;
    run.lines = process.readAllStandardOutput().split('\n');
    return run;
}

// The milliseconds the writer printed after `prefix` ("WRITING 12", "DONE 9000 57": the last
// number), or -1 when it did not print that line.
qint64 timeOf(const WriterRun &run, const char *prefix)
{
    for (const QByteArray &line : run.lines) {
        if (line.startsWith(prefix))
            return line.split(' ').last().toLongLong();
    }
    return -1;
}

void createBureau(const QString &path)
{
    OpenError error;
    const auto db = Database::open(path, Database::Mode::CreateIfMissing, &error);
    ASSERT_TRUE(db) << error.message.toStdString();
    Workload::installCatalogue(*db);
}

} // namespace

// Figures committed one at a time: after every SIGKILL the file is sound, every acknowledged
// figure is there with its audit row, and nothing is there without its audit row.
TEST(CrashKill, AcknowledgedFiguresSurviveSigkill)
{
    const int cycles = readEnvInt("ZHIBIAO_KILL_CYCLES", 200);
    // Up to a few commits' time after the file is open (commits take 2-20 ms here).
    const int maxDelay = readEnvInt("ZHIBIAO_KILL_MAX_DELAY_US", 40000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bureau.zhibiao"));
    createBureau(path);

    QSet<int> acknowledged;
    int next = 0;
    int kills = 0;
    int inFlightCommitted = 0;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        const WriterRun run = runAndKill({path, QStringLiteral("figures"), QString::number(next), QStringLiteral("100000")},
                                   maxDelay);
        kills += run.killed ? 1 : 0;
        for (const QByteArray &line : run.lines) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts.at(0) == "ACK")
                acknowledged.insert(parts.at(1).toInt());
        }

        const KillCheck check = KillCheck::of(path);
        ASSERT_TRUE(check.integrityOk) << "cycle " << cycle << ": " << check.integrityDetails.toStdString();
        for (int n : std::as_const(acknowledged))
            ASSERT_TRUE(check.figures.contains(n)) << "cycle " << cycle << ": acknowledged figure " << n << " lost";
        ASSERT_EQ(check.figures, check.audited) << "cycle " << cycle << ": a figure without its audit row or the reverse";
        ASSERT_EQ(check.duplicateAudits, 0);
        // At most the commit in flight at the kill is there without its acknowledgement.
        const QSet<int> extra = check.figures - acknowledged;
        ASSERT_LE(extra.size(), 1) << "cycle " << cycle;
        inFlightCommitted += static_cast<int>(extra.size());
        acknowledged += extra;
        next = 0;
        for (int n : std::as_const(check.figures))
            next = std::max(next, n + 1);
    }
    EXPECT_GT(kills, cycles / 2) << "most cycles should end in a kill, not a finished writer";
    EXPECT_GT(acknowledged.size(), 0);
    std::cout << "[kill] cycles " << cycles << ", killed " << kills << ", acknowledged commits "
              << acknowledged.size() << ", committed but unacknowledged at the kill " << inFlightCommitted
              << ", lost 0\n";
}

// A bulk import killed at a random moment: all of its rows or none of them.
TEST(CrashKill, BulkImportIsAllOrNothingUnderSigkill)
{
    const int cycles = readEnvInt("ZHIBIAO_IMPORT_KILL_CYCLES", 12);
    QTemporaryDir dir;
    const QString templatePath = dir.filePath(QStringLiteral("template.zhibiao"));
    createBureau(templatePath);
    const QString csvPath = dir.filePath(QStringLiteral("bulk.csv"));
    const int years = 10;
    const int rows = years * Workload::kSlotsPerYear;
    {
        QFile csv(csvPath);
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write(Workload::figuresCsv(2100, years));
    }

    // One undisturbed import: it works, and how long it takes sets the range of kill delays.
    const QString path = dir.filePath(QStringLiteral("bureau.zhibiao"));
    ASSERT_TRUE(QFile::copy(templatePath, path));
    // When the one write transaction begins and ends, from the writer's own clock: the
    // fastest of three runs, as a loaded machine can make one run much slower than the next
    // and the kills must still land before the import is done.
    qint64 writingMs = -1;
    qint64 doneMs = -1;
    for (int calibration = 0; calibration < 3; ++calibration) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        ASSERT_TRUE(QFile::copy(templatePath, path));
        const WriterRun full = runAndKill({path, QStringLiteral("import"), csvPath}, -1);
        ASSERT_FALSE(full.killed);
        ASSERT_EQ(KillCheck::of(path).figureRows, rows);
        const qint64 writing = timeOf(full, "WRITING ");
        const qint64 done = timeOf(full, "DONE ");
        ASSERT_GE(writing, 0);
        ASSERT_GT(done, writing);
        if (doneMs < 0 || done < doneMs) {
            doneMs = done;
            writingMs = writing;
        }
    }
    const qint64 importMs = doneMs;

    int all = 0;
    int none = 0;
    int killed = 0;
    int killedWhileWriting = 0;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        ASSERT_TRUE(QFile::copy(templatePath, path));
        // The kills aim at the write transaction, between its start and shortly before its end
        // in the fastest calibration run: a run on a quieter moment of a shared machine may
        // finish sooner than that, and a kill aimed past the end then finds nothing to kill.
        const WriterRun run = runAndKill({path, QStringLiteral("import"), csvPath},
                                         static_cast<int>(std::max(doneMs * 900, writingMs * 1000 + 1000)),
                                         static_cast<int>(writingMs * 1000));
        const bool done = timeOf(run, "DONE ") >= 0;
        killed += run.killed ? 1 : 0;
        killedWhileWriting += run.killed && timeOf(run, "WRITING ") >= 0 && !done ? 1 : 0;
        const KillCheck check = KillCheck::of(path);
        ASSERT_TRUE(check.integrityOk) << "cycle " << cycle << ": " << check.integrityDetails.toStdString();
        ASSERT_TRUE(check.figureRows == 0 || check.figureRows == rows)
            << "cycle " << cycle << ": " << check.figureRows << " of " << rows << " rows";
        ASSERT_EQ(check.auditRows, check.figureRows) << "cycle " << cycle;
        if (done) {
            ASSERT_EQ(check.figureRows, rows) << "an acknowledged import lost rows";
        }
        (check.figureRows == rows ? all : none) += 1;
    }
    std::cout << "[import-kill] cycles " << cycles << " of a " << rows << "-row import (" << importMs
              << " ms, writing from " << writingMs << " ms): killed " << killed << ", inside the write "
              << killedWhileWriting << "; all rows " << all << ", no rows " << none << ", partial 0\n";
    // A run whose kills all came too early or too late would prove nothing.
    EXPECT_GE(killed * 2, cycles) << "fewer than half of the cycles ended in a kill";
    EXPECT_GE(killedWhileWriting * 4, cycles) << "fewer than a quarter of the kills landed in the write";
    EXPECT_GT(killedWhileWriting, 0);
}

// The day's backup killed at a random moment: a copy cut short is never listed as a backup
// (nor leaves anything that stops the next one), and the next change makes a sound copy.
TEST(CrashKill, AKilledBackupNeverCountsAndTheNextChangeMakesASoundOne)
{
    const int cycles = readEnvInt("ZHIBIAO_BACKUP_KILL_CYCLES", 20);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bureau.zhibiao"));
    createBureau(path);
    {
        // Enough figures that the copy takes a while to write.
        OpenError error;
        const auto db = Database::open(path, Database::Mode::OpenExisting, &error);
        ASSERT_TRUE(db) << error.message.toStdString();
        const ImportResult filled = Importer(*db, QStringLiteral("writer"))
                                        .import(InterchangeKind::Figures, Workload::figuresCsv(2100, 40));
        ASSERT_TRUE(filled.ok()) << filled.errors.first().toString().toStdString();
    }
    const QString folder = BackupStore::defaultFolder(path);
    // The fastest of three undisturbed backups: on a loaded machine one run can take several
    // times another, and kills meant to land midway must not fall after the copy is done.
    qint64 backupMs = -1;
    for (int calibration = 0; calibration < 3; ++calibration) {
        const qint64 ms = timeOf(runAndKill({path, QStringLiteral("backup")}, -1), "DONE ");
        ASSERT_GE(ms, 0);
        backupMs = backupMs < 0 ? ms : std::min(backupMs, ms);
    }

    int killedMidway = 0;
    int partialLeft = 0; // kills that caught the copy half-written (its .partial left behind)
    for (int cycle = 0; cycle < cycles; ++cycle) {
        QDir(folder).removeRecursively();
        const WriterRun run = runAndKill({path, QStringLiteral("backup")}, static_cast<int>(backupMs * 900 + 1000));
        killedMidway += run.killed && timeOf(run, "DONE ") < 0 ? 1 : 0;
        partialLeft += QDir(folder).entryList({QStringLiteral("*.partial*")}, QDir::Files).isEmpty() ? 0 : 1;
        for (const BackupEntry &entry : BackupStore(path).list()) {
            QString why;
            ASSERT_TRUE(BackupStore::verify(entry.path, &why)) << "cycle " << cycle << ": a listed backup is unsound: "
                                                              << why.toStdString();
        }
        // The next change, through the guard every write passes.
        OpenError error;
        auto db = Database::open(path, Database::Mode::OpenExisting, &error);
        ASSERT_TRUE(db) << error.message.toStdString();
        DailyBackup::install(*db, {}, BackupStore::kDefaultKeep);
        FigureRepository(*db).upsert({Workload::figure(cycle)}, QStringLiteral("writer"));
        db.reset();
        const QList<BackupEntry> after = BackupStore(path).list();
        ASSERT_EQ(after.size(), 1) << "cycle " << cycle;
        ASSERT_TRUE(BackupStore::verify(after.first().path, nullptr)) << "cycle " << cycle;
        ASSERT_TRUE(QDir(folder).entryList({QStringLiteral("*.partial*")}, QDir::Files).isEmpty()) << "cycle " << cycle;
    }
    std::cout << "[backup-kill] cycles " << cycles << " of a " << backupMs << " ms backup: killed before it was done "
              << killedMidway << ", of those with the copy half-written " << partialLeft
              << "; a sound backup after the next change in every cycle\n";
    EXPECT_GE(killedMidway * 2, cycles) << "too few kills landed before the copy was done";
    EXPECT_GE(partialLeft * 4, cycles) << "too few kills caught the copy half-written";
}
