#pragma once

#include "core/evaluation.h"
#include "core/indicator.h"

#include <QHash>
#include <QList>
#include <QString>

namespace zhibiao {

// The figures and targets of one org unit and year, keyed by indicator code: what the
// storage layer reads and the evaluation needs.
struct YearFigures
{
    QHash<QString, QuarterValues> values;
    QHash<QString, std::array<QString, 4>> notes; // the note entered with each figure
    QHash<QString, double> targets;
    // Each figure's row version, read with its value so the two match (entry grid only;
    // filled by FigureRepository::yearFigures).
    QHash<QString, std::array<int, 4>> versions;
};

struct StatusRow
{
    Indicator indicator;
    Evaluation evaluation;
    QString note;
};

// One row per indicator of the catalogue (in catalogue order), evaluated up to period.
QList<StatusRow> buildStatusTable(const QList<Indicator> &catalogue, const YearFigures &data,
                                  Period period, const Thresholds &thresholds = {});

} // namespace zhibiao
