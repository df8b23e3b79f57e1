#include "core/indicator.h"

#include <QCoreApplication>
#include <QStringList>

namespace zhibiao {

QString toString(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Cumulative:
        return QStringLiteral("cumulative");
    case IndicatorKind::Stock:
        return QStringLiteral("stock");
    case IndicatorKind::Rate:
        return QStringLiteral("rate");
    case IndicatorKind::Growth:
        return QStringLiteral("growth");
    }
    return {};
}

QString toString(Direction direction)
{
    return direction == Direction::Higher ? QStringLiteral("higher") : QStringLiteral("ceiling");
}

std::optional<IndicatorKind> indicatorKindFromString(const QString &text)
{
    for (IndicatorKind kind : {IndicatorKind::Cumulative, IndicatorKind::Stock,
                               IndicatorKind::Rate, IndicatorKind::Growth}) {
        if (text.trimmed().compare(toString(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

std::optional<Direction> directionFromString(const QString &text)
{
    for (Direction direction : {Direction::Higher, Direction::Ceiling}) {
        if (text.trimmed().compare(toString(direction), Qt::CaseInsensitive) == 0)
            return direction;
    }
    return std::nullopt;
}

QString clausesToString(const QMap<QString, QString> &clauses)
{
    QStringList entries;
    for (auto it = clauses.cbegin(); it != clauses.cend(); ++it)
        entries << it.key() + QLatin1Char('=') + it.value();
    return entries.join(QStringLiteral("; "));
}

QMap<QString, QString> clausesFromString(const QString &text, QString *error)
{
    QMap<QString, QString> clauses;
    for (const QString &entry : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (entry.trimmed().isEmpty())
            continue;
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const QString key = entry.left(equals).trimmed();
        if (equals < 0 || key.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("zhibiao::Indicator",
                                                     "'%1' is not KEY=TEMPLATE (such as rate.above=超{target}的年度目标{diff})")
                             .arg(entry.trimmed());
            return {};
        }
        clauses.insert(key, entry.mid(equals + 1).trimmed());
    }
    return clauses;
}

} // namespace zhibiao
