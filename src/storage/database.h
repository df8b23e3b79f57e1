#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace zhibiao {

class CodeTableCache;

// Why a file could not be opened. Each case leaves the file exactly as it was.
struct OpenError
{
    enum class Code {
        None,
        NotFound,     // no such file (and not asked to create one)
        NotOurs,      // not a SQLite file, or a SQLite file of another program
        NewerSchema,  // written by a newer Zhibiao
        Damaged,      // SQLite says the file is corrupt or truncated
        ReadOnly,     // the file or its folder cannot be written
        Failed,       // anything else: the message says what
    };
    Code code = Code::None;
    QString message; // names the file, the cause and what to do

    explicit operator bool() const { return code != Code::None; }
};

// One bureau's SQLite file, opened with the connection settings and schema migrations the
// program relies on. Owns its QSqlDatabase connection.
class CheckStop;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::Database)

public:
    enum class Mode {
        OpenExisting,    // a bureau file that exists, to read and change
        CreateIfMissing, // the same, or a new empty file
        CreateNew,       // a new file only: an existing one is refused, not touched
        ReadOnly,        // an existing file, opened for reading only when it cannot be written
    };

    // How closely open() looks at an existing file first. Now: SQLite's quick check of every
    // page. Later: header, tables and schema version only; the caller runs problemOf() itself
    // once the window has painted (on a bureau with ten years of figures the quick check
    // takes as long as the rest of the start).
    enum class Check { Now, Later };

    static std::unique_ptr<Database> open(const QString &path, Mode mode, OpenError *error,
                                          Check check = Check::Now);
    // The quick check and the looks open() makes, on a read-only connection of its own, so
    // that any thread may run it while the file is open elsewhere in the process. nullopt
    // when the file is sound; else the refusal open() would have given.
    // stop, when given, lets another thread end the check early: then nullopt, no verdict.
    static std::optional<OpenError> problemOf(const QString &path, CheckStop *stop = nullptr);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    // Opened with Mode::ReadOnly on a file or folder that cannot be written: every change
    // is refused (SQLite's own read-only connection).
    bool isReadOnly() const { return m_readOnly; }

    // Runs before each write transaction begins (Transaction); a StorageError it throws
    // refuses the write with nothing changed. The daily backup uses it (DailyBackup).
    void setBeforeWrite(std::function<void()> check) { m_beforeWrite = std::move(check); }
    void beforeWrite() const
    {
        if (m_beforeWrite)
            m_beforeWrite();
    }
    int schemaVersion() const;
    static int latestSchemaVersion();
    // Where the copy made before the last migration went (empty if none was needed).
    QString lastBackupPath() const { return m_backupPath; }

    // The catalogue and org units as last read on this connection (CodeTableCache).
    CodeTableCache &codeTables() const;

    bool integrityCheck(QString *details = nullptr) const;
    void backupTo(const QString &destination) const;

private:
    explicit Database(QString path, QString connectionName);
    // Makes a new file with the whole schema at `path`, never over an existing one; false
    // with *problem set (and nothing left behind) when it cannot.
    static bool createAtomically(const QString &path, QString *problem);
    void configureConnection();
    void migrate(int fromVersion);

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    bool m_readOnly = false;
    std::function<void()> m_readOnlyCleanup; // after the last read-only connection closes
    std::function<void()> m_beforeWrite;
    mutable std::unique_ptr<CodeTableCache> m_codeTables; // made on first use
};

} // namespace zhibiao
