#include "io/interchange.h"

#include <QCoreApplication>

#include <QLocale>

namespace zhibiao::Interchange {

QStringList columns(InterchangeKind kind)
{
    switch (kind) {
    case InterchangeKind::Indicators:
        return QStringLiteral("code,category,subcategory,name,unit,kind,direction,precision,parent,sort,schedule")
            .split(QLatin1Char(','));
    case InterchangeKind::OrgUnits:
        return QStringLiteral("code,name,parent").split(QLatin1Char(','));
    case InterchangeKind::Targets:
        return QStringLiteral("code,org_unit,year,target").split(QLatin1Char(','));
    case InterchangeKind::Figures:
        return QStringLiteral("code,org_unit,year,quarter,value,note").split(QLatin1Char(','));
    }
    return {};
}

QStringList optionalColumns(InterchangeKind kind)
{
    if (kind == InterchangeKind::Indicators)
        return {QStringLiteral("phrase"), QStringLiteral("clauses")};
    return {};
}

QString name(InterchangeKind kind)
{
    switch (kind) {
    case InterchangeKind::Indicators:
        return QStringLiteral("indicators");
    case InterchangeKind::OrgUnits:
        return QStringLiteral("org-units");
    case InterchangeKind::Targets:
        return QStringLiteral("targets");
    case InterchangeKind::Figures:
        return QStringLiteral("figures");
    }
    return {};
}

QString displayName(InterchangeKind kind)
{
    switch (kind) {
    case InterchangeKind::Indicators:
        return QCoreApplication::translate("zhibiao::Interchange", "indicators");
    case InterchangeKind::OrgUnits:
        return QCoreApplication::translate("zhibiao::Interchange", "org units");
    case InterchangeKind::Targets:
        return QCoreApplication::translate("zhibiao::Interchange", "targets");
    case InterchangeKind::Figures:
        return QCoreApplication::translate("zhibiao::Interchange", "figures");
    }
    return {};
}

std::optional<InterchangeKind> kindFromName(const QString &text)
{
    for (InterchangeKind kind : {InterchangeKind::Indicators, InterchangeKind::OrgUnits,
                                 InterchangeKind::Targets, InterchangeKind::Figures}) {
        if (name(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString formatValue(double value)
{
    // 15 significant digits do not always read back as the same double (0.1 + 0.2 would
    // come back as 0.3, so a re-import would see a change); the shortest exact form does.
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace zhibiao::Interchange
