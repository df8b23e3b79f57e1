#include "report/clausewriter.h"

#include "core/numberformat.h"

#include <algorithm>
#include <cmath>

namespace zhibiao {

namespace {

constexpr qsizetype kMinSharedHead = 3;

bool isAboveZero(double difference)
{
    return NumberFormat::number(std::abs(difference), 1) != QLatin1String("0.0") && difference > 0;
}

bool isBelowZero(double difference)
{
    return NumberFormat::number(std::abs(difference), 1) != QLatin1String("0.0") && difference < 0;
}

QString sep(const Phrasebook &book)
{
    return book.join(QStringLiteral("clause"));
}

} // namespace

ClauseShape clauseShape(const StatusRow &row)
{
    const Indicator &indicator = row.indicator;
    if (!row.evaluation.target)
        return ClauseShape::Plain;
    if (indicator.hasAbsoluteTarget()) {
        if (indicator.direction == Direction::Ceiling)
            return ClauseShape::AbsCeiling;
        return indicator.kind == IndicatorKind::Cumulative ? ClauseShape::Flow : ClauseShape::Stock;
    }
    if (indicator.direction == Direction::Ceiling)
        return ClauseShape::RateCeiling;
    return indicator.kind == IndicatorKind::Growth ? ClauseShape::Growth : ClauseShape::Rate;
}

Phrasebook::Slots ClauseWriter::slotsFor(const StatusRow &row, const QString &name) const
{
    const Indicator &indicator = row.indicator;
    const Evaluation &e = row.evaluation;
    Phrasebook::Slots values;
    values.insert(QStringLiteral("name"), name);
    if (e.value) {
        values.insert(QStringLiteral("value"), NumberFormat::withUnit(*e.value, indicator));
        values.insert(QStringLiteral("number"), NumberFormat::number(*e.value, indicator.precision));
    }
    if (e.target)
        values.insert(QStringLiteral("target"), NumberFormat::withUnit(*e.target, indicator));
    if (e.completion)
        values.insert(QStringLiteral("completion"), NumberFormat::percent(*e.completion));
    if (e.differencePp)
        values.insert(QStringLiteral("diff"), NumberFormat::points(*e.differencePp));
    if (e.value && e.target)
        values.insert(QStringLiteral("excess"),
                      NumberFormat::withUnit(std::max(0.0, *e.value - *e.target), indicator));
    return values;
}

QString ClauseWriter::phrase(const ClauseItem &item, const Phrasebook::Slots &figures) const
{
    Phrasebook::Slots values = figures;
    const Phrasebook::Slots own = slotsFor(*item.row, item.name);
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        values.insert(it.key(), it.value());
    static const QHash<ClauseShape, QString> shapeKeys = {
        {ClauseShape::Flow, QStringLiteral("flow")},     {ClauseShape::Stock, QStringLiteral("stock")},
        {ClauseShape::AbsCeiling, QStringLiteral("flow")}, {ClauseShape::Rate, QStringLiteral("rate")},
        {ClauseShape::RateCeiling, QStringLiteral("rate")}, {ClauseShape::Growth, QStringLiteral("growth")},
        {ClauseShape::Plain, QStringLiteral("plain")}};
    return Phrasebook::fill(m_book.phrase(shapeKeys.value(item.shape)), values);
}

QString ClauseWriter::mergeNames(const QStringList &names, const QString &separator,
                                 const QStringList &preferredHeads, QStringList *shortNames)
{
    if (names.size() < 2)
        return {};
    qsizetype shortest = names.first().size();
    for (const QString &name : names)
        shortest = std::min(shortest, name.size());
    qsizetype prefix = 0;
    while (prefix < shortest && std::all_of(names.cbegin(), names.cend(), [&](const QString &n) {
               return n.at(prefix) == names.first().at(prefix);
           }))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shortest && std::all_of(names.cbegin(), names.cend(), [&](const QString &n) {
               return n.at(n.size() - 1 - suffix) == names.first().at(names.first().size() - 1 - suffix);
           }))
        ++suffix;
    // Every name must keep something of its own.
    prefix = std::min(prefix, shortest - 1);
    suffix = std::min(suffix, shortest - 1);
    if (std::max(prefix, suffix) < kMinSharedHead)
        return {};
    for (const QString &head : preferredHeads) {
        if (prefix >= suffix && names.first().left(prefix).startsWith(head))
            prefix = head.size();
        else if (suffix > prefix && names.first().right(suffix).endsWith(head))
            suffix = head.size();
    }
    QStringList parts;
    if (prefix >= suffix) {
        for (const QString &name : names)
            parts << name.mid(prefix);
        if (shortNames)
            *shortNames = parts;
        return names.first().left(prefix) + parts.join(separator);
    }
    for (const QString &name : names)
        parts << name.left(name.size() - suffix);
    if (shortNames)
        *shortNames = names;
    return parts.join(separator) + names.first().right(suffix);
}

