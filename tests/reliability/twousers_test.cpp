#include "testsupport.h"
#include "workload.h"

#include "cli/cliapp.h"

#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/figurerepository.h"
#include "storage/instancelock.h"
#include "storage/storageerror.h"

#include <QElapsedTimer>
#include <QSysInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

std::unique_ptr<Database> openBureau(const QString &path)
{
    OpenError error;
    auto db = Database::open(path, Database::Mode::CreateIfMissing, &error);
    EXPECT_TRUE(db) << error.message.toStdString();
    return db;
}

// Starts the test writer in a mode that prints READY once it holds what it was asked to.
bool startHolder(QProcess &process, const QStringList &arguments)
{
    process.start(QStringLiteral(ZHIBIAO_FIGUREWRITER), arguments);
    if (!process.waitForStarted(10000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (!process.peek(4096).contains("READY\n")) {
        if (timer.elapsed() > 20000 || process.state() == QProcess::NotRunning)
            return false;
        process.waitForReadyRead(50);
    }
    return true;
}

class TwoUsers : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("bureau.zhibiao"));
        alice = openBureau(path);
        Workload::installCatalogue(*alice);
        bob = openBureau(path);
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> alice;
    std::unique_ptr<Database> bob;
};

} // namespace

TEST_F(TwoUsers, StaleVersionIsRefusedAndNothingIsOverwritten)
{
    Figure figure = Workload::figure(0);
    FigureRepository(*alice).upsert({figure}, QStringLiteral("alice"));
    const FigureRepository aliceFigures(*alice);
    const FigureRepository bobFigures(*bob);
    // Both are shown the figure at the same version.
    const int shown = aliceFigures.version(figure.indicatorCode, figure.orgUnitCode, figure.period);
    ASSERT_EQ(shown, bobFigures.version(figure.indicatorCode, figure.orgUnitCode, figure.period));
    ASSERT_EQ(shown, 1);

    Figure bobs = figure;
    bobs.value = 7.5;
    const VersionedWrite first = bobFigures.updateIfUnchanged(bobs, shown, QStringLiteral("bob"));
    EXPECT_TRUE(first.written);
    EXPECT_EQ(first.version, 2);

    Figure alices = figure;
    alices.value = 9.0;
    const VersionedWrite second = aliceFigures.updateIfUnchanged(alices, shown, QStringLiteral("alice"));
    EXPECT_FALSE(second.written);
    EXPECT_EQ(second.version, 2);
    ASSERT_TRUE(second.current);
    EXPECT_EQ(second.current->value, 7.5); // the other person's value, to show both

    EXPECT_EQ(aliceFigures.find(figure.indicatorCode, figure.orgUnitCode, figure.period)->value, 7.5);
    const QList<AuditEntry> history = AuditRepository(*alice).entries(figure.indicatorCode, figure.orgUnitCode,
                                                                      figure.period.year, figure.period.quarter);
    ASSERT_EQ(history.size(), 2); // the first entry and Bob's change; Alice's refused write left none
    for (const AuditEntry &entry : history)
        EXPECT_NE(entry.newValue, std::optional<double>(9.0));

    // Having seen Bob's value, Alice may overwrite it knowingly.
    const VersionedWrite third = aliceFigures.updateIfUnchanged(alices, second.version, QStringLiteral("alice"));
    EXPECT_TRUE(third.written);
    EXPECT_EQ(aliceFigures.find(figure.indicatorCode, figure.orgUnitCode, figure.period)->value, 9.0);
}

TEST_F(TwoUsers, BothEnteringAnEmptySlotOnlyTheFirstWins)
{
    Figure figure = Workload::figure(5);
    figure.value = 1.0;
    EXPECT_TRUE(FigureRepository(*bob).updateIfUnchanged(figure, 0, QStringLiteral("bob")).written);
    figure.value = 2.0;
    const VersionedWrite late = FigureRepository(*alice).updateIfUnchanged(figure, 0, QStringLiteral("alice"));
    EXPECT_FALSE(late.written);
    ASSERT_TRUE(late.current);
    EXPECT_EQ(late.current->value, 1.0);
    EXPECT_EQ(AuditRepository(*alice).entries(figure.indicatorCode, figure.orgUnitCode).size(), 1);
}

