#include "core/shortname.h"

#include <QStringList>

namespace zhibiao::ShortName {

QString abbreviate(const QString &name, int maxChars)
{
    QString shortened = name.trimmed();
    if (maxChars < 2 || shortened.size() <= maxChars)
        return shortened;
    // Longest first, so that 参保人数 goes before 人数 would leave 参保.
    static const QStringList suffixes{QStringLiteral("参保缴费人数"), QStringLiteral("参保人数"),
                                      QStringLiteral("人数"),        QStringLiteral("人次"),
                                      QStringLiteral("户数"),        QStringLiteral("工作"),
                                      QStringLiteral("情况"),        QStringLiteral("比例"),
                                      QStringLiteral("率")};
    for (const QString &suffix : suffixes) {
        if (shortened.size() <= maxChars)
            break;
        if (shortened.endsWith(suffix) && shortened.size() > suffix.size() + 1)
            shortened.chop(suffix.size());
    }
    if (shortened.size() <= maxChars)
        return shortened;
    return shortened.left(maxChars - 1) + QChar(0x2026);
}

} // namespace zhibiao::ShortName
