#pragma once

#include <QSqlDatabase>

namespace zhibiao {

class Database;

// A write transaction that rolls back unless committed. It begins IMMEDIATE so that two
// writers queue on the busy timeout instead of failing half-way with SQLITE_BUSY. Before
// it begins, the database's before-write check runs (the day's backup): when that fails,
// nothing is begun and its StorageError reaches the caller.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace zhibiao
