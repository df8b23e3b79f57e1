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

// Only items on course, stated by their names, join a list of their shape.
bool joinsNamedList(const ClauseItem &item)
{
    return !item.ownPhrase && !item.child && item.standing == ClauseStanding::OnCourse;
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
                         NumberFormat::figure(*row.evaluation.value, row.indicator.precision));
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
    const ClauseWriter writer(m_book);
    QList<QList<ClauseItem>> result;
    for (qsizetype i = 0; i < items.size();) {
        QList<ClauseItem> group{items.at(i)};
        const ClauseItem &first = items.at(i);
        const int quarter = first.row->evaluation.valueQuarter;
        qsizetype j = i + 1;
        auto sameQuarter = [&](const ClauseItem &next) { return next.row->evaluation.valueQuarter == quarter; };
        auto namesStillMerge = [&](const ClauseItem &next) {
            QList<ClauseItem> longer = group;
            longer << next;
            if (first.shape == ClauseShape::Plain)
                return writer.canName(longer);
            QStringList names;
            for (const ClauseItem &member : longer)
                names << member.name;
            return !ClauseWriter::mergeNames(names, QString(), m_book.sharedHeads()).isNull();
        };
        if (first.shape == ClauseShape::Flow && first.standing == ClauseStanding::OnCourse
            && first.row->evaluation.completion) {
            // Flows on course share one "分别完成…" (money apart from people).
            const bool money = m_book.isMoneyUnit(first.row->indicator.unit);
            while (j < items.size() && items.at(j).shape == ClauseShape::Flow && sameQuarter(items.at(j))
                   && items.at(j).standing == ClauseStanding::OnCourse && items.at(j).row->evaluation.completion
                   && m_book.isMoneyUnit(items.at(j).row->indicator.unit) == money)
                group << items.at(j++);
        } else if ((first.shape == ClauseShape::Stock || first.shape == ClauseShape::Rate
                    || first.shape == ClauseShape::Plain)
                   && joinsNamedList(first)) {
            // Names that share a head: "…保险参保人数分别达到…", with or without targets.
            while (j < items.size() && items.at(j).shape == first.shape && sameQuarter(items.at(j))
                   && joinsNamedList(items.at(j)) && namesStillMerge(items.at(j)))
                group << items.at(j++);
        }
        if (group.size() == 1 && first.shape == ClauseShape::Plain) {
            // A run of figures without target, each with its phrase.
            while (j < items.size() && items.at(j).shape == ClauseShape::Plain && sameQuarter(items.at(j))) {
                const ClauseItem &next = items.at(j);
                if (joinsNamedList(next) && j + 1 < items.size() && items.at(j + 1).shape == ClauseShape::Plain
                    && writer.canName({next, items.at(j + 1)}))
                    break; // the next two form a named list of their own
                group << items.at(j++);
            }
            // A growth rate after its level: "人均收入达到X元，增速X%，增幅超…"
            if (j < items.size() && sameQuarter(items.at(j)) && items.at(j).shape == ClauseShape::Growth
                && items.at(j).name.startsWith(group.last().name) && items.at(j).name.size() > group.last().name.size()) {
                ClauseItem growth = items.at(j);
                growth.name = growth.name.mid(group.last().name.size());
                growth.phrase = writer.phrase(growth, m_figures);
                group << growth;
                ++j;
            }
        }
        result << group;
        i = j;
    }
    return result;
}

QList<ClauseItem> IndicatorSection::itemsOf(const QList<const StatusRow *> &rows, const QString &subcategory) const
{
    const ClauseWriter writer(m_book);
    QList<ClauseItem> items;
    QSet<QString> stated;
    for (const StatusRow *row : rows) {
        if (row->evaluation.value && !row->indicator.phrase.isEmpty())
            for (const QString &code : ClauseWriter::codesStatedBy(row->indicator.phrase, row->indicator.code))
                stated.insert(code);
    }
    QString previousParent;
    QHash<QString, QString> shownNames;
    for (const StatusRow *row : parentsFirst(rows)) {
        if (stated.contains(row->indicator.code) || !row->evaluation.value)
            continue;
        ClauseItem item;
        item.row = row;
        item.shape = clauseShape(*row);
        item.standing = clauseStanding(*row);
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
        item.ownPhrase = !row->indicator.phrase.isEmpty();
        item.phrase = writer.phrase(item, m_figures);
        items << item;
    }
    return items;
}

QList<IndicatorSection::Block> IndicatorSection::blocksOf(const QString &category) const
{
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
    QList<Block> blocks;
    if (const QList<ClauseItem> items = itemsOf(general, {}); !items.isEmpty())
        blocks << Block{{}, items};
    for (const QString &sub : std::as_const(subcategories)) {
        if (const QList<ClauseItem> items = itemsOf(bySubcategory.value(sub), sub); !items.isEmpty())
            blocks << Block{sub, items};
    }
    return blocks;
}

QString IndicatorSection::categoryText(const QString &category) const
{
    const QList<Block> blocks = blocksOf(category);
    if (blocks.isEmpty())
        return {};
    const ClauseWriter writer(m_book);
    QString text = Phrasebook::fill(m_book.text(QStringLiteral("categoryLead")), {{QStringLiteral("category"), category}});
    // The period is named once, before the first clause; again only where a figure belongs
    // to another one (a yearly report whose income is known up to Q3).
    int statedQuarter = 4;
    bool firstClause = true;
    qsizetype subIndex = 0;
    const qsizetype subCount = std::count_if(blocks.cbegin(), blocks.cend(),
                                             [](const Block &b) { return !b.subcategory.isEmpty(); });
    for (const Block &block : blocks) {
        if (!block.subcategory.isEmpty()) {
            if (subIndex == 0)
                text += Phrasebook::fill(m_book.text(QStringLiteral("subcategoryCount")),
                                         {{QStringLiteral("count"), m_book.ordinal(static_cast<int>(subCount))}});
            text += Phrasebook::fill(m_book.text(QStringLiteral("subcategoryItem")),
                                     {{QStringLiteral("ordinal"), m_book.ordinal(static_cast<int>(++subIndex))},
                                      {QStringLiteral("subcategory"), block.subcategory}});
        }
        QStringList parts;
        for (const QList<ClauseItem> &group : groups(block.items)) {
            const int quarter = group.first().row->evaluation.valueQuarter;
            QString part;
            if (quarter != statedQuarter) {
                part += lead(quarter);
                statedQuarter = quarter;
            }
            if (firstClause)
                part += m_subject;
            part += writer.write(group);
            parts << part;
            firstClause = false;
        }
        text += parts.join(m_book.join(QStringLiteral("group"))) + m_book.join(QStringLiteral("end"));
    }
    return text;
}

QStringList IndicatorSection::categories() const
{
    QStringList result;
    for (const StatusRow &row : m_rows) {
        if (!row.indicator.retired && !result.contains(row.indicator.category))
            result << row.indicator.category;
    }
    return result;
}

QStringList IndicatorSection::emptyCategories() const
{
    QStringList empty;
    for (const QString &category : categories()) {
        if (blocksOf(category).isEmpty())
            empty << category;
    }
    return empty;
}

QList<ReportParagraph> IndicatorSection::paragraphs() const
{
    QList<ReportParagraph> result;
    for (const QString &category : categories()) {
        if (const QString text = categoryText(category); !text.isEmpty())
            result << ReportParagraph{text, {}};
    }
    return result;
}

} // namespace zhibiao
