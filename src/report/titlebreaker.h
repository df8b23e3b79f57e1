#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace zhibiao {

// Breaks a report title into lines of at most maxChars characters, at phrase boundaries
// and into lines of about equal length, as official titles are set ("青禾市人力资源和社会
// 保障局关于2019年工作总结的报告" after 局, not after 保). Explicit line breaks ("\n") are
// kept; only a line still too long is broken further.
namespace TitleBreaker {
QStringList lines(const QString &title, int maxChars);
// The positions (0 < p < size) after which a phrase ends: 年 after a figure, 关于 and its
// 的, 局/厅/委/办, 工作, 和/及 between two parts.
QList<qsizetype> phraseEnds(const QString &line);
} // namespace TitleBreaker

} // namespace zhibiao
