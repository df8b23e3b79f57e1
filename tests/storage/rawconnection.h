#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace zhibiao::test {

// A plain QtSql connection to any file, for tests that must make or poke at a file the way
// another program (or an older Zhibiao) would. Not for use in src/.
class RawConnection
{
public:
    explicit RawConnection(const QString &path);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    // Runs one statement; false (and the driver's message in *error) when it fails.
    bool exec(const QString &sql, QString *error = nullptr);
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql);
    QSqlDatabase db() const;

private:
    QString m_name;
};

} // namespace zhibiao::test
