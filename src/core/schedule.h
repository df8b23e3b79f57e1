#pragma once

#include <QString>

#include <array>
#include <optional>

namespace zhibiao {

// 序时进度: the share of an annual target expected to be done by the end of each quarter,
// in percent. Linear by default; seasonal indicators carry their own.
class Schedule
{
public:
    Schedule() = default;
    explicit Schedule(const std::array<double, 4> &shares) : m_shares(shares) {}

    double expectedShare(int quarter) const;
    const std::array<double, 4> &shares() const { return m_shares; }
    bool isDefault() const;

    // "20/45/75/100": four non-decreasing shares ending at 100. Empty text gives nullopt
    // through ok == true; malformed text sets ok to false.
    static std::optional<Schedule> parse(const QString &text, bool *ok, QString *error = nullptr);
    QString toString() const;

    friend bool operator==(const Schedule &, const Schedule &) = default;

private:
    std::array<double, 4> m_shares{25.0, 50.0, 75.0, 100.0};
};

} // namespace zhibiao