QString ClauseWriter::clause(const QString &key, const ClauseItem &item, const QString &name) const
{
    Phrasebook::Slots values = slotsFor(*item.row, name.isEmpty() ? item.name : name);
    return Phrasebook::fill(m_book.clause(key, item.row->indicator.code), values);
}

QString ClauseWriter::flowCompletion(const ClauseItem &item) const
{
    const Evaluation &e = item.row->evaluation;
    if (e.completion)
        return clause(QStringLiteral("flow.completion"), item);
    // A zero target has no ratio: say whether it is done.
    return clause(e.status == Status::Met ? QStringLiteral("flow.done") : QStringLiteral("flow.notDone"), item);
}

QString ClauseWriter::verdict(const ClauseItem &item, const QString &memberName) const
{
    const Evaluation &e = item.row->evaluation;
    const bool member = !memberName.isEmpty();
    switch (item.shape) {
    case ClauseShape::Flow:
        return (member ? memberName : QString()) + flowCompletion(item);
    case ClauseShape::Stock: {
        QString key;
        if (e.status == Status::Met)
            key = e.reachedEarly ? QStringLiteral("early") : QStringLiteral("met");
        else
            key = e.completion ? QStringLiteral("partial") : QStringLiteral("notDone");
        if (member)
            return clause(QStringLiteral("stock.member") + key.at(0).toUpper() + key.mid(1), item, memberName);
        return clause(QStringLiteral("stock.") + key, item);
    }
    case ClauseShape::AbsCeiling:
        return clause(*e.value <= *e.target + 1e-9 ? QStringLiteral("ceiling.kept") : QStringLiteral("ceiling.broken"), item);
    case ClauseShape::Rate: {
        const double d = *e.differencePp;
        const QString key = isAboveZero(d) ? QStringLiteral("Above") : isBelowZero(d) ? QStringLiteral("Below") : QStringLiteral("Equal");
        if (member)
            return clause(QStringLiteral("rate.member") + key, item, memberName);
        return clause(QStringLiteral("rate.") + key.toLower(), item);
    }
    case ClauseShape::RateCeiling:
        return clause(e.status == Status::Missed || isAboveZero(*e.differencePp) ? QStringLiteral("rateCeiling.broken")
                                                                                  : QStringLiteral("rateCeiling.kept"),
                      item);
    case ClauseShape::Growth: {
        const double d = *e.differencePp;
        return clause(isAboveZero(d) ? QStringLiteral("growth.above")
                      : isBelowZero(d) ? QStringLiteral("growth.below")
                                       : QStringLiteral("growth.equal"),
                      item);
    }
    case ClauseShape::Plain:
        break;
    }
    return {};
}

QString ClauseWriter::single(const ClauseItem &item) const
{
    const QString lead = item.firstChild ? m_book.text(QStringLiteral("childLead")) : QString();
    if (item.shape == ClauseShape::Plain)
        return lead + item.phrase;
    return lead + item.phrase + sep(m_book) + verdict(item, {});
}

