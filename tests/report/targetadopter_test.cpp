// Adopting the proposals of section 三 as next year's targets: all in one transaction,
// audited, idempotent, and refusing to overwrite different targets unless told to.
#include "cli/cliapp.h"
#include "io/demobureau.h"
#include "report/targetadopter.h"
#include "storage/auditrepository.h"
#include "storage/targetrepository.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

class TargetAdoption : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(DemoBureau::install(m_db.db()).ok()); }
    int auditRows2020() const
    {
        int rows = 0;
        for (const AuditEntry &entry : AuditRepository(m_db.db()).entries({}, {}, 2020))
            rows += entry.entity == QLatin1String("target") ? 1 : 0;
        return rows;
    }
    TempDatabase m_db;
};

} // namespace

TEST_F(TargetAdoption, WritesEveryProposalWithItsAuditRow)
{
    const TargetAdopter adopter(m_db.db());
    const QList<TargetProposal> proposals = adopter.proposals(2019);
    ASSERT_GE(proposals.size(), 10);
    ASSERT_TRUE(TargetRepository(m_db.db()).targets(2020).isEmpty()); // the demo has none yet

    const TargetAdopter::Outcome outcome = adopter.adopt(2019, {}, proposals, QStringLiteral("leader"), false);
    ASSERT_TRUE(outcome.ok) << outcome.error.toStdString();
    EXPECT_EQ(outcome.counts.inserted, proposals.size());

    const QList<Target> stored = TargetRepository(m_db.db()).targets(2020);
    ASSERT_EQ(stored.size(), proposals.size());
    for (const TargetProposal &proposal : proposals) {
        const auto value = TargetRepository(m_db.db()).target(proposal.indicator.code, QStringLiteral("CITY"), 2020);
        ASSERT_TRUE(value.has_value()) << proposal.indicator.code.toStdString();
        EXPECT_DOUBLE_EQ(*value, proposal.proposed);
    }
    const QList<AuditEntry> audit = AuditRepository(m_db.db()).entries({}, {}, 2020);
    ASSERT_EQ(audit.size(), proposals.size());
    for (const AuditEntry &entry : audit) {
        EXPECT_EQ(entry.userName, QStringLiteral("leader"));
        EXPECT_EQ(entry.note, QStringLiteral("adopted from the 2019 report proposals"));
        EXPECT_FALSE(entry.oldValue.has_value());
    }
}

TEST_F(TargetAdoption, SecondAdoptionChangesNothing)
{
    const TargetAdopter adopter(m_db.db());
    const QList<TargetProposal> proposals = adopter.proposals(2019);
    ASSERT_TRUE(adopter.adopt(2019, {}, proposals, QStringLiteral("leader"), false).ok);
    const int auditBefore = AuditRepository(m_db.db()).count();

    const TargetAdopter::Outcome again = adopter.adopt(2019, {}, proposals, QStringLiteral("leader"), false);
    ASSERT_TRUE(again.ok) << again.error.toStdString();
    EXPECT_EQ(again.counts.changed(), 0);
    EXPECT_EQ(again.counts.unchanged, proposals.size());
    EXPECT_EQ(AuditRepository(m_db.db()).count(), auditBefore);
}

TEST_F(TargetAdoption, FailureHalfWayWritesNothing)
{
    const TargetAdopter adopter(m_db.db());
    QList<TargetProposal> proposals = adopter.proposals(2019);
    ASSERT_GE(proposals.size(), 4);
    TargetProposal bogus = proposals.first();
    bogus.indicator.code = QStringLiteral("ZZ99"); // not in the catalogue
    proposals.insert(proposals.size() / 2, bogus);
    const int auditBefore = AuditRepository(m_db.db()).count();

    const TargetAdopter::Outcome outcome = adopter.adopt(2019, {}, proposals, QStringLiteral("leader"), false);
    EXPECT_FALSE(outcome.ok);
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("ZZ99")));
    EXPECT_TRUE(TargetRepository(m_db.db()).targets(2020).isEmpty());
    EXPECT_EQ(AuditRepository(m_db.db()).count(), auditBefore);
}

TEST_F(TargetAdoption, StaffCannotAdopt)
{
    const TargetAdopter adopter(m_db.db());
    const TargetAdopter::Outcome outcome = adopter.adopt(2019, {}, adopter.proposals(2019), QStringLiteral("staff"), false);
    EXPECT_FALSE(outcome.ok);
    EXPECT_TRUE(TargetRepository(m_db.db()).targets(2020).isEmpty());
}

TEST_F(TargetAdoption, RefusesDifferentTargetsUnlessOverwriting)
{
    const TargetAdopter adopter(m_db.db());
    QList<TargetProposal> proposals = adopter.proposals(2019);
    ASSERT_TRUE(adopter.adopt(2019, {}, proposals, QStringLiteral("leader"), false).ok);
    const QString code = proposals.first().indicator.code;
    const double adopted = proposals.first().proposed;
    proposals.first().proposed = adopted + 1.0; // the writer adjusted one value

    const TargetAdopter::Outcome refused = adopter.adopt(2019, {}, proposals, QStringLiteral("leader"), false);
    EXPECT_FALSE(refused.ok);
    ASSERT_EQ(refused.conflicts.size(), 1);
    EXPECT_EQ(refused.conflicts.first().indicatorCode, code);
    EXPECT_DOUBLE_EQ(*TargetRepository(m_db.db()).target(code, QStringLiteral("CITY"), 2020), adopted);

    const TargetAdopter::Outcome replaced = adopter.adopt(2019, {}, proposals, QStringLiteral("leader"), true);
    ASSERT_TRUE(replaced.ok) << replaced.error.toStdString();
    EXPECT_EQ(replaced.counts.updated, 1);
    EXPECT_DOUBLE_EQ(*TargetRepository(m_db.db()).target(code, QStringLiteral("CITY"), 2020), adopted + 1.0);
}

TEST_F(TargetAdoption, CommandLineListsThenAdopts)
{
    const int proposals = static_cast<int>(TargetAdopter(m_db.db()).proposals(2019).size());
    const QString path = m_db.path();
    m_db.close();
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CliApp cli(outStream, errStream);
    const QStringList base{QStringLiteral("zhibiao-cli"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                           QStringLiteral("leader"), QStringLiteral("report-targets"), QStringLiteral("--year"),
                           QStringLiteral("2019")};
    ASSERT_EQ(cli.run(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}), 0) << err.toStdString();
    const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
    EXPECT_EQ(lines.size(), proposals + 1);
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("indicator,name,unit,target_2019,value_2019,proposed_2020")));

    out.clear();
    ASSERT_EQ(cli.run(base + QStringList{QStringLiteral("--adopt")}), 0) << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Adopted as 2020 targets: %1 new").arg(proposals))) << out.toStdString();
    m_db.reopen();
    EXPECT_EQ(TargetRepository(m_db.db()).targets(2020).size(), proposals);
    EXPECT_EQ(auditRows2020(), proposals);
}
