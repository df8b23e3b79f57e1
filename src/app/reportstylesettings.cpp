#include "app/reportstylesettings.h"

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

ReportStyle load()
{
    ReportStyle style = ReportStyle::defaults();
    QSettings settings;
    settings.beginGroup(kGroup);
    for (const Role &role : roles()) {
        const QString family = settings.value(role.key + QStringLiteral("/family")).toString();
        if (role.family && !family.isEmpty())
            style.*role.family = family;
        const double size = settings.value(role.key + QStringLiteral("/size")).toDouble();
        if (role.size && size > 0.0)
            style.*role.size = size;
    }
    return style;
}

void save(const ReportStyle &style)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    for (const Role &role : roles()) {
        if (role.family)
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
