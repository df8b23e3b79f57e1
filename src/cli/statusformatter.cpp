#include "cli/statusformatter.h"

#include "core/numberformat.h"
#include "io/csv.h"
#include "io/interchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace zhibiao::StatusFormatter {

namespace {

// Machine output keeps full precision but drops binary noise (101.99999999999999).
QJsonValue jsonNumber(const std::optional<double> &value)
{
    if (!value)
        return QJsonValue::Null;
    return std::round(*value * 1e6) / 1e6;
}

QString optionalText(const std::optional<double> &value)
{
    return value ? Interchange::formatValue(std::round(*value * 1e6) / 1e6) : QString();
}

// The column a person reads first: how far along, in the terms that fit the kind.
QString progressText(const StatusRow &row)
{
    const Evaluation &e = row.evaluation;
    if (e.completion)
        return NumberFormat::percent(*e.completion);
    if (e.differencePp)
        return (*e.differencePp >= 0 ? QStringLiteral("+") : QStringLiteral("-"))
               + NumberFormat::number(std::abs(*e.differencePp), 1) + QStringLiteral("pp");
    return QStringLiteral("-");
}

// The status as a person reads it in the text table (json and csv keep the stored words).
QString statusName(const Evaluation &e)
{
    switch (e.status) {
    case Status::Ahead:
        return QCoreApplication::translate("zhibiao::StatusFormatter", "ahead");
    case Status::Behind:
        return QCoreApplication::translate("zhibiao::StatusFormatter", "behind");
    case Status::SeriouslyBehind:
        return QCoreApplication::translate("zhibiao::StatusFormatter", "seriously behind");
    case Status::Met:
        return e.reachedEarly ? QCoreApplication::translate("zhibiao::StatusFormatter", "met early")
                              : QCoreApplication::translate("zhibiao::StatusFormatter", "met");
    case Status::Missed:
        return QCoreApplication::translate("zhibiao::StatusFormatter", "missed");
    case Status::NoTarget:
        return QCoreApplication::translate("zhibiao::StatusFormatter", "no target");
    case Status::NoData:
        return QCoreApplication::translate("zhibiao::StatusFormatter", "no data");
    }
    return {};
}

QString displayWidthPad(const QString &text, int width)
{
    // CJK characters take two columns in a terminal.
    int columns = 0;
    for (const QChar c : text)
        columns += c.unicode() >= 0x1100 ? 2 : 1;
    return text + QString(std::max(0, width - columns), QLatin1Char(' '));
}

} // namespace

QString text(const QList<StatusRow> &rows)
{
    QString out;
    for (const StatusRow &row : rows) {
        const Evaluation &e = row.evaluation;
        const QString value = e.value ? NumberFormat::withUnit(*e.value, row.indicator) : QStringLiteral("-");
        const QString target = e.target ? NumberFormat::withUnit(*e.target, row.indicator) : QStringLiteral("-");
        const QString expected = e.expected ? NumberFormat::percent(*e.expected) : QStringLiteral("-");
        out += displayWidthPad(row.indicator.code, 6) + displayWidthPad(row.indicator.name, 44)
               + displayWidthPad(value, 14) + displayWidthPad(target, 14)
               + displayWidthPad(progressText(row), 10) + displayWidthPad(expected, 8)
               + statusName(e)
               + QLatin1Char('\n');
    }
    return out;
}

QByteArray json(const QList<StatusRow> &rows, const QString &orgUnitCode)
{
    QJsonArray array;
    for (const StatusRow &row : rows) {
        const Evaluation &e = row.evaluation;
        const Indicator &i = row.indicator;
        array.append(QJsonObject{
            {QStringLiteral("code"), i.code},
            {QStringLiteral("name"), i.name},
            {QStringLiteral("category"), i.category},
            {QStringLiteral("subcategory"), i.subcategory},
            {QStringLiteral("parent"), i.parentCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(i.parentCode)},
            {QStringLiteral("unit"), i.unit},
            {QStringLiteral("precision"), i.precision},
            {QStringLiteral("kind"), toString(i.kind)},
            {QStringLiteral("direction"), toString(i.direction)},
            {QStringLiteral("org_unit"), orgUnitCode},
            {QStringLiteral("year"), e.period.year},
            {QStringLiteral("quarter"), e.period.quarter},
            {QStringLiteral("value_quarter"), e.valueQuarter > 0 ? QJsonValue(e.valueQuarter) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("target"), jsonNumber(e.target)},
            {QStringLiteral("value"), jsonNumber(e.value)},
            {QStringLiteral("completion"), jsonNumber(e.completion)},
            {QStringLiteral("difference_pp"), jsonNumber(e.differencePp)},
            {QStringLiteral("expected"), jsonNumber(e.expected)},
            {QStringLiteral("shortfall"), jsonNumber(e.shortfall)},
            {QStringLiteral("status"), toString(e.status)},
            {QStringLiteral("reached_early"), e.reachedEarly},
            {QStringLiteral("note"), row.note},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray csv(const QList<StatusRow> &rows, const QString &orgUnitCode)
{
    QList<QStringList> records{QStringLiteral("code,name,category,unit,kind,direction,org_unit,year,quarter,"
                                              "target,value,completion,difference_pp,expected,status,"
                                              "reached_early,note")
                                   .split(QLatin1Char(','))};
    for (const StatusRow &row : rows) {
        const Evaluation &e = row.evaluation;
        records << QStringList{row.indicator.code, row.indicator.name, row.indicator.category,
                               row.indicator.unit, toString(row.indicator.kind),
                               toString(row.indicator.direction), orgUnitCode,
                               QString::number(e.period.year), QString::number(e.period.quarter),
                               optionalText(e.target), optionalText(e.value),
                               optionalText(e.completion), optionalText(e.differencePp),
                               optionalText(e.expected), toString(e.status),
                               e.reachedEarly ? QStringLiteral("true") : QStringLiteral("false"),
                               row.note};
    }
    return Csv::write(records);
}

} // namespace zhibiao::StatusFormatter
