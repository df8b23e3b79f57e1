#include "core/indicator.h"

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

} // namespace zhibiao