// The entry grid writes an edit or a paste as one batch checked against the versions it
// showed: one figure changed meanwhile refuses the whole batch, and names it.
TEST_F(TwoUsers, AStaleBatchWritesNothingAndReturnsTheChangedFigure)
{
    const Figure first = Workload::figure(0);
    const Figure second = Workload::figure(1);
    FigureRepository(*alice).upsert({first, second}, QStringLiteral("alice"));
    const FigureRepository aliceFigures(*alice);
    const int auditBefore = AuditRepository(*alice).count();

    Figure bobs = second;
    bobs.value = 7.5;
    bobs.note = QStringLiteral("corrected");
    ASSERT_TRUE(FigureRepository(*bob).updateIfUnchanged(bobs, 1, QStringLiteral("bob")).written);

    Figure mine1 = first;
    mine1.value = 11.0;
    Figure mine2 = second;
    mine2.value = 12.0;
    const CheckedApply refused =
        aliceFigures.applyIfUnchanged({{mine1, 1}, {mine2, 1}}, {}, QStringLiteral("alice"));
    EXPECT_FALSE(refused.written());
    ASSERT_EQ(refused.stale.size(), 1);
    EXPECT_EQ(refused.stale.constFirst().indicatorCode, second.indicatorCode);
    EXPECT_EQ(refused.stale.constFirst().period, second.period);
    EXPECT_EQ(refused.stale.constFirst().value, std::optional<double>(7.5));
    EXPECT_EQ(refused.stale.constFirst().note, QStringLiteral("corrected"));
    EXPECT_EQ(refused.stale.constFirst().version, 2);
    // Not even the figure that nobody else touched was written.
    EXPECT_EQ(aliceFigures.find(first.indicatorCode, first.orgUnitCode, first.period)->value, first.value);
    EXPECT_EQ(AuditRepository(*alice).count(), auditBefore + 1); // Bob's change only

    // Against the versions now in the file the batch goes through, audited, and says the
    // versions it produced so that the next write is checked against them.
    const CheckedApply written =
        aliceFigures.applyIfUnchanged({{mine1, 1}, {mine2, 2}}, {}, QStringLiteral("alice"));
    EXPECT_TRUE(written.written());
    EXPECT_EQ(written.versions, (QList<int>{2, 3}));
    EXPECT_EQ(aliceFigures.find(second.indicatorCode, second.orgUnitCode, second.period)->value, 12.0);
    EXPECT_EQ(aliceFigures.version(second.indicatorCode, second.orgUnitCode, second.period), 3);
    EXPECT_EQ(AuditRepository(*alice).count(), auditBefore + 3);

    // A removal (an undone first entry) is checked the same way.
    EXPECT_FALSE(aliceFigures.applyIfUnchanged({}, {{first, 1}}, QStringLiteral("alice")).written());
    const CheckedApply removed = aliceFigures.applyIfUnchanged({}, {{first, 2}}, QStringLiteral("alice"));
    EXPECT_TRUE(removed.written());
    EXPECT_EQ(removed.versions, (QList<int>{0}));
    EXPECT_FALSE(aliceFigures.find(first.indicatorCode, first.orgUnitCode, first.period));

    // An empty slot shown as empty (version 0) that someone filled meanwhile is stale too.
    Figure slot = Workload::figure(7);
    FigureRepository(*bob).upsert({slot}, QStringLiteral("bob"));
    slot.value = 99.0;
    const CheckedApply late = aliceFigures.applyIfUnchanged({{slot, 0}}, {}, QStringLiteral("alice"));
    ASSERT_EQ(late.stale.size(), 1);
    EXPECT_EQ(late.stale.constFirst().version, 1);
    EXPECT_EQ(late.stale.constFirst().value, std::optional<double>(Workload::figure(7).value));
}

