#include "testsupport.h"

#include "io/demobureau.h"
#include "storage/auditrepository.h"
#include "storage/statement.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

class AuditProtection : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const ImportResult installed = DemoBureau::install(m_temp.db());
        ASSERT_TRUE(installed.ok()) << installed.errors.first().toString().toStdString();
        m_before = AuditRepository(m_temp.db()).count();
        ASSERT_GT(m_before, 100); // the demo's targets and figures were all logged
    }

    // Runs SQL the program never runs; returns the StorageError's message or "" if it ran.
    QString rawRefusal(const QString &sql)
    {
        try {
            Statement(m_temp.db().connection(), sql).exec();
        } catch (const StorageError &e) {
            return e.message();
        }
        return {};
    }

    TempDatabase m_temp;
    int m_before = 0;
};

// The public members of a class as declared in its header, by name.
QSet<QString> publicMembers(const QString &header, const QString &className)
{
    const QString text = QString::fromUtf8(readFile(sourcePath(header)));
    const qsizetype start = text.indexOf(QStringLiteral("class %1\n").arg(className));
    const qsizetype open = text.indexOf(QStringLiteral("public:"), start);
    const qsizetype close = text.indexOf(QStringLiteral("private:"), open);
    static const QRegularExpression member(QStringLiteral("(~?\\w+)\\s*\\("));
    QSet<QString> names;
    for (auto it = member.globalMatch(text.mid(open, close - open)); it.hasNext();)
        names.insert(it.next().captured(1));
    return names;
}

} // namespace

// No way through the program to change the log: the repository only appends and reads, and
// no statement in src/ updates or deletes its rows. A new member must be reviewed here.
TEST_F(AuditProtection, TheProgramHasNoWayToChangeOrDeleteEntries)
{
    EXPECT_EQ(publicMembers(QStringLiteral("src/storage/auditrepository.h"), QStringLiteral("AuditRepository")),
              (QSet<QString>{QStringLiteral("AuditRepository"), QStringLiteral("~AuditRepository"),
                             QStringLiteral("append"), QStringLiteral("entries"), QStringLiteral("count")}));
    static const QRegularExpression change(
        QStringLiteral("(UPDATE\\s+(audit_log|quarter_state_log)|DELETE\\s+FROM\\s+(audit_log|quarter_state_log)|"
                       "DROP\\s+TRIGGER|DROP\\s+TABLE\\s+(audit_log|quarter_state_log))"),
        QRegularExpression::CaseInsensitiveOption);
    QDirIterator it(sourcePath(QStringLiteral("src")), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        const QRegularExpressionMatch m = change.match(QString::fromUtf8(readFile(path)));
        EXPECT_FALSE(m.hasMatch()) << path.toStdString() << ": " << m.captured(0).toStdString();
    }
    EXPECT_GT(files, 100);
}

// The triggers refuse even SQL that goes round the repositories, inside a transaction too,
// and the refusal leaves every entry in place.
TEST_F(AuditProtection, RawSqlCannotUpdateOrDeleteEitherLog)
{
    for (const char *sql : {"UPDATE audit_log SET new_value = 0, user_name = 'mallory'",
                            "DELETE FROM audit_log WHERE id = 1", "DELETE FROM audit_log",
                            "UPDATE quarter_state_log SET user_name = 'mallory'", "DELETE FROM quarter_state_log"}) {
        const QString message = rawRefusal(QString::fromLatin1(sql));
        EXPECT_TRUE(message.contains(QStringLiteral("cannot be changed"))) << sql << ": " << message.toStdString();
    }
    try {
        Transaction transaction(m_temp.db());
        Statement(m_temp.db().connection(), QStringLiteral("DELETE FROM audit_log WHERE id > 10")).exec();
        transaction.commit();
        ADD_FAILURE() << "a delete inside a transaction went through";
    } catch (const StorageError &) {
    }
    EXPECT_EQ(AuditRepository(m_temp.db()).count(), m_before);
    m_temp.reopen();
    EXPECT_EQ(AuditRepository(m_temp.db()).count(), m_before);
}

// What the triggers do not do: protect against a person who has the file. Anyone with the
// file and sqlite3 can drop a trigger; docs/security.md says so. This keeps that statement
// true rather than hoped.
TEST_F(AuditProtection, SomeoneWithTheFileCanDropTheTriggers)
{
    EXPECT_TRUE(rawRefusal(QStringLiteral("DROP TRIGGER audit_log_no_delete")).isEmpty());
    EXPECT_TRUE(rawRefusal(QStringLiteral("DELETE FROM audit_log WHERE id = 1")).isEmpty());
    EXPECT_EQ(AuditRepository(m_temp.db()).count(), m_before - 1);
}
