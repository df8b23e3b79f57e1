#pragma once

#include <cstddef>
#include <memory>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace zhibiao {

// The baseline side of the benchmark: a bare sqlite3 connection with the same connection
// settings the program uses (foreign keys, WAL, synchronous=FULL, busy timeout). It lives
// outside src/storage on purpose: it measures what SQLite alone costs.
class RawSqlite
{
public:
    struct Finalizer
    {
        void operator()(sqlite3_stmt *statement) const;
    };
    using StatementPtr = std::unique_ptr<sqlite3_stmt, Finalizer>;

    explicit RawSqlite(const std::string &path); // throws std::runtime_error
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    sqlite3 *handle() const { return m_db; }
    void exec(const char *sql) const;
    StatementPtr prepare(const char *sql) const;
    // Steps a write to its end; throws unless SQLite reports SQLITE_DONE.
    void stepDone(sqlite3_stmt *statement) const;

private:
    [[noreturn]] void fail(const char *what) const;

    sqlite3 *m_db = nullptr;
};

// Steps a query to its end and reads every column of every row, as a caller using the rows
// would: text lengths and numbers are added to *sum, so that nothing is optimised away.
// Returns the number of rows.
size_t readAll(sqlite3_stmt *statement, double *sum);

} // namespace zhibiao
