#include "app/report/reportstylesettings.h"

#include <QSettings>

namespace zhibiao::ReportStyleSettings {

namespace {
const QString kGroup = QStringLiteral("report/fonts");

struct Role
{
    QString key;
    QString ReportStyle::*family;
    double ReportStyle::*size;
};

QList<Role> roles()
{
    return {{QStringLiteral("title"), &ReportStyle::titleFamily, &ReportStyle::titlePointSize},
            {QStringLiteral("body"), &ReportStyle::bodyFamily, &ReportStyle::bodyPointSize},
            {QStringLiteral("heading"), &ReportStyle::headingFamily, nullptr},
            {QStringLiteral("subheading"), &ReportStyle::subheadingFamily, nullptr},
            {QStringLiteral("table"), nullptr, &ReportStyle::tablePointSize}};
}
} // namespace

ResolvedStyle resolved()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    auto family = [&](const QString &key) { return settings.value(key + QStringLiteral("/family")).toString(); };
    // A stored face that is not installed (a file copied from another machine) falls back
    // like a default one, and the fallback is told.
    ResolvedStyle resolved = ReportStyle::resolve(FontChoice{family(QStringLiteral("title")), family(QStringLiteral("body")),
                                                            family(QStringLiteral("heading")),
                                                            family(QStringLiteral("subheading"))});
    for (const Role &role : roles()) {
        const double size = settings.value(role.key + QStringLiteral("/size")).toDouble();
        if (role.size && size > 0.0)
            resolved.style.*role.size = size;
    }
    return resolved;
}

ReportStyle load()
{
    return resolved().style;
}

void save(const ReportStyle &style)
{
    const ReportStyle defaults = ReportStyle::defaults();
    QSettings settings;
    settings.beginGroup(kGroup);
    for (const Role &role : roles()) {
        // The default face (or its stand-in) is left unstored, as in Preferences: a stored
        // Noto Serif CJK SC would pass for a choice, and the 仿宋 fallback would go untold.
        if (role.family && style.*role.family == defaults.*role.family)
            settings.remove(role.key + QStringLiteral("/family"));
        else if (role.family)
            settings.setValue(role.key + QStringLiteral("/family"), style.*role.family);
        if (role.size)
            settings.setValue(role.key + QStringLiteral("/size"), style.*role.size);
    }
}

void reset()
{
    QSettings settings;
    settings.remove(kGroup);
}

} // namespace zhibiao::ReportStyleSettings