QString ClauseWriter::flow(const QList<ClauseItem> &group) const
{
    QStringList phrases;
    QStringList completions;
    QStringList targets;
    bool allRatios = true;
    bool oneUnit = true;
    bool hasChild = false;
    for (const ClauseItem &item : group) {
        phrases << (item.firstChild ? m_book.text(QStringLiteral("childLead")) : QString()) + item.phrase;
        const Evaluation &e = item.row->evaluation;
        allRatios = allRatios && e.completion.has_value();
        if (e.completion)
            completions << NumberFormat::percent(*e.completion);
        targets << NumberFormat::withUnit(*e.target, item.row->indicator);
        oneUnit = oneUnit && item.row->indicator.unit == group.first().row->indicator.unit;
        hasChild = hasChild || item.child;
    }
    QString text = phrases.join(sep(m_book)) + sep(m_book);
    if (!allRatios) {
        QStringList verdicts;
        for (const ClauseItem &item : group)
            verdicts << item.name + flowCompletion(item);
        return text + verdicts.join(sep(m_book));
    }
    const bool namedTargets = oneUnit && !hasChild;
    Phrasebook::Slots values{{QStringLiteral("completions"), m_book.list(completions)},
                             {QStringLiteral("targets"), targets.join(m_book.join(QStringLiteral("list")))}};
    return text + Phrasebook::fill(m_book.clause(namedTargets ? QStringLiteral("flow.groupTargets")
                                                              : QStringLiteral("flow.group")),
                                   values);
}

QString ClauseWriter::stock(const QList<ClauseItem> &group) const
{
    QStringList names;
    QStringList values;
    for (const ClauseItem &item : group) {
        names << item.name;
        values << NumberFormat::withUnit(*item.row->evaluation.value, item.row->indicator);
    }
    QStringList shortNames;
    const QString merged = mergeNames(names, m_book.join(QStringLiteral("list")), m_book.sharedHeads(), &shortNames);
    const bool isRate = group.first().shape == ClauseShape::Rate;
    QString text = Phrasebook::fill(m_book.clause(isRate ? QStringLiteral("rate.group") : QStringLiteral("stock.group")),
                                    {{QStringLiteral("names"), merged}, {QStringLiteral("values"), m_book.list(values)}})
                   + sep(m_book);
    if (isRate) {
        QStringList diffs;
        bool allAbove = true;
        bool allBelow = true;
        for (const ClauseItem &item : group) {
            const double d = *item.row->evaluation.differencePp;
            allAbove = allAbove && isAboveZero(d);
            allBelow = allBelow && isBelowZero(d);
            diffs << NumberFormat::number(std::abs(d), 1);
        }
        if (allAbove || allBelow) {
            for (qsizetype i = 0; i < diffs.size(); ++i)
                diffs[i] += m_book.join(i + 1 == diffs.size() ? QStringLiteral("points") : QStringLiteral("pointsElided"));
            return text + Phrasebook::fill(m_book.clause(allAbove ? QStringLiteral("rate.groupAbove")
                                                                  : QStringLiteral("rate.groupBelow")),
                                           {{QStringLiteral("diffs"), m_book.list(diffs)}});
        }
    } else {
        const bool allMet = std::all_of(group.cbegin(), group.cend(), [](const ClauseItem &item) {
            return item.row->evaluation.status == Status::Met;
        });
        const bool allEarly = allMet && std::all_of(group.cbegin(), group.cend(), [](const ClauseItem &item) {
            return item.row->evaluation.reachedEarly;
        });
        if (allMet)
            return text + m_book.clause(allEarly ? QStringLiteral("stock.allEarly") : QStringLiteral("stock.allMet"));
    }
    // Members differ: say of each what is true of it.
    QStringList verdicts;
    for (qsizetype i = 0; i < group.size(); ++i)
        verdicts << verdict(group.at(i), shortNames.value(i, group.at(i).name));
    return text + verdicts.join(sep(m_book));
}

QString ClauseWriter::plain(const QList<ClauseItem> &group) const
{
    QStringList parts;
    for (const ClauseItem &item : group)
        parts << single(item);
    return parts.join(sep(m_book));
}

QString ClauseWriter::write(const QList<ClauseItem> &group) const
{
    if (group.isEmpty())
        return {};
    const ClauseShape shape = group.first().shape;
    if (group.size() == 1 && shape != ClauseShape::Plain)
        return single(group.first());
    switch (shape) {
    case ClauseShape::Flow:
        return flow(group);
    case ClauseShape::Stock:
    case ClauseShape::Rate:
        return stock(group);
    default:
        return plain(group);
    }
}

} // namespace zhibiao
