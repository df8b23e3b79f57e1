#include "report/placeholderlabel.h"

#include "report/placeholderresolver.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace zhibiao {

namespace {

QString fieldName(const QString &field)
{
    if (field == QLatin1String("value"))
        return QCoreApplication::translate("zhibiao::PlaceholderLabel", "value");
    if (field == QLatin1String("number"))
        return QCoreApplication::translate("zhibiao::PlaceholderLabel", "number without unit");
    if (field == QLatin1String("target"))
        return QCoreApplication::translate("zhibiao::PlaceholderLabel", "target");
    if (field == QLatin1String("completion"))
        return QCoreApplication::translate("zhibiao::PlaceholderLabel", "completion");
    if (field == QLatin1String("next_target"))
        return QCoreApplication::translate("zhibiao::PlaceholderLabel", "next year's target");
    if (field == QLatin1String("difference"))
        return QCoreApplication::translate("zhibiao::PlaceholderLabel", "difference from the target");
    return {};
}

} // namespace

QList<PlaceholderSpan> PlaceholderLabel::spans(const QString &text) const
{
    QList<PlaceholderSpan> found;
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([^{}]*)\\}\\}"));
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(text))
        found << PlaceholderSpan{static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()),
                                 describe(m.captured(1).trimmed())};
    return found;
}

QString PlaceholderLabel::describe(const QString &inner) const
{
    if (inner == QLatin1String("period"))
        return QCoreApplication::translate("zhibiao::PlaceholderLabel", "the report's period (一季度 … 全年)");
    if (inner == QLatin1String("year"))
        return QCoreApplication::translate("zhibiao::PlaceholderLabel", "the report's year");
    if (inner == QLatin1String("next_year"))
        return QCoreApplication::translate("zhibiao::PlaceholderLabel", "the year after");
    const std::optional<FigurePlaceholder> placeholder = FigurePlaceholder::parse(inner);
    if (!placeholder)
        return {};
    const QString field = fieldName(placeholder->field);
    const QString &unit = placeholder->orgUnit;
    if (!m_indicators.contains(placeholder->code) || field.isEmpty() || (!unit.isEmpty() && !m_orgUnits.contains(unit)))
        return {};
    QString label = QStringLiteral("%1（%2）· %3").arg(m_indicators.value(placeholder->code), placeholder->code, field);
    if (!unit.isEmpty())
        label += QStringLiteral(" · ") + m_orgUnits.value(unit);
    if (placeholder->decimals >= 0)
        label += QStringLiteral(" · ") +
                 QCoreApplication::translate("zhibiao::PlaceholderLabel", "%n decimal(s)", nullptr, placeholder->decimals);
    return label;
}

} // namespace zhibiao
