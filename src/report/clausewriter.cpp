#include "report/clausewriter.h"

#include "core/numberformat.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace zhibiao {

namespace {

constexpr qsizetype kMinSharedHead = 3;

QString sep(const Phrasebook &book)
{
    return book.join(QStringLiteral("clause"));
}

QString childLead(const Phrasebook &book, const ClauseItem &item)
{
    return item.firstChild ? book.text(QStringLiteral("childLead")) : QString();
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

ClauseStanding clauseStanding(const StatusRow &row)
{
    const Evaluation &e = row.evaluation;
    if (e.status == Status::Missed)
        return ClauseStanding::Missed;
    const bool partYear = e.period.quarter < 4;
    if (partYear && (e.status == Status::Behind || e.status == Status::SeriouslyBehind)) {
        // A flow behind 序时进度, a stock not yet at its target: said on their own.
        const ClauseShape shape = clauseShape(row);
        if (shape == ClauseShape::Flow || shape == ClauseShape::Stock)
            return ClauseStanding::Lagging;
    }
    return ClauseStanding::OnCourse;
}

Phrasebook::Slots ClauseWriter::slotsFor(const StatusRow &row, const QString &name) const
{
    const Indicator &indicator = row.indicator;
    const Evaluation &e = row.evaluation;
    Phrasebook::Slots values;
    values.insert(QStringLiteral("name"), name);
    if (e.value) {
        values.insert(QStringLiteral("value"), NumberFormat::withUnit(*e.value, indicator));
        values.insert(QStringLiteral("number"), NumberFormat::figure(*e.value, indicator.precision));
    }
    if (e.target)
        values.insert(QStringLiteral("target"), NumberFormat::withUnit(*e.target, indicator));
    if (e.completion)
        values.insert(QStringLiteral("completion"), NumberFormat::percent(*e.completion));
    if (e.differencePp)
        values.insert(QStringLiteral("diff"), NumberFormat::points(*e.differencePp, indicator.precision));
    if (e.value && e.target) {
        values.insert(QStringLiteral("excess"), NumberFormat::withUnit(std::max(0.0, *e.value - *e.target), indicator));
        values.insert(QStringLiteral("shortfall"),
                      NumberFormat::withUnit(std::max(0.0, *e.target - *e.value), indicator));
    }
    if (e.completion && e.expected) {
        values.insert(QStringLiteral("expected"), NumberFormat::percent(*e.expected));
        values.insert(QStringLiteral("gap"), NumberFormat::points(std::max(0.0, *e.expected - *e.completion), 1));
    }
    return values;
}

QStringList ClauseWriter::codesStatedBy(const QString &phraseTemplate, const QString &ownCode)
{
    static const QRegularExpression reference(QStringLiteral("\\{([A-Za-z0-9_]+)(?:\\.number)?\\}"));
    static const QStringList ownSlots = {QStringLiteral("name"),       QStringLiteral("value"),
                                         QStringLiteral("number"),     QStringLiteral("target"),
                                         QStringLiteral("completion"), QStringLiteral("diff"),
                                         QStringLiteral("excess"),     QStringLiteral("shortfall"),
                                         QStringLiteral("expected"),   QStringLiteral("gap")};
    QStringList codes;
    for (auto it = reference.globalMatch(phraseTemplate); it.hasNext();) {
        const QString code = it.next().captured(1);
        if (code != ownCode && !ownSlots.contains(code) && !codes.contains(code))
            codes << code;
    }
    return codes;
}

QString ClauseWriter::phrase(const ClauseItem &item, const Phrasebook::Slots &figures) const
{
    Phrasebook::Slots values = figures;
    const Phrasebook::Slots own = slotsFor(*item.row, item.name);
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        values.insert(it.key(), it.value());
    if (!item.row->indicator.phrase.isEmpty()) {
        const QString filled = Phrasebook::fill(item.row->indicator.phrase, values);
        if (!filled.isNull())
            return filled;
    }
    static const QHash<ClauseShape, QString> shapeKeys = {
        {ClauseShape::Flow, QStringLiteral("flow")},       {ClauseShape::Stock, QStringLiteral("stock")},
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
    const Indicator &indicator = item.row->indicator;
    const auto own = indicator.clauses.constFind(key);
    const QString pattern = own != indicator.clauses.cend() ? *own : m_book.clause(key);
    return Phrasebook::fill(pattern, slotsFor(*item.row, name.isEmpty() ? item.name : name));
}

// Differences are those of the printed figures (Evaluation::differencePp), so "above"
// means a reader sees a higher figure.
bool ClauseWriter::above(const ClauseItem &item) const
{
    const auto &d = item.row->evaluation.differencePp;
    return d && *d > 0 && NumberFormat::figure(*d, item.row->indicator.precision) != QLatin1String("0");
}

bool ClauseWriter::below(const ClauseItem &item) const
{
    const auto &d = item.row->evaluation.differencePp;
    return d && *d < 0 && NumberFormat::figure(-*d, item.row->indicator.precision) != QLatin1String("0");
}

QString ClauseWriter::flowVerdict(const ClauseItem &item) const
{
    const Evaluation &e = item.row->evaluation;
    if (!e.completion) // a zero target has no ratio: say whether it is done
        return clause(e.status == Status::Met ? QStringLiteral("flow.done") : QStringLiteral("flow.notDone"), item);
    switch (item.standing) {
    case ClauseStanding::Missed:
        return clause(QStringLiteral("flow.missed"), item);
    case ClauseStanding::Lagging:
        return clause(QStringLiteral("flow.lagging"), item);
    case ClauseStanding::OnCourse:
        break;
    }
    return clause(e.status == Status::Met && e.reachedEarly && e.period.quarter < 4 ? QStringLiteral("flow.early")
                                                                                   : QStringLiteral("flow.completion"),
                  item);
}

QString ClauseWriter::verdict(const ClauseItem &item, const QString &memberName) const
{
    const Evaluation &e = item.row->evaluation;
    const bool member = !memberName.isEmpty();
    switch (item.shape) {
    case ClauseShape::Flow:
        return (member ? memberName : QString()) + flowVerdict(item);
    case ClauseShape::Stock: {
        QString key;
        if (e.status == Status::Met)
            key = e.reachedEarly ? QStringLiteral("early") : QStringLiteral("met");
        else if (item.standing == ClauseStanding::Missed)
            key = e.completion ? QStringLiteral("missed") : QStringLiteral("notDone");
        else
            key = e.completion ? QStringLiteral("partial") : QStringLiteral("notDone");
        if (member)
            return clause(QStringLiteral("stock.member") + key.at(0).toUpper() + key.mid(1), item, memberName);
        return clause(QStringLiteral("stock.") + key, item);
    }
    case ClauseShape::AbsCeiling:
        return clause(*e.value <= *e.target + 1e-9 ? QStringLiteral("ceiling.kept") : QStringLiteral("ceiling.broken"),
                      item);
    case ClauseShape::Rate: {
        const QString key = above(item) ? QStringLiteral("Above") : below(item) ? QStringLiteral("Below")
                                                                                 : QStringLiteral("Equal");
        if (member)
            return clause(QStringLiteral("rate.member") + key, item, memberName);
        return clause(QStringLiteral("rate.") + key.toLower(), item);
    }
    case ClauseShape::RateCeiling:
        return clause(above(item) ? QStringLiteral("rateCeiling.broken") : QStringLiteral("rateCeiling.kept"), item);
    case ClauseShape::Growth:
        return clause(above(item)   ? QStringLiteral("growth.above")
                      : below(item) ? QStringLiteral("growth.below")
                                    : QStringLiteral("growth.equal"),
                      item);
    case ClauseShape::Plain:
        break;
    }
    return {};
}

QString ClauseWriter::single(const ClauseItem &item) const
{
    const QString lead = childLead(m_book, item);
    if (item.shape == ClauseShape::Plain)
        return lead + item.phrase;
    return lead + item.phrase + sep(m_book) + verdict(item, {});
}

QString ClauseWriter::flow(const QList<ClauseItem> &group) const
{
    QStringList phrases;
    QStringList completions;
    QStringList targets;
    bool oneUnit = true;
    bool hasChild = false;
    for (const ClauseItem &item : group) {
        phrases << childLead(m_book, item) + item.phrase;
        completions << NumberFormat::percent(*item.row->evaluation.completion);
        targets << NumberFormat::withUnit(*item.row->evaluation.target, item.row->indicator);
        oneUnit = oneUnit && item.row->indicator.unit == group.first().row->indicator.unit;
        hasChild = hasChild || item.child;
    }
    // Targets are named when they read as one list ("分别完成4.5万人、3.2万人年度目标的…").
    const bool namedTargets = oneUnit && !hasChild;
    const Phrasebook::Slots values{{QStringLiteral("completions"), m_book.list(completions)},
                                   {QStringLiteral("targets"), targets.join(m_book.join(QStringLiteral("list")))}};
    // Before Q4, a list whose every member is already done says so once.
    const bool allEarly = std::all_of(group.cbegin(), group.cend(), [](const ClauseItem &item) {
        return item.row->evaluation.status == Status::Met && item.row->evaluation.period.quarter < 4;
    });
    return phrases.join(sep(m_book)) + sep(m_book)
           + Phrasebook::fill(m_book.clause(namedTargets ? QStringLiteral("flow.groupTargets")
                                                         : QStringLiteral("flow.group")),
                              values)
           + (allEarly ? sep(m_book) + m_book.clause(QStringLiteral("flow.groupEarly")) : QString());
}

QString ClauseWriter::named(const QList<ClauseItem> &group) const
{
    QStringList names;
    QStringList values;
    for (const ClauseItem &item : group) {
        names << item.name;
        values << NumberFormat::withUnit(*item.row->evaluation.value, item.row->indicator);
    }
    QStringList shortNames;
    const QString merged = mergeNames(names, m_book.join(QStringLiteral("list")), m_book.sharedHeads(), &shortNames);
    const ClauseShape shape = group.first().shape;
    const bool isRate = shape == ClauseShape::Rate;
    const QString groupKey = shape == ClauseShape::Plain ? QStringLiteral("plain.group")
                             : isRate                    ? QStringLiteral("rate.group")
                                                         : QStringLiteral("stock.group");
    const QString text = Phrasebook::fill(m_book.clause(groupKey), {{QStringLiteral("names"), merged},
                                                                     {QStringLiteral("values"), m_book.list(values)}});
    if (shape == ClauseShape::Plain)
        return text;
    if (isRate) {
        const bool allAbove = std::all_of(group.cbegin(), group.cend(), [&](const ClauseItem &i) { return above(i); });
        const bool allBelow = std::all_of(group.cbegin(), group.cend(), [&](const ClauseItem &i) { return below(i); });
        if (allAbove || allBelow) {
            QStringList diffs;
            for (qsizetype i = 0; i < group.size(); ++i) {
                const ClauseItem &item = group.at(i);
                diffs << NumberFormat::figure(std::abs(*item.row->evaluation.differencePp), item.row->indicator.precision)
                             + m_book.join(i + 1 == group.size() ? QStringLiteral("points") : QStringLiteral("pointsElided"));
            }
            return text + sep(m_book)
                   + Phrasebook::fill(m_book.clause(allAbove ? QStringLiteral("rate.groupAbove")
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
            return text + sep(m_book)
                   + m_book.clause(allEarly ? QStringLiteral("stock.allEarly") : QStringLiteral("stock.allMet"));
    }
    // Members differ: say of each what is true of it.
    QStringList verdicts;
    for (qsizetype i = 0; i < group.size(); ++i)
        verdicts << verdict(group.at(i), shortNames.value(i, group.at(i).name));
    return text + sep(m_book) + verdicts.join(sep(m_book));
}

bool ClauseWriter::canName(const QList<ClauseItem> &group) const
{
    if (group.size() < 2)
        return false;
    QStringList names;
    for (const ClauseItem &item : group) {
        if (item.ownPhrase || item.child)
            return false;
        names << item.name;
    }
    return !mergeNames(names, QString(), m_book.sharedHeads()).isNull();
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
    if (group.size() == 1)
        return single(group.first());
    switch (shape) {
    case ClauseShape::Flow:
        return flow(group);
    case ClauseShape::Stock:
    case ClauseShape::Rate:
        return named(group);
    case ClauseShape::Plain:
        // A named group of figures without target ("…参保人数分别达到X、Y、Z"), or a run of
        // phrases each with its own figure.
        return canName(group) ? named(group) : plain(group);
    default:
        return plain(group);
    }
}

} // namespace zhibiao
