#include "rawsqlite.h"

#include <sqlite3.h>

#include <cstring>
#include <stdexcept>

namespace zhibiao {

void RawSqlite::Finalizer::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

RawSqlite::RawSqlite(const std::string &path)
{
    if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        throw std::runtime_error("cannot open " + path + ": " + message);
    }
    // The same settings, in the same order, as SqliteDialect::connectionPragmas().
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA busy_timeout = 5000");
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = FULL");
}

RawSqlite::~RawSqlite()
{
    sqlite3_close(m_db);
}

void RawSqlite::exec(const char *sql) const
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(sql);
}

RawSqlite::StatementPtr RawSqlite::prepare(const char *sql) const
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
        fail(sql);
    return StatementPtr(statement);
}

void RawSqlite::stepDone(sqlite3_stmt *statement) const
{
    if (sqlite3_step(statement) != SQLITE_DONE)
        fail(sqlite3_sql(statement));
}

void RawSqlite::fail(const char *what) const
{
    throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(m_db));
}

size_t readAll(sqlite3_stmt *statement, double *sum)
{
    size_t rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        ++rows;
        for (int column = 0; column < sqlite3_column_count(statement); ++column) {
            if (sqlite3_column_type(statement, column) == SQLITE_TEXT)
                *sum += static_cast<double>(
                    std::strlen(reinterpret_cast<const char *>(sqlite3_column_text(statement, column))));
            else
                *sum += sqlite3_column_double(statement, column);
        }
    }
    return rows;
}

} // namespace zhibiao
