#include "syntheticbureau.h"

#include "io/csv.h"
#include "io/importer.h"
#include "io/interchange.h"
#include "storage/userrepository.h"

#include <QHash>

#include <cmath>
#include <stdexcept>

namespace zhibiao {

namespace {

// A repeatable number in [0, 1) for a position in the data.
double noise(int a, int b, int c)
{
    quint32 h = static_cast<quint32>(a) * 73856093u ^ static_cast<quint32>(b) * 19349663u
                ^ static_cast<quint32>(c) * 83492791u;
    h ^= h >> 13;
    h *= 0x5bd1e995u;
    h ^= h >> 15;
    return static_cast<double>(h % 10000u) / 10000.0;
}

double rounded(double value, int precision)
{
    const double scale = std::pow(10.0, precision);
    return std::round(value * scale) / scale;
}

Indicator makeIndicator(int i)
{
    Indicator indicator;
    indicator.code = QStringLiteral("B%1").arg(i + 1, 3, 10, QLatin1Char('0'));
    indicator.category = QStringLiteral("类别%1").arg(i / 30 + 1);
    indicator.name = QStringLiteral("合成指标%1").arg(i + 1);
    indicator.sortOrder = (i + 1) * 10;
    // Half flows, a fifth stocks, a fifth rates (some ceilings), a tenth growth figures:
    // roughly the mix of the real catalogue.
    switch (i % 10) {
    case 5:
    case 6:
        indicator.kind = IndicatorKind::Stock;
        indicator.unit = QStringLiteral("万人");
        indicator.precision = 2;
        break;
    case 7:
    case 8:
        indicator.kind = IndicatorKind::Rate;
        indicator.unit = QStringLiteral("%");
        indicator.precision = 1;
        indicator.direction = i % 20 == 7 ? Direction::Ceiling : Direction::Higher;
        break;
    case 9:
        indicator.kind = IndicatorKind::Growth;
        indicator.unit = QStringLiteral("%");
        indicator.precision = 1;
        break;
    default:
        indicator.kind = IndicatorKind::Cumulative;
        indicator.unit = i % 3 == 0 ? QStringLiteral("人") : QStringLiteral("万人");
        indicator.precision = i % 3 == 0 ? 0 : 2;
        if (i % 40 == 1)
            indicator.schedule = Schedule({10.0, 40.0, 70.0, 100.0});
        break;
    }
    return indicator;
}

// The annual target, or what a figure is drawn around when the indicator has none.
double baseValue(const Indicator &indicator, int i, int unit)
{
    switch (indicator.kind) {
    case IndicatorKind::Rate:
        return indicator.direction == Direction::Ceiling ? 4.0 : 90.0;
    case IndicatorKind::Growth:
        return 7.0;
    default:
        return rounded((50.0 + (i % 37) * 10.0) * (unit == 0 ? 5.0 : 0.5 + noise(i, unit, 0)),
                       indicator.precision);
    }
}

double figureValue(const Indicator &indicator, double base, int quarter, double n)
{
    switch (indicator.kind) {
    case IndicatorKind::Cumulative:
        return rounded(base * quarter / 4.0 * (0.8 + 0.4 * n), indicator.precision);
    case IndicatorKind::Stock:
        return rounded(base * (0.9 + 0.2 * n), indicator.precision);
    case IndicatorKind::Rate:
        return rounded(base + (n - 0.5) * 4.0, indicator.precision);
    case IndicatorKind::Growth:
        return rounded(base + (n - 0.5) * 6.0, indicator.precision);
    }
    return base;
}

void importOrThrow(const Importer &importer, InterchangeKind kind, const QByteArray &data)
{
    const ImportResult result = importer.import(kind, data);
    if (!result.ok())
        throw std::runtime_error("synthetic " + Interchange::name(kind).toStdString()
                                 + " refused: " + result.errors.first().toString().toStdString());
}

} // namespace

SyntheticBureau::SyntheticBureau(int years) : m_years(years)
{
    if (years < 1 || kFirstYear + years - 1 > 9999)
        throw std::invalid_argument("a synthetic bureau has 1 to 7990 years");
    for (int i = 0; i < kIndicators; ++i)
        m_indicators << makeIndicator(i);
    m_orgUnitCodes << QStringLiteral("CITY");
    for (int u = 1; u < kOrgUnits; ++u)
        m_orgUnitCodes << QStringLiteral("D%1").arg(u, 2, 10, QLatin1Char('0'));

    m_figures.reserve(static_cast<qsizetype>(kFiguresPerYear) * years);
    for (int y = 0; y < years; ++y) {
        const int year = kFirstYear + y;
        for (int u = 0; u < kOrgUnits; ++u) {
            for (int i = 0; i < kIndicators; ++i) {
                const Indicator &indicator = m_indicators.at(i);
                const double base = baseValue(indicator, i, u);
                // One indicator in seven is a reported statistic without a target.
                if (i % 7 != 6)
                    m_targets << Target{indicator.code, m_orgUnitCodes.at(u), year, base};
                for (int q = 1; q <= 4; ++q) {
                    const double n = noise(i, u * 100 + y, q);
                    const QString note = n < 0.01 ? QStringLiteral("口径调整，见附件") : QString();
                    m_figures << Figure{indicator.code, m_orgUnitCodes.at(u), Period{year, q},
                                        figureValue(indicator, base, q, n), note};
                }
            }
        }
    }
}

QByteArray SyntheticBureau::indicatorsCsv() const
{
    QList<QStringList> records{Interchange::columns(InterchangeKind::Indicators)};
    for (const Indicator &i : m_indicators)
        records << QStringList{i.code, i.category, i.subcategory, i.name, i.unit,
                               toString(i.kind), toString(i.direction),
                               QString::number(i.precision), i.parentCode,
                               QString::number(i.sortOrder),
                               i.schedule ? i.schedule->toString() : QString()};
    return Csv::write(records);
}

QByteArray SyntheticBureau::orgUnitsCsv() const
{
    QList<QStringList> records{Interchange::columns(InterchangeKind::OrgUnits)};
    records << QStringList{m_orgUnitCodes.first(), QStringLiteral("全市"), QString()};
    for (qsizetype u = 1; u < m_orgUnitCodes.size(); ++u)
        records << QStringList{m_orgUnitCodes.at(u), QStringLiteral("合成县区%1").arg(u),
                               m_orgUnitCodes.first()};
    return Csv::write(records);
}

QByteArray SyntheticBureau::targetsCsv() const
{
    QList<QStringList> records{Interchange::columns(InterchangeKind::Targets)};
    for (const Target &t : m_targets)
        records << QStringList{t.indicatorCode, t.orgUnitCode, QString::number(t.year),
                               Interchange::formatValue(t.value)};
    return Csv::write(records);
}

QByteArray SyntheticBureau::figuresCsv() const
{
    QList<QStringList> records{Interchange::columns(InterchangeKind::Figures)};
    records.reserve(m_figures.size() + 1);
    for (const Figure &f : m_figures)
        records << QStringList{f.indicatorCode, f.orgUnitCode, QString::number(f.period.year),
                               QString::number(f.period.quarter),
                               Interchange::formatValue(f.value), f.note};
    return Csv::write(records);
}

void SyntheticBureau::install(const Database &db, bool withFacts) const
{
    // Every change is made by a user the file knows: "bench", its administrator.
    if (UserRepository(db).users().isEmpty())
        UserRepository(db).createFirstAdmin(QStringLiteral("bench"));
    const Importer importer(db, QStringLiteral("bench"));
    importOrThrow(importer, InterchangeKind::Indicators, indicatorsCsv());
    importOrThrow(importer, InterchangeKind::OrgUnits, orgUnitsCsv());
    if (!withFacts)
        return;
    importOrThrow(importer, InterchangeKind::Targets, targetsCsv());
    importOrThrow(importer, InterchangeKind::Figures, figuresCsv());
}

} // namespace zhibiao
