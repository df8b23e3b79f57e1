#include "report/indicatorsection.h"

#include "core/numberformat.h"
#include "report/clausewriter.h"

#include <QSet>

#include <functional>

namespace zhibiao {

namespace {

constexpr qsizetype kMinOwnName = 2;

// "其中" parts right after their parent, otherwise catalogue order.
QList<const StatusRow *> parentsFirst(const QList<const StatusRow *> &rows)
{
    QList<const StatusRow *> ordered;
    QSet<QString> codes;
    for (const StatusRow *row : rows)
        codes.insert(row->indicator.code);
    std::function<void(const StatusRow *)> add = [&](const StatusRow *row) {
        ordered << row;
        for (const StatusRow *other : rows) {
            if (other->indicator.parentCode == row->indicator.code)
                add(other);
        }
    };
    for (const StatusRow *row : rows) {
        if (row->indicator.parentCode.isEmpty() || !codes.contains(row->indicator.parentCode))
            add(row);
    }
    return ordered;
}

QString withoutPrefix(const QString &name, const QString &prefix)
{
    if (!prefix.isEmpty() && name.startsWith(prefix) && name.size() - prefix.size() >= kMinOwnName)
        return name.mid(prefix.size());
    return name;
}

QString commonPrefix(const QString &a, const QString &b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return a.left(n);
}

bool canJoinNamed(const ClauseItem &item)
{
    return !item.overridden && !item.child;
}

} // namespace

IndicatorSection::IndicatorSection(const Phrasebook &book, QString subject, Period period,
                                   QList<StatusRow> rows)
    : m_book(book), m_subject(std::move(subject)), m_period(period), m_rows(std::move(rows))
{
    for (const StatusRow &row : std::as_const(m_rows)) {
        if (!row.evaluation.value)
            continue;
        m_figures.insert(row.indicator.code, NumberFormat::withUnit(*row.evaluation.value, row.indicator));
        m_figures.insert(row.indicator.code + QStringLiteral(".number"),
                         NumberFormat::number(*row.evaluation.value, row.indicator.precision));
    }
}

QString IndicatorSection::lead(int quarter) const
{
    if (quarter >= 4)
        return Phrasebook::fill(m_book.text(QStringLiteral("yearLead")),
                                {{QStringLiteral("year"), QString::number(m_period.year)}});
    return Phrasebook::fill(m_book.text(QStringLiteral("periodLead")),
                            {{QStringLiteral("period"), m_book.periodName(quarter)}});
}

QList<QList<ClauseItem>> IndicatorSection::groups(const QList<ClauseItem> &items) const
{
    QList<QList<ClauseItem>> result;
    for (qsizetype i = 0; i < items.size();) {
        QList<ClauseItem> group{items.at(i)};
        const ClauseItem &first = items.at(i);
        const int quarter = first.row->evaluation.valueQuarter;
        qsizetype j = i + 1;
        auto sameQuarter = [&](const ClauseItem &next) { return next.row->evaluation.valueQuarter == quarter; };
        if (first.shape == ClauseShape::Flow) {
            const bool money = m_book.isMoneyUnit(first.row->indicator.unit);
            while (j < items.size() && items.at(j).shape == ClauseShape::Flow && sameQuarter(items.at(j))
                   && m_book.isMoneyUnit(items.at(j).row->indicator.unit) == money)
                group << items.at(j++);
        } else if ((first.shape == ClauseShape::Stock || first.shape == ClauseShape::Rate) && canJoinNamed(first)) {
            while (j < items.size() && items.at(j).shape == first.shape && sameQuarter(items.at(j))
                   && canJoinNamed(items.at(j))) {
                QStringList names;
                for (const ClauseItem &member : group)
                    names << member.name;
                names << items.at(j).name;
                if (ClauseWriter::mergeNames(names, QString(), m_book.sharedHeads()).isNull())
                    break;
                group << items.at(j++);
            }
        } else if (first.shape == ClauseShape::Plain) {
            while (j < items.size() && sameQuarter(items.at(j))) {
                const ClauseItem &next = items.at(j);
                if (next.shape == ClauseShape::Plain) {
                    group << items.at(j++);
                    continue;
                }
                // A growth rate after its level: "人均收入达到X元，增速X%，增幅超…"
                if (next.shape == ClauseShape::Growth && next.name.startsWith(group.last().name)
                    && next.name.size() > group.last().name.size()) {
                    ClauseItem growth = next;
                    growth.name = next.name.mid(group.last().name.size());
                    growth.phrase = ClauseWriter(m_book).phrase(growth, m_figures);
                    group << growth;
                    ++j;
                }
                break;
            }
        }
        result << group;
        i = j;
    }
    return result;
}

QString IndicatorSection::blockText(const QList<const StatusRow *> &rows, const QString &subcategory,
                                    bool withSubject) const
{
    const ClauseWriter writer(m_book);
    QList<ClauseItem> items;
    QSet<QString> consumed;
    QString previousParent;
    QHash<QString, QString> shownNames;
    for (const StatusRow *row : parentsFirst(rows)) {
        if (consumed.contains(row->indicator.code) || !row->evaluation.value)
            continue;
        ClauseItem item;
        item.row = row;
        item.shape = clauseShape(*row);
        item.name = withoutPrefix(row->indicator.name, subcategory);
        const QString &parent = row->indicator.parentCode;
        if (!parent.isEmpty() && shownNames.contains(parent)) {
            item.child = true;
            item.firstChild = parent != previousParent;
            const QString shared = commonPrefix(shownNames.value(parent), item.name);
            if (shared.size() >= kMinOwnName)
                item.name = withoutPrefix(item.name, shared);
            previousParent = parent;
        } else {
            previousParent.clear();
        }
        shownNames.insert(row->indicator.code, item.name);
        const QString own = m_book.phraseOverride(row->indicator.code);
        if (!own.isEmpty()) {
            Phrasebook::Slots values = m_figures;
            const Phrasebook::Slots itemSlots = writer.slotsFor(*row, item.name);
            for (auto it = itemSlots.cbegin(); it != itemSlots.cend(); ++it)
                values.insert(it.key(), it.value());
            item.phrase = Phrasebook::fill(own, values);
            item.overridden = !item.phrase.isNull();
            if (item.overridden) {
                for (const QString &code : m_book.consumes(row->indicator.code))
                    consumed.insert(code);
            }
        }
        if (!item.overridden)
            item.phrase = writer.phrase(item, m_figures);
        items << item;
    }
    if (items.isEmpty())
        return m_book.text(QStringLiteral("noData")) + m_book.join(QStringLiteral("end"));

    QStringList parts;
    int previousQuarter = m_period.quarter;
    bool first = true;
    for (const QList<ClauseItem> &group : groups(items)) {
        const int quarter = group.first().row->evaluation.valueQuarter;
        QString text;
        const QString subject = withSubject || !first ? m_subject : QString();
        if ((first && quarter < 4) || (!first && quarter != previousQuarter))
            text += lead(quarter) + subject;
        else if (first)
            text += subject;
        text += writer.write(group);
        parts << text;
        previousQuarter = quarter;
        first = false;
    }
    return parts.join(m_book.join(QStringLiteral("group"))) + m_book.join(QStringLiteral("end"));
}

QString IndicatorSection::categoryText(const QString &category) const
{
    QString text = Phrasebook::fill(m_book.text(QStringLiteral("categoryLead")), {{QStringLiteral("category"), category}});
    QList<const StatusRow *> general;
    QStringList subcategories;
    QHash<QString, QList<const StatusRow *>> bySubcategory;
    for (const StatusRow &row : m_rows) {
        if (row.indicator.category != category || row.indicator.retired)
            continue;
        const QString &sub = row.indicator.subcategory;
        if (sub.isEmpty()) {
            general << &row;
            continue;
        }
        if (!subcategories.contains(sub))
            subcategories << sub;
        bySubcategory[sub] << &row;
    }
    if (!general.isEmpty() || subcategories.isEmpty())
        text += blockText(general, {}, true);
    if (subcategories.isEmpty())
        return text;
    text += Phrasebook::fill(m_book.text(QStringLiteral("subcategoryCount")),
                             {{QStringLiteral("count"), m_book.ordinal(static_cast<int>(subcategories.size()))}});
    for (qsizetype i = 0; i < subcategories.size(); ++i) {
        text += Phrasebook::fill(m_book.text(QStringLiteral("subcategoryItem")),
                                 {{QStringLiteral("ordinal"), m_book.ordinal(static_cast<int>(i + 1))},
                                  {QStringLiteral("subcategory"), subcategories.at(i)}});
        text += blockText(bySubcategory.value(subcategories.at(i)), subcategories.at(i),
                          i == 0 && general.isEmpty());
    }
    return text;
}

QList<ReportParagraph> IndicatorSection::paragraphs() const
{
    QStringList categories;
    for (const StatusRow &row : m_rows) {
        if (!row.indicator.retired && !categories.contains(row.indicator.category))
            categories << row.indicator.category;
    }
    QList<ReportParagraph> result;
    for (const QString &category : std::as_const(categories))
        result << ReportParagraph{categoryText(category), {}};
    return result;
}

} // namespace zhibiao
