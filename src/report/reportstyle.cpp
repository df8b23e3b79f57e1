#include "report/reportstyle.h"

#include <QCoreApplication>
#include <QFontDatabase>

namespace zhibiao {

namespace {

struct RoleFaces
{
    const char *role; // for translation
    QString ReportStyle::*family;
    QString FontChoice::*choice;
    QStringList official; // the GB/T 9704 face under the names the bureau systems give it
    QString packaged;     // installed with Zhibiao (Debian packages)
    const char *packagedShown;
};

QList<RoleFaces> roles()
{
    return {
        {QT_TRANSLATE_NOOP("zhibiao::ReportStyle", "title"), &ReportStyle::titleFamily, &FontChoice::title,
         {QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"), QStringLiteral("FZXiaoBiaoSong-B05S"),
          QStringLiteral("FZXiaoBiaoSong-B05")},
         QStringLiteral("Noto Serif CJK SC"), "Noto Serif CJK SC Bold"}, // the title is set bold
        {QT_TRANSLATE_NOOP("zhibiao::ReportStyle", "body"), &ReportStyle::bodyFamily, &FontChoice::body,
         {QStringLiteral("仿宋_GB2312"), QStringLiteral("仿宋"), QStringLiteral("FangSong_GB2312"),
          QStringLiteral("FangSong"), QStringLiteral("STFangsong")},
         QStringLiteral("Noto Serif CJK SC"), "Noto Serif CJK SC"},
        {QT_TRANSLATE_NOOP("zhibiao::ReportStyle", "heading 1"), &ReportStyle::headingFamily, &FontChoice::heading,
         {QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("STHeiti")},
         QStringLiteral("Noto Sans CJK SC"), "Noto Sans CJK SC"},
        {QT_TRANSLATE_NOOP("zhibiao::ReportStyle", "heading 2"), &ReportStyle::subheadingFamily, &FontChoice::subheading,
         {QStringLiteral("楷体_GB2312"), QStringLiteral("楷体"), QStringLiteral("KaiTi_GB2312"), QStringLiteral("KaiTi"),
          QStringLiteral("STKaiti")},
         QStringLiteral("AR PL UKai CN"), "AR PL UKai CN"},
    };
}

// The installed spelling of family, or empty. Font names compare without case, as
// fontconfig does.
QString installedName(const QString &family, const QStringList &installed)
{
    for (const QString &name : installed) {
        if (name.compare(family, Qt::CaseInsensitive) == 0)
            return name;
    }
    return {};
}

QString firstInstalled(const QStringList &candidates, const QStringList &installed)
{
    for (const QString &candidate : candidates) {
        if (const QString name = installedName(candidate, installed); !name.isEmpty())
            return name;
    }
    return {};
}

} // namespace

ResolvedStyle ReportStyle::resolve(const FontChoice &choice, const QStringList &installed)
{
    ResolvedStyle resolved;
    for (const RoleFaces &role : roles()) {
        const QString chosen = (choice.*role.choice).trimmed();
        QString family = chosen.isEmpty() ? QString() : installedName(chosen, installed);
        if (family.isEmpty())
            family = firstInstalled(role.official, installed);
        // A chosen face that is installed, or an official face in place of the default, is
        // no fallback; a chosen face replaced by the official one is.
        const bool chosenMissing = !chosen.isEmpty() && installedName(chosen, installed).isEmpty();
        if (family.isEmpty()) {
            family = role.packaged; // used even when missing: Qt substitutes, and we say so
            resolved.fallbacks << FontFallback{QCoreApplication::translate("zhibiao::ReportStyle", role.role),
                                               chosen.isEmpty() ? role.official.first() : chosen,
                                               QString::fromLatin1(role.packagedShown)};
        } else if (chosenMissing) {
            resolved.fallbacks << FontFallback{QCoreApplication::translate("zhibiao::ReportStyle", role.role), chosen,
                                               family};
        }
        resolved.style.*role.family = family;
    }
    return resolved;
}

ResolvedStyle ReportStyle::resolve(const FontChoice &choice)
{
    return resolve(choice, QFontDatabase::families());
}

ReportStyle ReportStyle::defaults()
{
    return resolve(FontChoice{}).style;
}

QString ResolvedStyle::summary() const
{
    if (fallbacks.isEmpty())
        return {};
    QStringList parts;
    for (const FontFallback &fallback : fallbacks)
        parts << QCoreApplication::translate("zhibiao::ReportStyle", "%1 %2 not installed, used %3")
                     .arg(fallback.role, fallback.wanted, fallback.used);
    return QCoreApplication::translate("zhibiao::ReportStyle", "Fonts: %1")
        .arg(parts.join(QCoreApplication::translate("zhibiao::ReportStyle", "; ")));
}

} // namespace zhibiao
