#pragma once

#include <QSqlDatabase>

namespace zhibiao {

// A write transaction that rolls back unless committed. It begins IMMEDIATE so that two
// writers queue on the busy timeout instead of failing half-way with SQLITE_BUSY.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace zhibiao
