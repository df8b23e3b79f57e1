#pragma once

#include "core/figure.h"
#include "core/indicator.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace zhibiao {

class Database;

// A made-up bureau large enough to measure: 300 indicators of mixed kinds, the city and 19
// counties, ten years of quarterly figures (240,000) and annual targets. The data is
// generated deterministically, so every run measures the same rows.
class SyntheticBureau
{
public:
    static constexpr int kIndicators = 300;
    static constexpr int kOrgUnits = 20;
    static constexpr int kFirstYear = 2010;
    static constexpr int kYears = 10;
    static constexpr int kFigures = kIndicators * kOrgUnits * kYears * 4;

    SyntheticBureau();

    const QList<Indicator> &indicators() const { return m_indicators; }
    const QStringList &orgUnitCodes() const { return m_orgUnitCodes; }
    const QList<Target> &targets() const { return m_targets; }
    const QList<Figure> &figures() const { return m_figures; } // year, org unit, indicator, quarter

    QByteArray indicatorsCsv() const;
    QByteArray orgUnitsCsv() const;
    QByteArray targetsCsv() const;
    QByteArray figuresCsv() const;

    // Imports the catalogue and the org units; with facts, the targets and figures too.
    // Throws std::runtime_error when an import is refused.
    void install(const Database &db, bool withFacts) const;

private:
    QList<Indicator> m_indicators;
    QStringList m_orgUnitCodes;
    QList<Target> m_targets;
    QList<Figure> m_figures;
};

} // namespace zhibiao
