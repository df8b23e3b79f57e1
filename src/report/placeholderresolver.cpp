#include "report/placeholderresolver.h"

#include "core/numberformat.h"

#include <QRegularExpression>

namespace zhibiao {

PlaceholderResolver::PlaceholderResolver(QHash<QString, QList<StatusRow>> rowsByOrgUnit,
                                         QString defaultOrgUnit, QString marker)
    : m_rows(std::move(rowsByOrgUnit)), m_defaultOrgUnit(std::move(defaultOrgUnit)), m_marker(std::move(marker))
{
}

void PlaceholderResolver::setPeriod(int year, const QString &periodName)
{
    m_year = year;
    m_periodName = periodName;
}

std::optional<FigurePlaceholder> FigurePlaceholder::parse(const QString &inner)
{
    static const QRegularExpression shape(QStringLiteral(
        "^\\s*([A-Za-z0-9_]+)\\.(value|number|target|completion|next_target|difference)"
        "(?:@([A-Za-z0-9_]+))?(?::([0-6]))?\\s*$"));
    const QRegularExpressionMatch parts = shape.match(inner);
    if (!parts.hasMatch())
        return std::nullopt;
    return FigurePlaceholder{parts.captured(1), parts.captured(2), parts.captured(3),
                             parts.captured(4).isEmpty() ? -1 : parts.captured(4).toInt()};
}

QString FigurePlaceholder::toString() const
{
    QString text = QStringLiteral("{{") + code + QLatin1Char('.') + field;
    if (!orgUnit.isEmpty())
        text += QLatin1Char('@') + orgUnit;
    if (decimals >= 0)
        text += QLatin1Char(':') + QString::number(decimals);
    return text + QStringLiteral("}}");
}

std::optional<QString> PlaceholderResolver::value(const FigurePlaceholder &placeholder, Why *why) const
{
    const auto rows = m_rows.constFind(placeholder.orgUnit.isEmpty() ? m_defaultOrgUnit : placeholder.orgUnit);
    if (rows == m_rows.cend()) {
        *why = Why::UnknownOrgUnit;
        return std::nullopt;
    }
    const QString &field = placeholder.field;
    for (const StatusRow &row : *rows) {
        if (row.indicator.code != placeholder.code)
            continue;
        Indicator indicator = row.indicator;
        if (placeholder.decimals >= 0)
            indicator.precision = placeholder.decimals;
        const Evaluation &e = row.evaluation;
        *why = Why::NoFigure;
        if (field == QLatin1String("value") && e.value)
            return NumberFormat::withUnit(*e.value, indicator);
        if (field == QLatin1String("number") && e.value)
            return NumberFormat::figure(*e.value, indicator.precision);
        if (field == QLatin1String("completion") && e.completion)
            return placeholder.decimals >= 0
                       ? NumberFormat::figure(*e.completion, placeholder.decimals) + QLatin1Char('%')
                       : NumberFormat::percent(*e.completion);
        if (field == QLatin1String("difference") && e.value) {
            *why = Why::NoTarget;
            if (e.target)
                return difference(*e.value, *e.target, indicator);
        }
        if (field == QLatin1String("target")) {
            *why = Why::NoTarget;
            if (e.target)
                return NumberFormat::withUnit(*e.target, indicator);
        }
        if (field == QLatin1String("next_target")) {
            *why = Why::NoNextTarget;
            const auto next = m_nextYearTargets.constFind(placeholder.code + QLatin1Char('@') +
                                                          (placeholder.orgUnit.isEmpty() ? m_defaultOrgUnit
                                                                                         : placeholder.orgUnit));
            if (next != m_nextYearTargets.cend())
                return NumberFormat::withUnit(*next, indicator);
        }
        if (field == QLatin1String("completion") && e.value)
            *why = Why::NoTarget;
        return std::nullopt;
    }
    *why = Why::UnknownIndicator;
    return std::nullopt;
}

QString PlaceholderResolver::difference(double value, double target, const Indicator &indicator)
{
    const double gap = NumberFormat::printedDifference(value, target, indicator.precision);
    if (indicator.isPercentage())
        return NumberFormat::points(gap, indicator.precision);
    return NumberFormat::withUnit(std::abs(gap), indicator);
}

PlaceholderResolver::Result PlaceholderResolver::resolve(const QString &text) const
{
    // Anything between double braces is a placeholder, well-formed or not, so that a typing
    // mistake is listed rather than printed.
    static const QRegularExpression any(QStringLiteral("\\{\\{(.*?)\\}\\}"));
    static const QRegularExpression word(QStringLiteral("^\\s*(period|year|next_year)\\s*$"));
    Result result;
    qsizetype from = 0;
    for (auto it = any.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result.text += QStringView(text).mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        std::optional<QString> replacement;
        Why why = Why::Malformed;
        if (const std::optional<FigurePlaceholder> figure = FigurePlaceholder::parse(match.captured(1))) {
            replacement = value(*figure, &why);
        } else if (const QRegularExpressionMatch named = word.match(match.captured(1));
                   named.hasMatch() && m_year > 0) {
            const QString which = named.captured(1);
            replacement = which == QLatin1String("period") ? m_periodName
                          : which == QLatin1String("year") ? QString::number(m_year)
                                                           : QString::number(m_year + 1);
        }
        if (!replacement) {
            result.unresolved << match.captured(0);
            result.reasons << Unresolved{match.captured(0), why};
        }
        result.text += replacement.value_or(m_marker);
    }
    result.text += QStringView(text).mid(from);
    // A lone brace pair left by a half-typed placeholder is not printed either.
    if (result.text.contains(QLatin1String("{{")) || result.text.contains(QLatin1String("}}"))) {
        const QString fragment = result.text.mid(result.text.indexOf(QLatin1String("{{")) >= 0
                                                     ? result.text.indexOf(QLatin1String("{{"))
                                                     : result.text.indexOf(QLatin1String("}}")),
                                                 12);
        result.unresolved << fragment;
        result.reasons << Unresolved{fragment, Why::Malformed};
        // Removing one pair can join two single braces into a new one ("{}}{" -> "{{").
        while (result.text.contains(QLatin1String("{{")) || result.text.contains(QLatin1String("}}")))
            result.text.remove(QLatin1String("{{")).remove(QLatin1String("}}"));
    }
    return result;
}

} // namespace zhibiao
