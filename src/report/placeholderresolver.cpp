#include "report/placeholderresolver.h"

#include "core/numberformat.h"

#include <QRegularExpression>

namespace zhibiao {

PlaceholderResolver::PlaceholderResolver(QHash<QString, QList<StatusRow>> rowsByOrgUnit,
                                         QString defaultOrgUnit, QString marker)
    : m_rows(std::move(rowsByOrgUnit)), m_defaultOrgUnit(std::move(defaultOrgUnit)), m_marker(std::move(marker))
{
}

std::optional<QString> PlaceholderResolver::value(const QString &code, const QString &field,
                                                  const QString &orgUnit) const
{
    const auto rows = m_rows.constFind(orgUnit);
    if (rows == m_rows.cend())
        return std::nullopt;
    for (const StatusRow &row : *rows) {
        if (row.indicator.code != code)
            continue;
        const Evaluation &e = row.evaluation;
        if (field == QLatin1String("value") && e.value)
            return NumberFormat::withUnit(*e.value, row.indicator);
        if (field == QLatin1String("number") && e.value)
            return NumberFormat::number(*e.value, row.indicator.precision);
        if (field == QLatin1String("target") && e.target)
            return NumberFormat::withUnit(*e.target, row.indicator);
        if (field == QLatin1String("completion") && e.completion)
            return NumberFormat::percent(*e.completion);
        return std::nullopt;
    }
    return std::nullopt;
}

PlaceholderResolver::Result PlaceholderResolver::resolve(const QString &text) const
{
    // Anything between double braces is a placeholder, well-formed or not, so that a typing
    // mistake is listed rather than printed.
    static const QRegularExpression any(QStringLiteral("\\{\\{(.*?)\\}\\}"));
    static const QRegularExpression wellFormed(
        QStringLiteral("^\\s*([A-Za-z0-9_]+)\\.(value|number|target|completion)(?:@([A-Za-z0-9_]+))?\\s*$"));
    Result result;
    qsizetype from = 0;
    for (auto it = any.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result.text += QStringView(text).mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        const QRegularExpressionMatch parts = wellFormed.match(match.captured(1));
        std::optional<QString> replacement;
        if (parts.hasMatch()) {
            const QString orgUnit = parts.captured(3).isEmpty() ? m_defaultOrgUnit : parts.captured(3);
            replacement = value(parts.captured(1), parts.captured(2), orgUnit);
        }
        if (!replacement)
            result.unresolved << match.captured(0);
        result.text += replacement.value_or(m_marker);
    }
    result.text += QStringView(text).mid(from);
    // A lone brace pair left by a half-typed placeholder is not printed either.
    if (result.text.contains(QLatin1String("{{")) || result.text.contains(QLatin1String("}}"))) {
        result.unresolved << result.text.mid(result.text.indexOf(QLatin1String("{{")) >= 0
                                                 ? result.text.indexOf(QLatin1String("{{"))
                                                 : result.text.indexOf(QLatin1String("}}")), 12);
        // Removing one pair can join two single braces into a new one ("{}}{" -> "{{").
        while (result.text.contains(QLatin1String("{{")) || result.text.contains(QLatin1String("}}")))
            result.text.remove(QLatin1String("{{")).remove(QLatin1String("}}"));
    }
    return result;
}

} // namespace zhibiao
