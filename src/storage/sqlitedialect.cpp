#include "storage/sqlitedialect.h"

#include "storage/sametext.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>

#include <sqlite3.h>

#include <atomic>
#include <vector>

namespace zhibiao::SqliteDialect {

QString beginWrite()
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QStringList connectionPragmas()
{
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000"),
            QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL")};
}

QString applicationIdQuery()
{
    return QStringLiteral("PRAGMA application_id");
}

QString setApplicationId()
{
    return QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId);
}

QString quickCheck()
{
    return QStringLiteral("PRAGMA quick_check");
}

QString integrityCheck()
{
    return QStringLiteral("PRAGMA integrity_check");
}

QString tableNames()
{
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'");
}

QString backupInto()
{
    return QStringLiteral("VACUUM INTO ?");
}

QString dataVersion()
{
    return QStringLiteral("PRAGMA data_version");
}

StorageError errorOf(const QSqlError &error)
{
    using Kind = StorageError::Kind;
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xFF; // the primary result code
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (numeric ? code : -1) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return StorageError(QCoreApplication::translate("zhibiao::SqliteDialect", "another program is writing to this bureau file and did not finish in "
                                "time; try again in a moment"),
                            Kind::Busy);
    case 13: // SQLITE_FULL
        return StorageError(QCoreApplication::translate("zhibiao::SqliteDialect", "the disk is full"), Kind::DiskFull);
    case 8: // SQLITE_READONLY
        return StorageError(QCoreApplication::translate("zhibiao::SqliteDialect", "the file cannot be written (it, or its folder, is read-only)"), Kind::ReadOnly);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return StorageError(QCoreApplication::translate("zhibiao::SqliteDialect", "the file is damaged"), Kind::Damaged);
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return StorageError(QCoreApplication::translate("zhibiao::SqliteDialect", "the disk reported an error while reading or writing the file"), Kind::DiskError);
    default:
        return StorageError(detail.isEmpty() ? QCoreApplication::translate("zhibiao::SqliteDialect", "the database reported an unknown error") : detail);
    }
}

StorageError failureOf(const QSqlError &error, const QString &sql)
{
    const StorageError described = errorOf(error);
    if (described.kind() != StorageError::Kind::Failed)
        return described;
    return StorageError(QStringLiteral("%1 (%2)").arg(described.message(), sql.simplified().left(80)));
}

// --- BulkStatement ----------------------------------------------------------------------

namespace {

std::atomic<bool> g_forceQtSql{false};

// The connection's own sqlite3 handle, when calls into the SQLite library this program
// links may use it: QtSql's driver must be the SQLite one, and the library it runs must be
// the very one linked here (the same source id; a Qt with a bundled copy of another
// version falls back to QtSql).
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    if (g_forceQtSql.load() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData());
    if (!native)
        return nullptr;
    static const bool sameLibrary = [&db] {
        Statement query(db, QStringLiteral("SELECT sqlite_source_id()"));
        query.exec();
        const bool same = query.next()
                          && query.value(0).toString().toUtf8() == QByteArray(sqlite3_sourceid());
        query.finish();
        return same && sqlite3_initialize() == SQLITE_OK;
    }();
    return sameLibrary ? native : nullptr;
}

} // namespace

class BulkStatement::Impl
{
public:
    virtual ~Impl() = default;
    virtual void bindInteger(qint64 value) = 0;
    virtual void bindReal(double value) = 0;
    virtual void bindText(const QString &value) = 0;
    virtual void bindNull() = 0;
    virtual void exec() = 0;
};

namespace {

// Binds onto SQLite's handle. Texts go in as UTF-8, the file's encoding, so SQLite stores
// them without converting; each parameter keeps its last text and its UTF-8, and a batch
// that binds the same text again (the user, the entity, a code, the import note, the one
// time of the audit rows) reuses it instead of converting it anew.
class NativeBulk final : public BulkStatement::Impl
{
public:
    NativeBulk(sqlite3 *db, const QString &sql) : m_db(db), m_sql(sql)
    {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(m_db, text.constData(), static_cast<int>(text.size()), SQLITE_PREPARE_PERSISTENT,
                               &m_statement, nullptr)
            != SQLITE_OK)
            throw failure();
        m_texts.resize(static_cast<size_t>(sqlite3_bind_parameter_count(m_statement)) + 1);
    }
    ~NativeBulk() override { sqlite3_finalize(m_statement); }

