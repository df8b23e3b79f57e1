#include "core/figurerecognizer.h"

#include "core/chinesenumerals.h"
#include "core/figurecues.h"

#include <QStringList>

#include <algorithm>
#include <optional>

namespace zhibiao::FigureRecognizer {

namespace {

const QString kClauseEnds = QStringLiteral("，,；;。：:！？!?\n");
const QString kSentenceEnds = QStringLiteral("。；;！？!?\n");

// Units that may stand after a number, or after its 万/亿, longest first so that 个百分点 wins
// over 个 and 人次 over 人.
const QStringList &baseUnits()
{
    static const QStringList units{
        QStringLiteral("个百分点"), QStringLiteral("百分点"), QStringLiteral("人次"),
        QStringLiteral("人"),       QStringLiteral("户"),     QStringLiteral("家"),
        QStringLiteral("件"),       QStringLiteral("起"),     QStringLiteral("名"),
        QStringLiteral("项"),       QStringLiteral("个"),     QStringLiteral("场"),
        QStringLiteral("期"),       QStringLiteral("位"),     QStringLiteral("张"),
        QStringLiteral("元"),       QStringLiteral("%")};
    return units;
}

// Shares and points are never counted in 万 ("3万%" is no unit).
bool takesMultiplier(const QString &unit)
{
    return unit != u"%" && !unit.endsWith(u"百分点");
}

bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isAsciiLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }
bool isMultiplier(QChar c) { return c == u'万' || c == u'亿'; }

// Full-width digits, point and percent as their ASCII forms, one character for one, so that
// every position in the copy is the same position in the paragraph.
QString normalized(const QString &paragraph)
{
    QString text = paragraph;
    for (QChar &c : text) {
        if (c >= u'０' && c <= u'９')
            c = QChar(u'0' + (c.unicode() - u'０'));
        else if (c == u'．')
            c = u'.';
        else if (c == u'％')
            c = u'%';
    }
    return text;
}

QString baseUnitAt(QStringView text, qsizetype at, bool multiplied)
{
    for (const QString &unit : baseUnits()) {
        if (text.sliced(at).startsWith(unit) && (!multiplied || takesMultiplier(unit)))
            return unit;
    }
    return {};
}

// "余" always, "多" only before a multiplier or unit ("1000多人", not "3个多措并举").
bool isApproximationAt(QStringView text, qsizetype at)
{
    if (at >= text.size())
        return false;
    if (text[at] == u'余')
        return true;
    return text[at] == u'多' && at + 1 < text.size()
           && (isMultiplier(text[at + 1]) || !baseUnitAt(text, at + 1, false).isEmpty());
}

// Reads [余][万|亿][余][unit] after a number into figure; returns where the figure ends.
qsizetype readUnit(QStringView text, qsizetype at, RecognizedFigure &figure)
{
    auto skipApproximation = [&] {
        if (isApproximationAt(text, at)) {
            figure.atLeast = true;
            ++at;
        }
    };
    skipApproximation();
    QString multiplier;
    if (at < text.size() && isMultiplier(text[at])) {
        multiplier = text[at];
        figure.scale = text[at] == u'万' ? 1e4 : 1e8;
        ++at;
        skipApproximation();
    }
    figure.baseUnit = baseUnitAt(text, at, !multiplier.isEmpty());
    figure.unit = multiplier + figure.baseUnit;
    at += figure.baseUnit.size();
    if (text.sliced(at).startsWith(u"以上"))
        figure.atLeast = true;
    return at;
}

struct Number
{
    qsizetype end = 0;
    double value = 0;
    int decimals = 0;
};

// A grouping comma has one to three digits before its first use and exactly three after.
// Reports sometimes write "1,234人"; we read it as 1234, and "2100,420" as two numbers.
bool isGroupingCommaAt(QStringView text, qsizetype at, qsizetype groupStart, bool grouped)
{
    if (at >= text.size() || text[at] != u',' || (!grouped && at - groupStart > 3))
        return false;
    for (qsizetype k = at + 1; k <= at + 3; ++k) {
        if (k >= text.size() || !isAsciiDigit(text[k]))
            return false;
    }
    return at + 4 >= text.size() || !isAsciiDigit(text[at + 4]);
}

Number readArabic(QStringView text, qsizetype start)
{
    Number number;
    QString digits;
    qsizetype at = start;
    bool grouped = false;
    while (at < text.size()) {
        if (isAsciiDigit(text[at])) {
            digits += text[at++];
        } else if (isGroupingCommaAt(text, at, start, grouped)) {
            grouped = true;
            ++at;
        } else {
            break;
        }
    }
    if (at + 1 < text.size() && text[at] == u'.' && isAsciiDigit(text[at + 1])) {
        digits += text[at++];
        while (at < text.size() && isAsciiDigit(text[at])) {
            digits += text[at++];
            ++number.decimals;
        }
    }
    number.end = at;
    number.value = digits.toDouble();
    return number;
}

bool startsClause(QStringView text, qsizetype at)
{
    while (at > 0 && text[at - 1].isSpace())
        --at;
    return at == 0 || kClauseEnds.contains(text[at - 1]);
}

// Numbers that label rather than count: 第3, 表1, 附件2, （1）, "1、" or "1." opening a clause.
bool isLabel(QStringView text, qsizetype start, const Number &number)
{
    const QChar before = start > 0 ? text[start - 1] : QChar();
    const QChar after = number.end < text.size() ? text[number.end] : QChar();
    if (before == u'第' || before == u'表' || before == u'图' || text.first(start).endsWith(u"附件"))
        return true;
    if ((before == u'（' || before == u'(') && (after == u'）' || after == u')'))
        return true;
    return number.decimals == 0 && (after == u'、' || after == u'.') && startsClause(text, start);
}

// ASCII digits: a figure unless they label something, are part of a date or of a code.
std::optional<RecognizedFigure> arabicFigureAt(QStringView text, qsizetype start, qsizetype &end)
{
    const Number number = readArabic(text, start);
    end = number.end;
    const QChar after = end < text.size() ? text[end] : QChar();
    if (isAsciiLetter(after) || isLabel(text, start, number))
        return std::nullopt;
    if (after == u'月' || after == u'日' || after == u'号' || after == u'时')
        return std::nullopt;
    RecognizedFigure figure;
    figure.start = start;
    figure.number = number.value;
    figure.decimals = number.decimals;
    if (after == u'年') {
        // A calendar year; "3年" (a duration) is not a figure of a target.
        const bool year = end - start == 4 && number.decimals == 0 && number.value >= 1900
                          && number.value <= 2100;
        if (!year)
            return std::nullopt;
        figure.isYear = true;
        figure.unit = figure.baseUnit = QStringLiteral("年");
        end += 1;
    } else {
        end = readUnit(text, end, figure);
    }
    figure.length = end - start;
    return figure;
}

// Chinese numerals count only before a unit ("四项", "三万人"); "一是", "第三", "（一）" and
// "三支一扶" have none. A trailing 万/亿 of the run is the multiplier of the unit after it.
std::optional<RecognizedFigure> wordsFigureAt(QStringView text, qsizetype start, qsizetype &end)
{
    qsizetype length = ChineseNumerals::runLength(text, start);
    end = start + length;
    if (length > 1 && isMultiplier(text[end - 1]))
        --length;
    const std::optional<double> value = ChineseNumerals::parse(text.sliced(start, length));
    if (!value || (start > 0 && text[start - 1] == u'第'))
        return std::nullopt;
    RecognizedFigure figure;
    figure.start = start;
    figure.number = *value;
    figure.inWords = true;
    const qsizetype unitEnd = readUnit(text, start + length, figure);
    if (figure.baseUnit.isEmpty() || text.sliced(start).startsWith(u"一起")) // 一起: together
        return std::nullopt;
    end = unitEnd;
    figure.length = end - start;
    return figure;
}

QList<RecognizedFigure> readFigures(QStringView text)
{
    QList<RecognizedFigure> figures;
    qsizetype at = 0;
    while (at < text.size()) {
        const QChar c = text[at];
        const QChar before = at > 0 ? text[at - 1] : QChar();
        qsizetype end = at + 1;
        std::optional<RecognizedFigure> figure;
        if (isAsciiDigit(c) && !isAsciiLetter(before) && before != u'.')
            figure = arabicFigureAt(text, at, end);
        else if (ChineseNumerals::isNumeral(c) && !isAsciiDigit(before))
            figure = wordsFigureAt(text, at, end);
        if (figure)
            figures.append(*figure);
        at = std::max(end, at + 1);
    }
    return figures;
}

bool isBoundaryAt(QStringView text, qsizetype at, const QString &ends)
{
    if (!ends.contains(text[at]))
        return false;
    // A grouping comma between digits is inside a figure, not between clauses.
    return text[at] != u',' || at == 0 || at + 1 >= text.size() || !isAsciiDigit(text[at - 1])
           || !isAsciiDigit(text[at + 1]);
}

void setSpans(QStringView text, RecognizedFigure &figure)
{
    auto startOf = [&](const QString &ends) {
        qsizetype at = figure.start;
        while (at > 0 && !isBoundaryAt(text, at - 1, ends))
            --at;
        return at;
    };
    auto endOf = [&](const QString &ends) {
        qsizetype at = figure.start + figure.length;
        while (at < text.size() && !isBoundaryAt(text, at, ends))
            ++at;
        return at;
    };
    figure.clauseStart = startOf(kClauseEnds);
    figure.clauseEnd = endOf(kClauseEnds);
    figure.sentenceStart = startOf(kSentenceEnds);
    figure.sentenceEnd = endOf(kSentenceEnds);
}

bool joinsList(QStringView text, const RecognizedFigure &previous, const RecognizedFigure &next)
{
    const qsizetype from = previous.start + previous.length;
    const QStringView between = text.sliced(from, next.start - from).trimmed();
    return previous.isYear == next.isYear
           && (between == u"、" || between == u"和" || between == u"及" || between == u"与");
}

// Members written without a unit, with a bare 万/亿, or with 个 before "…个百分点" take the
// unit the list ends with.
void shareListUnit(QList<RecognizedFigure> &figures, qsizetype first, qsizetype last)
{
    const RecognizedFigure &end = figures[last];
    for (qsizetype k = first; k < last; ++k) {
        RecognizedFigure &member = figures[k];
        const bool unitless = member.baseUnit.isEmpty() && end.unit.startsWith(member.unit);
        const bool points = member.unit == u"个" && end.unit == u"个百分点";
        if (!end.baseUnit.isEmpty() && (unitless || points)) {
            member.unit = end.unit;
            member.baseUnit = end.baseUnit;
            member.scale = end.scale;
        }
    }
}

// Lists, their shared unit, 分别, and the cue the words around a list give all its members.
void describeGroups(QStringView text, QList<RecognizedFigure> &figures)
{
    int listCount = 0;
    for (qsizetype first = 0; first < figures.size();) {
        qsizetype last = first;
        while (last + 1 < figures.size() && joinsList(text, figures[last], figures[last + 1]))
            ++last;
        const int size = int(last - first + 1);
        const int listId = size > 1 ? listCount++ : -1;
        shareListUnit(figures, first, last);
        const RecognizedFigure &head = figures[first];
        const RecognizedFigure &tail = figures[last];
        const QStringView before = text.sliced(head.clauseStart, head.start - head.clauseStart);
        const qsizetype tailEnd = tail.start + tail.length;
        const QStringView after = text.sliced(tailEnd, tail.clauseEnd - tailEnd);
        const bool respectively = before.contains(u"分别");
        for (qsizetype k = first; k <= last; ++k) {
            RecognizedFigure &member = figures[k];
            member.listId = listId;
            member.listIndex = int(k - first);
            member.listSize = size;
            member.respectively = size > 1 && respectively;
            member.cue = FigureCues::cueOf(member, before, after);
        }
        first = last + 1;
    }
}

} // namespace

