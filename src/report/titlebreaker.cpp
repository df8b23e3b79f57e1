#include "report/titlebreaker.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace zhibiao::TitleBreaker {

namespace {

// A break inside a word costs this much more than one line character of imbalance squared.
constexpr double kMidPhrasePenalty = 400.0;
// A line much shorter than the others looks like a stray word: worse than a mid-word break.
constexpr double kShortLinePenalty = 1000.0;
constexpr double kShortLineRatio = 0.6;

bool isDigit(QChar c)
{
    return c.isDigit() || c == QLatin1Char('.');
}

// Breaks that must never happen: inside a figure, between a figure and its 年/月, before a
// closing or after an opening mark.
bool forbidden(const QString &line, qsizetype at)
{
    const QChar before = line.at(at - 1);
    const QChar after = line.at(at);
    if (isDigit(before) && (isDigit(after) || after == QChar(0x5E74) || after == QChar(0x6708)))
        return true;
    static const QString closing = QStringLiteral("，。、；：！？）》”’」%");
    static const QString opening = QStringLiteral("（《“‘「");
    return closing.contains(after) || opening.contains(before);
}

QStringList breakLine(const QString &line, int maxChars)
{
    const qsizetype n = line.size();
    if (n <= maxChars || maxChars <= 0)
        return {line};
    const int count = static_cast<int>((n + maxChars - 1) / maxChars);
    const double ideal = double(n) / count;
    const QList<qsizetype> phrases = phraseEnds(line);
    auto breakCost = [&](qsizetype at) { return phrases.contains(at) ? 0.0 : kMidPhrasePenalty; };

    // best[k][p]: the least cost of k lines ending at position p; a line is (from, to].
    constexpr double kNone = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> best(count + 1, std::vector<double>(n + 1, kNone));
    std::vector<std::vector<qsizetype>> from(count + 1, std::vector<qsizetype>(n + 1, -1));
    best[0][0] = 0;
    for (int k = 1; k <= count; ++k) {
        for (qsizetype to = 1; to <= n; ++to) {
            if (to < n && forbidden(line, to))
                continue;
            for (qsizetype start = std::max<qsizetype>(0, to - maxChars); start < to; ++start) {
                if (best[k - 1][start] == kNone)
                    continue;
                const double length = double(to - start);
                const double cost = best[k - 1][start] + (length - ideal) * (length - ideal)
                                    + (to < n ? breakCost(to) : 0.0)
                                    + (length < kShortLineRatio * ideal ? kShortLinePenalty : 0.0);
                if (cost < best[k][to]) {
                    best[k][to] = cost;
                    from[k][to] = start;
                }
            }
        }
    }
    if (best[count][n] == kNone)
        return {line}; // nothing fits (a title of one unbreakable figure): left to the layout
    QStringList out;
    qsizetype to = n;
    for (int k = count; k > 0; --k) {
        const qsizetype start = from[k][to];
        out.prepend(line.mid(start, to - start));
        to = start;
    }
    return out;
}

} // namespace

QList<qsizetype> phraseEnds(const QString &line)
{
    QList<qsizetype> ends;
    auto add = [&](qsizetype at) {
        if (at > 0 && at < line.size() && !ends.contains(at))
            ends << at;
    };
    static const QRegularExpression year(QStringLiteral("\\d年(?:度)?"));
    static const QRegularExpression body(QStringLiteral("(?:局|厅|委员会|委|办公室|政府|中心)"));
    static const QRegularExpression work(QStringLiteral("工作"));
    for (const QRegularExpression *pattern : {&year, &body, &work}) {
        for (auto it = pattern->globalMatch(line); it.hasNext();)
            add(it.next().capturedEnd());
    }
    // 关于…的: a break before 关于 and after its 的 (the subject stays on one line).
    const qsizetype about = line.indexOf(QStringLiteral("关于"));
    if (about >= 0) {
        add(about);
        const qsizetype of = line.lastIndexOf(QChar(0x7684)); // 的
        if (of > about)
            add(of + 1);
    }
    // Before 和/及 joining two parts of the subject ("2019年工作总结和2020年工作谋划").
    for (qsizetype i = 1; i < line.size(); ++i) {
        if (line.at(i) == QChar(0x548C) || line.at(i) == QChar(0x53CA))
            add(i);
    }
    std::sort(ends.begin(), ends.end());
    return ends;
}

QStringList lines(const QString &title, int maxChars)
{
    QStringList out;
    for (const QString &given : title.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << breakLine(given.trimmed(), maxChars);
    return out;
}

} // namespace zhibiao::TitleBreaker