// A write that meets another program's open write transaction waits for it (busy_timeout)
// instead of failing with "database is locked".
TEST_F(TwoUsers, WriterWaitsForAnotherProcessInsteadOfFailing)
{
    bob.reset();
    QProcess holder;
    ASSERT_TRUE(startHolder(holder, {path, QStringLiteral("hold"), QStringLiteral("300")}));
    QElapsedTimer timer;
    timer.start();
    EXPECT_NO_THROW(FigureRepository(*alice).upsert({Workload::figure(1)}, QStringLiteral("alice")));
    const qint64 waited = timer.elapsed();
    holder.waitForFinished(10000);
    EXPECT_TRUE(holder.readAllStandardOutput().contains("DONE"));
    EXPECT_GE(waited, 150); // it did wait for the other transaction
    EXPECT_LT(waited, 5000);
    EXPECT_TRUE(FigureRepository(*alice).find(Workload::figure(1).indicatorCode, Workload::figure(1).orgUnitCode,
                                              Workload::figure(1).period));

    // Without the timeout the same write fails: the test above can tell the difference.
    {
        QSqlQuery pragma(alice->connection());
        ASSERT_TRUE(pragma.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
        ASSERT_TRUE(pragma.exec(QStringLiteral("PRAGMA busy_timeout")) && pragma.next());
        ASSERT_EQ(pragma.value(0).toInt(), 0);
    }
    QProcess again;
    ASSERT_TRUE(startHolder(again, {path, QStringLiteral("hold"), QStringLiteral("300")}));
    timer.restart();
    EXPECT_THROW(FigureRepository(*alice).upsert({Workload::figure(2)}, QStringLiteral("alice")), StorageError)
        << "waited " << timer.elapsed() << " ms";
    again.waitForFinished(10000);
}

// Another program holding the write lock past the busy timeout: the import says what
// happened and what to do, in words, and changes nothing.
TEST_F(TwoUsers, ALockHeldTooLongIsSaidInWords)
{
    alice.reset();
    bob.reset();
    const QString csv = dir.filePath(QStringLiteral("figures.csv"));
    writeFile(csv, Workload::figuresCsv(2050, 1));
    QProcess holder;
    ASSERT_TRUE(startHolder(holder, {path, QStringLiteral("hold"), QStringLiteral("7000")}));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = CliApp(outStream, errStream)
                         .run({QStringLiteral("zhibiao-cli"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                               QStringLiteral("alice"), QStringLiteral("import"), QStringLiteral("figures"), csv});
    errStream.flush();
    holder.waitForFinished(15000);
    EXPECT_EQ(code, CliApp::DataError);
    EXPECT_TRUE(err.contains(QStringLiteral("another program is writing"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("try again in a moment"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("nothing was imported"))) << err.toStdString();
    EXPECT_FALSE(err.contains(QStringLiteral("database is locked"))) << err.toStdString();
    EXPECT_FALSE(err.contains(QStringLiteral("Correct what is listed"))) << err.toStdString();
    const auto db = openBureau(path);
    EXPECT_FALSE(FigureRepository(*db).find(Workload::figure(0).indicatorCode, Workload::figure(0).orgUnitCode,
                                            Period{2050, 1}));
}

TEST(InstanceLockTest, SecondInstanceIsToldWhoHoldsTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bureau.zhibiao"));
    QProcess holder;
    ASSERT_TRUE(startHolder(holder, {path, QStringLiteral("lock")}));

    InstanceLock second(path);
    EXPECT_FALSE(second.tryLock());
    const QString message = second.message();
    EXPECT_TRUE(message.contains(QString::number(holder.processId()))) << message.toStdString();
    EXPECT_TRUE(message.contains(QSysInfo::machineHostName())) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("figurewriter"))) << message.toStdString();
    EXPECT_TRUE(message.contains(path)) << message.toStdString();
    ASSERT_TRUE(second.holder());
    EXPECT_EQ(second.holder()->pid, holder.processId());

    // A holder that crashed leaves its lock file; the next instance takes it over.
    ::kill(static_cast<pid_t>(holder.processId()), SIGKILL);
    holder.waitForFinished(10000);
    EXPECT_TRUE(QFileInfo::exists(InstanceLock::lockPathFor(path)));
    EXPECT_TRUE(second.tryLock()) << second.message().toStdString();
    EXPECT_TRUE(second.isLocked());

    InstanceLock third(path);
    EXPECT_FALSE(third.tryLock());
    EXPECT_EQ(third.holder()->pid, QCoreApplication::applicationPid());
    second.unlock();
    EXPECT_TRUE(third.tryLock());
}