QList<RecognizedFigure> find(const QString &paragraph)
{
    const QString text = normalized(paragraph);
    QList<RecognizedFigure> figures = readFigures(text);
    for (RecognizedFigure &figure : figures) {
        figure.text = paragraph.mid(figure.start, figure.length);
        setSpans(text, figure);
    }
    describeGroups(text, figures);
    return figures;
}

QStringList units()
{
    QStringList lexicon{
        QStringLiteral("万人次"), QStringLiteral("人次"),   QStringLiteral("万人"),
        QStringLiteral("人"),     QStringLiteral("户"),     QStringLiteral("家"),
        QStringLiteral("件"),     QStringLiteral("起"),     QStringLiteral("名"),
        QStringLiteral("项"),     QStringLiteral("个"),     QStringLiteral("场"),
        QStringLiteral("期"),     QStringLiteral("位"),     QStringLiteral("张"),
        QStringLiteral("万元"),   QStringLiteral("亿元"),   QStringLiteral("元"),
        QStringLiteral("万个"),   QStringLiteral("万张"),   QStringLiteral("万户"),
        QStringLiteral("%"),      QStringLiteral("％"),     QStringLiteral("个百分点"),
        QStringLiteral("百分点"), QStringLiteral("年")};
    std::stable_sort(lexicon.begin(), lexicon.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return lexicon;
}

} // namespace zhibiao::FigureRecognizer
