#pragma once

#include "testsupport.h"

#include <QString>

#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << text.toStdString();
}
QT_END_NAMESPACE

namespace zhibiao::test {

// A temporary database holding the demo bureau (2019 Q3 submitted by the city).
class DemoFixture
{
public:
    DemoFixture();
    const Database &db() const { return m_db.db(); }
    QString path() const { return m_db.path(); }
    QString dir() const { return m_db.dir(); }
    void close() { m_db.close(); }

private:
    TempDatabase m_db;
};

} // namespace zhibiao::test
