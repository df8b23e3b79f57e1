#include "report/reportstyle.h"

#include <QFontDatabase>
#include <QStringList>

namespace zhibiao {

namespace {

QString firstInstalled(const QStringList &candidates, const QString &fallback)
{
    const QStringList families = QFontDatabase::families();
    for (const QString &candidate : candidates) {
        if (families.contains(candidate))
            return candidate;
    }
    return fallback;
}

} // namespace

ReportStyle ReportStyle::defaults()
{
    const QString serif = QStringLiteral("Noto Serif CJK SC");
    ReportStyle style;
    style.titleFamily = serif;
    style.bodyFamily = firstInstalled({QStringLiteral("FangSong"), QStringLiteral("仿宋"),
                                       QStringLiteral("FangSong_GB2312"), QStringLiteral("STFangsong")},
                                      serif);
    style.headingFamily = firstInstalled({QStringLiteral("SimHei"), QStringLiteral("黑体")},
                                         QStringLiteral("Noto Sans CJK SC"));
    style.subheadingFamily = firstInstalled({QStringLiteral("KaiTi"), QStringLiteral("楷体"),
                                             QStringLiteral("AR PL UKai CN")},
                                            serif);
    return style;
}

} // namespace zhibiao
