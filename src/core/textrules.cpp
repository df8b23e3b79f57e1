#include "core/textrules.h"

namespace zhibiao {

namespace {
bool isDirectionControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isForbidden(char32_t c, bool multiLine)
{
    if (multiLine && (c == U'\n' || c == U'\t'))
        return false;
    return QChar::category(c) == QChar::Other_Control || isDirectionControl(c) || c == 0x2028 || c == 0x2029;
}
} // namespace

QString TextRules::problem(const QString &text, int maxLength, bool multiLine)
{
    // Runs on every field of every imported row: the code points are read in place (no
    // copy as UCS-4), and printable ASCII, never forbidden, costs one comparison.
    const char16_t *units = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = units[i];
        if (c >= 0x20 && c < 0x7F)
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(units[i + 1])) {
            c = QChar::surrogateToUcs4(units[i], units[i + 1]);
            ++i; // after the call: the order in which its arguments are read is unspecified
        }
        if (isForbidden(c, multiLine))
            return tr("it holds a control character (U+%1); type the text without it")
                .arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
    }
    const qsizetype length = text.size();
    if (length > maxLength)
        return tr("it is %1 characters long; at most %2 are allowed").arg(length).arg(maxLength);
    return {};
}

QString TextRules::printable(const QString &text)
{
    QString shown;
    for (const char32_t c : text.toUcs4()) {
        if (shown.size() >= 60) {
            shown += QStringLiteral("…");
            break;
        }
        if (isForbidden(c, false))
            shown += QStringLiteral("\\u%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
        else
            shown += QString::fromUcs4(&c, 1);
    }
    return shown;
}

} // namespace zhibiao
