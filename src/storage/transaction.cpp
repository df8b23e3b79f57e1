#include "storage/transaction.h"

#include "storage/database.h"
#include "storage/sqlitedialect.h"
#include "storage/statement.h"

namespace zhibiao {

Transaction::Transaction(const Database &db) : m_db(db.connection())
{
    db.beforeWrite();
    Statement(m_db, SqliteDialect::beginWrite()).exec();
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    try {
        Statement(m_db, QStringLiteral("ROLLBACK")).exec();
    } catch (...) {
        // Nothing more can be done in a destructor; SQLite rolls back on close.
    }
}

void Transaction::commit()
{
    Statement(m_db, QStringLiteral("COMMIT")).exec();
    m_open = false;
}

} // namespace zhibiao
