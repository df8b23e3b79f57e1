#pragma once

#include "core/figure.h"
#include "core/indicator.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace zhibiao {

class Database;

// A made-up bureau large enough to measure: 300 indicators of mixed kinds, the city and 19
// counties, quarterly figures and annual targets from 2010 on. By default ten years (240,000
// figures); the size benchmarks give it one year (24,000) or a hundred (2,400,000), so the
// history grows while one org unit's year stays the same size. The data is generated
// deterministically, so every run measures the same rows.
class SyntheticBureau
{
public:
    static constexpr int kIndicators = 300;
    static constexpr int kOrgUnits = 20;
    static constexpr int kFirstYear = 2010;
    static constexpr int kYears = 10; // the default size
    static constexpr int kFiguresPerYear = kIndicators * kOrgUnits * 4;
    static constexpr int kFigures = kFiguresPerYear * kYears;

    explicit SyntheticBureau(int years = kYears);

    int years() const { return m_years; }
    int lastYear() const { return kFirstYear + m_years - 1; }
    qsizetype figureCount() const { return m_figures.size(); }

    const QList<Indicator> &indicators() const { return m_indicators; }
    const QStringList &orgUnitCodes() const { return m_orgUnitCodes; }
    const QList<Target> &targets() const { return m_targets; }
    const QList<Figure> &figures() const { return m_figures; } // year, org unit, indicator, quarter

    QByteArray indicatorsCsv() const;
    QByteArray orgUnitsCsv() const;
    QByteArray targetsCsv() const;
    QByteArray figuresCsv() const;

    // Makes "bench" the file's first user (an administrator) and imports the catalogue and
    // the org units as that user; with facts, the targets and figures too.
    // Throws std::runtime_error when an import is refused.
    void install(const Database &db, bool withFacts) const;

private:
    int m_years;
    QList<Indicator> m_indicators;
    QStringList m_orgUnitCodes;
    QList<Target> m_targets;
    QList<Figure> m_figures;
};

} // namespace zhibiao
