#include "core/schedule.h"

#include <QStringList>

namespace zhibiao {

double Schedule::expectedShare(int quarter) const
{
    if (quarter < 1)
        return 0.0;
    if (quarter > 4)
        return 100.0;
    return m_shares[static_cast<size_t>(quarter - 1)];
}

bool Schedule::isDefault() const
{
    return *this == Schedule();
}

std::optional<Schedule> Schedule::parse(const QString &text, bool *ok, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<Schedule> {
        if (ok)
            *ok = false;
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (ok)
        *ok = true;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;

    const QStringList parts = trimmed.split(QLatin1Char('/'));
    if (parts.size() != 4)
        return fail(QStringLiteral("a schedule has four shares separated by '/', like 25/50/75/100"));
    std::array<double, 4> shares{};
    double previous = 0.0;
    for (int i = 0; i < 4; ++i) {
        bool numberOk = false;
        const double share = parts[i].trimmed().toDouble(&numberOk);
        if (!numberOk || share < 0.0 || share > 100.0)
            return fail(QStringLiteral("schedule share '%1' is not a number from 0 to 100").arg(parts[i]));
        if (share < previous)
            return fail(QStringLiteral("schedule shares must not decrease"));
        shares[static_cast<size_t>(i)] = share;
        previous = share;
    }
    if (shares[3] != 100.0)
        return fail(QStringLiteral("the fourth schedule share must be 100"));
    return Schedule(shares);
}

QString Schedule::toString() const
{
    QStringList parts;
    for (double share : m_shares)
        parts << QString::number(share, 'g', 6);
    return parts.join(QLatin1Char('/'));
}

} // namespace zhibiao
