#include "sampledata.h"
#include "testsupport.h"

#include "storage/auditrepository.h"
#include "storage/figurerepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

class AuditRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SampleData::install(m_temp.db());
        FigureRepository(m_temp.db())
            .upsert({SampleData::figure("F01", "CITY", 2019, 1, 1.4), SampleData::figure("F01", "CITY", 2019, 2, 2.9),
                     SampleData::figure("F01", "D01", 2019, 1, 0.4), SampleData::figure("R01", "CITY", 2018, 4, 3.3)},
                    QStringLiteral("王芳"));
    }

    TempDatabase m_temp;
};

} // namespace

TEST_F(AuditRepositoryTest, EntriesFilterBySubject)
{
    const AuditRepository audit(m_temp.db());
    EXPECT_EQ(audit.entries().size(), 4);
    EXPECT_EQ(audit.entries(QStringLiteral("F01")).size(), 3);
    EXPECT_EQ(audit.entries(QStringLiteral("F01"), QStringLiteral("CITY")).size(), 2);
    EXPECT_EQ(audit.entries({}, QStringLiteral("CITY"), 2019).size(), 2);
    EXPECT_EQ(audit.entries({}, {}, 2018).size(), 1);
    const QList<AuditEntry> q2 = audit.entries(QStringLiteral("F01"), QStringLiteral("CITY"), 2019, 2);
    ASSERT_EQ(q2.size(), 1);
    EXPECT_EQ(q2[0].newValue, 2.9);
    EXPECT_TRUE(audit.entries(QStringLiteral("S01")).isEmpty());
}

TEST_F(AuditRepositoryTest, AppendKeepsWhatItIsGiven)
{
    const AuditRepository audit(m_temp.db());
    const QDateTime at(QDate(2019, 10, 8), QTime(9, 30, 15, 250), Qt::UTC);
    audit.append(AuditEntry{at, QStringLiteral("admin"), QStringLiteral("target"), QStringLiteral("F01"),
                            QStringLiteral("CITY"), 2019, 0, 4.5, std::nullopt, QStringLiteral("删除目标")});
    const AuditEntry last = audit.entries().last();
    EXPECT_EQ(last.at, at);
    EXPECT_EQ(last.quarter, 0);
    EXPECT_EQ(last.oldValue, 4.5);
    EXPECT_FALSE(last.newValue);
    EXPECT_EQ(last.note, QStringLiteral("删除目标"));
    EXPECT_EQ(audit.count(), 5);
}

// The triggers hold even against SQL that bypasses the repositories.
TEST_F(AuditRepositoryTest, TheLogCannotBeUpdatedOrDeleted)
{
    const AuditRepository audit(m_temp.db());
    const QList<AuditEntry> before = audit.entries();
    QSqlQuery query(m_temp.db().connection());
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET new_value = 0, user_name = 'mallory'")));
    EXPECT_TRUE(query.lastError().text().contains(QStringLiteral("audit log cannot be changed")))
        << query.lastError().text().toStdString();
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log")));
    query.finish();

    const QList<AuditEntry> after = audit.entries();
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i].userName, before[i].userName);
        EXPECT_EQ(after[i].newValue, before[i].newValue);
    }
}
