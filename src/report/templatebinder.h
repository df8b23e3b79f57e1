#pragma once

#include "core/statustable.h"
#include "report/reporttemplate.h"

#include <QHash>

namespace zhibiao {

class Database;

// The stored figures a report is matched against: one year, every org unit.
struct TemplateData
{
    int year = 0;
    QString defaultOrgUnit;                          // the report's own (the city)
    QHash<QString, QString> orgUnitNames;            // code → name ("D03" → "桐溪县")
    QHash<QString, QList<StatusRow>> rowsByOrgUnit;  // full-year status tables by org unit code

    // Reads year's figures of every org unit (full year, as far as entered). Throws StorageError.
    static TemplateData load(const Database &db, int year);
};

// Turns last year's report into a template: finds its sections and themes and ties each of
// its numbers to the stored figure it states, where exactly one fits.
class TemplateBinder
{
public:
    explicit TemplateBinder(TemplateData data);

    ReportTemplate bind(const QList<DocumentParagraph> &paragraphs) const;
    // Every stored figure the number equals (value after unit normalisation, compatible
    // unit, the measure its cue names), the likeliest first.
    QList<FigureBinding> candidates(const RecognizedFigure &figure, const QString &paragraph) const;
    // The words for a binding: "城镇新增就业 · 数值 · 桐溪县".
    QString describe(const FigureBinding &binding) const;

private:
    // Narrows the candidates of one figure by the words around it and the figures already
    // bound in its sentence (sentenceCodes, in order; listCodes: those bound before its list).
    QList<FigureBinding> narrowed(const QList<FigureBinding> &choices, const RecognizedFigure &figure,
                                  const QString &paragraph, const QStringList &sentenceCodes,
                                  const QStringList &listCodes) const;
    // The org unit named last in the words before the figure: a code, "" for the report's
    // own, nullopt when none is named.
    std::optional<QString> namedOrgUnit(QStringView before) const;

    TemplateData m_data;
    QHash<QString, Indicator> m_indicators;
};

} // namespace zhibiao
