#pragma once

#include <QString>

namespace zhibiao {

// Text as XML 1.0 can carry it: pasted control characters (a stray escape) have no form in
// XML 1.0 and would make the whole part unreadable, so they are dropped; a vertical tab (a
// word processor's manual line break) becomes a line break; tabs and line breaks stay.
inline QString xmlSafeText(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == 0x0B) {
            safe += QLatin1Char('\n');
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe += c;
            safe += text.at(++i);
        } else if ((u >= 0x20 || u == 0x09 || u == 0x0A) && !c.isSurrogate() && u != 0xFFFE && u != 0xFFFF) {
            safe += c;
        }
    }
    return safe;
}

} // namespace zhibiao