    void bindInteger(qint64 value) override { check(sqlite3_bind_int64(m_statement, m_next++, value)); }
    void bindReal(double value) override { check(sqlite3_bind_double(m_statement, m_next++, value)); }
    void bindNull() override { check(sqlite3_bind_null(m_statement, m_next++)); }
    void bindText(const QString &value) override
    {
        if (static_cast<size_t>(m_next) >= m_texts.size())
            m_texts.resize(static_cast<size_t>(m_next) + 1); // more values than parameters: SQLite refuses below
        Text &kept = m_texts[static_cast<size_t>(m_next)];
        if (!kept.bound || !sameText(value, kept.text)) {
            kept.text = value;
            kept.utf8 = value.toUtf8();
            kept.bound = true;
        }
        // Kept until the next text of this parameter, so SQLite may read it in place.
        check(sqlite3_bind_text(m_statement, m_next++, kept.utf8.constData(), static_cast<int>(kept.utf8.size()),
                                SQLITE_STATIC));
    }
    void exec() override
    {
        const int stepped = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        m_next = 1;
        if (stepped != SQLITE_DONE && stepped != SQLITE_ROW)
            throw failure();
    }

private:
    void check(int result)
    {
        if (result != SQLITE_OK)
            throw failure();
    }
    StorageError failure() const
    {
        return failureOf(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                                   QString::number(sqlite3_extended_errcode(m_db))),
                         m_sql);
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    struct Text
    {
        QString text;
        QByteArray utf8; // its constData() is never null: an empty text binds as '', not NULL
        bool bound = false;
    };

    int m_next = 1;
    std::vector<Text> m_texts; // by parameter number
};

// The same through QtSql (Statement), where SQLite's handle cannot be used.
class QtSqlBulk final : public BulkStatement::Impl
{
public:
    QtSqlBulk(const QSqlDatabase &db, const QString &sql) : m_statement(db, sql) {}

    void bindInteger(qint64 value) override { m_statement.bind(value); }
    void bindReal(double value) override { m_statement.bind(value); }
    void bindText(const QString &value) override { m_statement.bind(value); }
    void bindNull() override { m_statement.bindNull(); }
    void exec() override { m_statement.exec(); }

private:
    Statement m_statement;
};

} // namespace

BulkStatement::BulkStatement(const QSqlDatabase &db, const QString &sql) : m_db(db), m_sql(sql) {}

BulkStatement::~BulkStatement() = default;

BulkStatement::Impl &BulkStatement::impl()
{
    if (!m_impl) {
        if (sqlite3 *native = nativeHandle(m_db))
            m_impl = std::make_unique<NativeBulk>(native, m_sql);
        else
            m_impl = std::make_unique<QtSqlBulk>(m_db, m_sql);
    }
    return *m_impl;
}

BulkStatement &BulkStatement::bind(qint64 value)
{
    impl().bindInteger(value);
    return *this;
}

BulkStatement &BulkStatement::bind(double value)
{
    impl().bindReal(value);
    return *this;
}

BulkStatement &BulkStatement::bind(const QString &value)
{
    impl().bindText(value);
    return *this;
}

BulkStatement &BulkStatement::bind(const std::optional<double> &value)
{
    if (value)
        impl().bindReal(*value);
    else
        impl().bindNull();
    return *this;
}

BulkStatement &BulkStatement::bindNull()
{
    impl().bindNull();
    return *this;
}

void BulkStatement::exec()
{
    impl().exec();
}

bool BulkStatement::native(const QSqlDatabase &db)
{
    return nativeHandle(db) != nullptr;
}

void BulkStatement::forceQtSql(bool force)
{
    g_forceQtSql.store(force);
}

} // namespace zhibiao::SqliteDialect
