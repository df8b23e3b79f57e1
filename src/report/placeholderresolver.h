#pragma once

#include "core/statustable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zhibiao {

// Binds the placeholders of the staff's narrative to the data:
//   {{JY01.value}}      the figure with its unit ("5.04万人")
//   {{JY01.number}}     the figure without its unit ("5.04")
//   {{JY01.target}}     the annual target with its unit
//   {{JY01.completion}} completion of an absolute target ("112%")
//   {{JY01.next_target}} next year's target as adopted, with its unit
//   {{JY01.difference}} how far the figure is from its target, as a magnitude: "5.8个百分点"
//                       for a rate, "132人" for a count (the sentence's verb says which way)
//   {{JY01.value@D01}}  any of these for another org unit (a county)
//   {{JY01.value:1}}    at 1 decimal instead of the indicator's precision (after any @ORG)
//   {{period}}          the report's period: 一季度, 上半年, 前三季度 or 全年
//   {{year}}, {{next_year}}
// A placeholder without a value is replaced by a marker and listed with the reason;
// braces never remain.
// The inside of a figure placeholder, read by one grammar for the resolver, the labels
// and the template binder that writes them.
struct FigurePlaceholder
{
    QString code;
    QString field;   // value, number, target, completion, next_target, difference
    QString orgUnit; // empty: the report's
    int decimals = -1; // -1: the indicator's precision

    static std::optional<FigurePlaceholder> parse(const QString &inner);
    QString toString() const; // "{{CODE.field@ORG:N}}"
};

class PlaceholderResolver
{
public:
    // rowsByOrgUnit: the status table of each org unit; defaultOrgUnit: the report's.
    PlaceholderResolver(QHash<QString, QList<StatusRow>> rowsByOrgUnit, QString defaultOrgUnit,
                        QString marker);

    // The report's period and the targets of the year after it ("CODE@ORG" → value).
    void setPeriod(int year, const QString &periodName);
    void setNextYearTargets(QHash<QString, double> targets) { m_nextYearTargets = std::move(targets); }

    enum class Why { Malformed, UnknownIndicator, UnknownOrgUnit, NoFigure, NoTarget, NoNextTarget };
    struct Unresolved
    {
        QString placeholder; // as written
        Why why = Why::Malformed;
    };
    struct Result
    {
        QString text;
        QStringList unresolved; // the placeholders as written, in order of appearance
        QList<Unresolved> reasons; // the same, each with why it has no value
    };
    Result resolve(const QString &text) const;

private:
    std::optional<QString> value(const FigurePlaceholder &placeholder, Why *why) const;
    static QString difference(double value, double target, const Indicator &indicator);

    QHash<QString, QList<StatusRow>> m_rows;
    QString m_defaultOrgUnit;
    QString m_marker;
    int m_year = 0;
    QString m_periodName;
    QHash<QString, double> m_nextYearTargets;
};

} // namespace zhibiao
