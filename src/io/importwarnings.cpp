#include "io/importwarnings.h"

#include "core/evaluation.h"
#include "core/plausibility.h"
#include "storage/cataloguerepository.h"
#include "storage/figurerepository.h"

#include <QHash>

#include <algorithm>

namespace zhibiao {

QString ImportWarning::toString() const
{
    return Importer::tr("line %1 (%2): %3").arg(line).arg(key, message);
}

namespace ImportWarnings {

namespace {

// One indicator of one org unit in one year: the four quarters, and which file line set each.
struct Series
{
    QuarterValues values;
    std::array<int, 4> lines{};
};

QString seriesKey(const QString &code, const QString &orgUnit, int year)
{
    return code + QLatin1Char('|') + orgUnit + QLatin1Char('|') + QString::number(year);
}

} // namespace

QList<ImportWarning> of(const Database &db, const ImportRows &rows)
{
    QList<ImportWarning> warnings;
    if (rows.figures.isEmpty())
        return warnings;
    QHash<QString, Indicator> indicators;
    for (const Indicator &indicator : CatalogueRepository(db).indicators(true))
        indicators.insert(indicator.code, indicator);

    // The stored figures of each year the file touches and of the year before it.
    QSet<int> years;
    for (const Figure &figure : rows.figures)
        years << figure.period.year << figure.period.year - 1;
    QHash<QString, Series> series;
    const FigureRepository stored(db);
    for (const int year : std::as_const(years)) {
        for (const Figure &figure : stored.figures(year))
            series[seriesKey(figure.indicatorCode, figure.orgUnitCode, year)]
                .values[static_cast<size_t>(figure.period.quarter - 1)] = figure.value;
    }
    for (qsizetype i = 0; i < rows.figures.size(); ++i) {
        const Figure &figure = rows.figures.at(i);
        Series &one = series[seriesKey(figure.indicatorCode, figure.orgUnitCode, figure.period.year)];
        const auto slot = static_cast<size_t>(figure.period.quarter - 1);
        one.values[slot] = figure.value;
        one.lines[slot] = rows.lines.value(i);
    }

    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        const Series &one = it.value();
        if (std::all_of(one.lines.cbegin(), one.lines.cend(), [](int line) { return line == 0; }))
            continue; // nothing of the file in it
        const QStringList parts = it.key().split(QLatin1Char('|'));
        const auto indicator = indicators.constFind(parts.at(0));
        if (indicator == indicators.cend())
            continue;
        const int year = parts.at(2).toInt();
        const QuarterValues lastYear = series.value(seriesKey(parts.at(0), parts.at(1), year - 1)).values;
        // No evaluation: the red-without-note rule needs a target and a period, not a file.
        for (const PlausibilityWarning &warning : checkPlausibility(*indicator, one.values, lastYear, Evaluation{}, {})) {
            const int line = one.lines[static_cast<size_t>(warning.quarter - 1)];
            if (line > 0)
                warnings << ImportWarning{line, QStringLiteral("%1 %2 %3Q%4").arg(parts.at(0), parts.at(1)).arg(year).arg(warning.quarter),
                                          warning.message};
        }
    }
    std::sort(warnings.begin(), warnings.end(),
              [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });
    return warnings;
}

} // namespace ImportWarnings
} // namespace zhibiao
