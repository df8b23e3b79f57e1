#include "report/templatebinder.h"

#include "core/numberformat.h"
#include "report/reportloader.h"
#include "report/templatesections.h"
#include "storage/orgunitrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace zhibiao {

TemplateData TemplateData::load(const Database &db, int year)
{
    const ReportData report = ReportLoader::load(db, Period{year, 4}, QString());
    TemplateData data;
    data.year = year;
    data.defaultOrgUnit = report.orgUnitCode;
    data.rowsByOrgUnit = report.rowsByOrgUnit;
    const OrgTree tree = OrgUnitRepository(db).tree(); // held: units() is a member of it
    for (const OrgUnit &unit : tree.units())
        data.orgUnitNames.insert(unit.code, unit.name);
    return data;
}

namespace {

struct UnitParts
{
    QString base;
    double scale = 1;
};

// "万人次" → 人次 × 10⁴, "亿元" → 元 × 10⁸, "%" → %.
UnitParts unitParts(const QString &unit)
{
    if (unit.startsWith(QStringLiteral("万")) && unit.size() > 1)
        return {unit.mid(1), 1e4};
    if (unit.startsWith(QStringLiteral("亿")) && unit.size() > 1)
        return {unit.mid(1), 1e8};
    return {unit, 1};
}

// Whether a figure written in the document's unit can state an indicator of this unit.
bool unitsFit(const QString &written, const QString &indicator)
{
    if (written == indicator)
        return true;
    static const QList<QStringList> sameThing = {{QStringLiteral("人"), QStringLiteral("名"), QStringLiteral("位")},
                                                 {QStringLiteral("件"), QStringLiteral("起")}};
    for (const QStringList &group : sameThing)
        if (group.contains(written) && group.contains(indicator))
            return true;
    // A list member whose unit was left to the list's end, or a bare 万.
    return written.isEmpty() && indicator != QLatin1String("%");
}

// The longest run of characters the indicator's name (or its report phrase) shares with
// the words before the figure: how surely those words name it.
int nameScore(const Indicator &indicator, QStringView context)
{
    int best = 0;
    QString phrase = indicator.phrase;
    phrase.remove(QRegularExpression(QStringLiteral("\\{[^}]*\\}")));
    for (const QString &name : {indicator.name, phrase}) {
        for (qsizetype i = 0; i < name.size(); ++i)
            for (qsizetype length = best + 1; i + length <= name.size(); ++length) {
                if (!context.contains(QStringView(name).mid(i, length)))
                    break;
                best = static_cast<int>(length);
            }
    }
    return best;
}

// The stored quantities a figure can state, by the measure its words name.
struct Quantity
{
    QString field;
    double value;   // in the indicator's unit (percent for completion, points for a difference)
    QString unit;   // the unit it is printed in
    int precision;
};

QList<Quantity> quantitiesFor(const RecognizedFigure &figure, const StatusRow &row)
{
    const Indicator &indicator = row.indicator;
    const Evaluation &e = row.evaluation;
    QList<Quantity> result;
    // Percentage points are always a difference, whatever word comes before them.
    const bool points = figure.baseUnit == QLatin1String("个百分点") || figure.baseUnit == QLatin1String("百分点");
    switch (points ? FigureCue::Difference : figure.cue) {
    case FigureCue::Completion:
        if (e.completion)
            result << Quantity{QStringLiteral("completion"), *e.completion, QStringLiteral("%"), 1};
        break;
    case FigureCue::Difference:
        if (e.value && e.target) {
            const double gap = std::abs(NumberFormat::printedDifference(*e.value, *e.target, indicator.precision));
            result << Quantity{QStringLiteral("difference"), gap,
                               indicator.isPercentage() ? QStringLiteral("个百分点") : indicator.unit, indicator.precision};
        }
        break;
    case FigureCue::Target:
    case FigureCue::Ceiling:
        if (e.target)
            result << Quantity{QStringLiteral("target"), *e.target, indicator.unit, indicator.precision};
        break;
    case FigureCue::Growth:
        if (indicator.kind == IndicatorKind::Growth && e.value)
            result << Quantity{QStringLiteral("value"), *e.value, indicator.unit, indicator.precision};
        break;
    case FigureCue::Plain:
        if (e.value)
            result << Quantity{QStringLiteral("value"), *e.value, indicator.unit, indicator.precision};
        break;
    }
    return result;
}

// Whether the document's number states the quantity, and at how many decimals: -1 when the
// program prints it exactly so at the indicator's precision, else the document's decimals
// (a writer who rounded 4.64 to 4.6 on purpose).
std::optional<int> sameNumber(const RecognizedFigure &figure, const Quantity &quantity)
{
    const UnitParts written = unitParts(figure.unit);
    const UnitParts stored = unitParts(quantity.unit);
    const QString wrote = NumberFormat::figure(figure.number, figure.decimals);
    if (written.scale == stored.scale || figure.unit.isEmpty()) {
        if (NumberFormat::figure(quantity.value, quantity.precision) == wrote)
            return -1;
        if (figure.decimals >= 1 && figure.decimals < quantity.precision &&
            NumberFormat::figure(quantity.value, figure.decimals) == wrote)
            return figure.decimals;
        return std::nullopt;
    }
    // Written in another scale (46400人 for 4.64万人): equal as quantities, printed the
    // catalogue's way.
    const double storedValue = quantity.value * stored.scale;
    if (std::abs(storedValue - figure.value()) <= 1e-9 * std::max(1.0, std::abs(storedValue)))
        return -1;
    return std::nullopt;
}

bool fits(const RecognizedFigure &figure, const Quantity &quantity)
{
    if (quantity.unit == QLatin1String("%") || quantity.unit == QLatin1String("个百分点"))
        return figure.baseUnit == quantity.unit ||
               (quantity.unit == QLatin1String("个百分点") && figure.baseUnit == QLatin1String("百分点"));
    return unitsFit(figure.baseUnit, unitParts(quantity.unit).base);
}

} // namespace

TemplateBinder::TemplateBinder(TemplateData data) : m_data(std::move(data))
{
    for (const QList<StatusRow> &rows : std::as_const(m_data.rowsByOrgUnit))
        for (const StatusRow &row : rows)
            m_indicators.insert(row.indicator.code, row.indicator);
}

QList<FigureBinding> TemplateBinder::candidates(const RecognizedFigure &figure, const QString &paragraph) const
{
    if (figure.isYear)
        return {};
    struct Scored
    {
        FigureBinding binding;
        int score;
    };
    QList<Scored> found;
    const QStringView before = QStringView(paragraph).mid(figure.clauseStart, figure.start - figure.clauseStart);
    for (auto org = m_data.rowsByOrgUnit.cbegin(); org != m_data.rowsByOrgUnit.cend(); ++org) {
        for (const StatusRow &row : org.value()) {
            for (const Quantity &quantity : quantitiesFor(figure, row)) {
                if (!fits(figure, quantity))
                    continue;
                const std::optional<int> decimals = sameNumber(figure, quantity);
                if (!decimals)
                    continue;
                FigureBinding binding{row.indicator.code,
                                      org.key() == m_data.defaultOrgUnit ? QString() : org.key(),
                                      quantity.field, *decimals};
                // A count written with another word for its unit ("2100名" of 人) keeps it.
                if (quantity.field == QLatin1String("value") && !figure.unit.isEmpty() &&
                    figure.unit != row.indicator.unit && unitParts(figure.unit).scale == unitParts(row.indicator.unit).scale)
                    binding.field = QStringLiteral("number");
                found << Scored{binding, nameScore(row.indicator, before)};
            }
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Scored &a, const Scored &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return std::tie(a.binding.orgUnit, a.binding.code) < std::tie(b.binding.orgUnit, b.binding.code);
    });
    QList<FigureBinding> result;
    for (const Scored &each : found)
        result << each.binding;
    return result;
}

QString TemplateBinder::describe(const FigureBinding &binding) const
{
    const QString name = m_indicators.contains(binding.code) ? m_indicators.value(binding.code).name : binding.code;
    static const QHash<QString, const char *> fields = {
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("zhibiao::TemplateBinder", "figure")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("zhibiao::TemplateBinder", "figure without unit")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("zhibiao::TemplateBinder", "target")},
        {QStringLiteral("completion"), QT_TRANSLATE_NOOP("zhibiao::TemplateBinder", "completion")},
        {QStringLiteral("difference"), QT_TRANSLATE_NOOP("zhibiao::TemplateBinder", "difference from the target")}};
    QString text = name + QStringLiteral(" · ") +
                   QCoreApplication::translate("zhibiao::TemplateBinder", fields.value(binding.field, ""));
    const QString org = binding.orgUnit.isEmpty() ? m_data.defaultOrgUnit : binding.orgUnit;
    text += QStringLiteral(" · ") + m_data.orgUnitNames.value(org, org);
    if (binding.decimals >= 0)
        text += QStringLiteral(" · ") +
                QCoreApplication::translate("zhibiao::TemplateBinder", "%n decimal(s)", nullptr, binding.decimals);
    return text;
}

std::optional<QString> TemplateBinder::namedOrgUnit(QStringView before) const
{
    qsizetype last = -1;
    std::optional<QString> named;
    const auto consider = [&](const QString &code, const QString &word) {
        if (word.size() < 2)
            return;
        const qsizetype at = before.lastIndexOf(word);
        if (at > last) {
            last = at;
            named = code == m_data.defaultOrgUnit ? QString() : code;
        }
    };
    for (auto it = m_data.orgUnitNames.cbegin(); it != m_data.orgUnitNames.cend(); ++it) {
        consider(it.key(), it.value());
        // "桐溪" for 桐溪县: reports drop the 县/区/市 as often as not.
        static const QRegularExpression suffix(QStringLiteral("[县区市旗]$"));
        consider(it.key(), QString(it.value()).remove(suffix));
    }
    for (const QString &whole : {QStringLiteral("全市"), QStringLiteral("全县"), QStringLiteral("全区")})
        consider(m_data.defaultOrgUnit, whole);
    return named;
}

QList<FigureBinding> TemplateBinder::narrowed(const QList<FigureBinding> &choices, const RecognizedFigure &figure,
                                              const QString &paragraph, const QStringList &sentenceCodes,
                                              const QStringList &listCodes) const
{
    QList<FigureBinding> kept = choices;
    const auto keepOnly = [&kept](const auto &test) {
        QList<FigureBinding> left;
        for (const FigureBinding &each : std::as_const(kept))
            if (test(each))
                left << each;
        if (!left.isEmpty())
            kept = left;
        return !left.isEmpty();
    };
    const QStringView clause = QStringView(paragraph).mid(figure.clauseStart, figure.start - figure.clauseStart);
    const QStringView sentence = QStringView(paragraph).mid(figure.sentenceStart, figure.start - figure.sentenceStart);
    // The org unit: the one named before the figure, else the report's own.
    const std::optional<QString> org = namedOrgUnit(sentence);
    keepOnly([&](const FigureBinding &b) { return b.orgUnit == org.value_or(QString()); });
    // The indicator: the name written before it, surest first.
    const auto byName = [&](QStringView words) {
        int best = 0;
        int second = 0;
        for (const FigureBinding &b : std::as_const(kept)) {
            const int score = nameScore(m_indicators.value(b.code), words);
            if (score > best) {
                second = best;
                best = score;
            } else if (score > second && score <= best) {
                second = score;
            }
        }
        if (best >= 3 && best > second)
            keepOnly([&](const FigureBinding &b) { return nameScore(m_indicators.value(b.code), words) == best; });
    };
    // One stored figure left (it may still be offered at other decimals or as number).
    const auto settled = [&kept] {
        QStringList figures;
        for (const FigureBinding &b : std::as_const(kept))
            figures << b.code + QLatin1Char('@') + b.orgUnit + QLatin1Char('.') + b.field;
        figures.removeDuplicates();
        return figures.size() == 1;
    };
    byName(clause);
    if (settled())
        return kept.mid(0, 1);
    // 分别…: the n-th member of a list states the n-th indicator named before it.
    if (figure.listId >= 0 && listCodes.size() >= figure.listSize) {
        const QString code = listCodes.at(listCodes.size() - figure.listSize + figure.listIndex);
        keepOnly([&](const FigureBinding &b) { return b.code == code; });
    } else if (!sentenceCodes.isEmpty()) {
        // "完成年度目标的102%": the completion of the figure just stated.
        keepOnly([&](const FigureBinding &b) { return b.code == sentenceCodes.last(); });
    }
    if (settled())
        return kept.mid(0, 1);
    byName(sentence);
    return settled() ? kept.mid(0, 1) : kept;
}

ReportTemplate TemplateBinder::bind(const QList<DocumentParagraph> &paragraphs) const
{
    ReportTemplate result;
    result.year = m_data.year;
    result.paragraphs = TemplateSections::split(paragraphs);
    for (TemplateParagraph &paragraph : result.paragraphs) {
        const QString &text = paragraph.source.text;
        QStringList sentenceCodes; // the indicators bound so far in the current sentence
        QStringList listCodes;     // the same, as they stood when the current list began
        qsizetype sentence = -1;
        for (const RecognizedFigure &figure : FigureRecognizer::find(text)) {
            if (figure.isYear)
                continue;
            if (figure.sentenceStart != sentence) {
                sentence = figure.sentenceStart;
                sentenceCodes.clear();
            }
            if (figure.listId >= 0 && figure.listIndex == 0)
                listCodes = sentenceCodes;
            TemplateFigure found;
            found.figure = figure;
            found.choices = candidates(figure, text);
            const QList<FigureBinding> left = narrowed(found.choices, figure, text, sentenceCodes, listCodes);
            if (left.size() == 1) {
                found.state = TemplateFigure::State::Bound;
                found.binding = left.first();
                sentenceCodes.removeAll(found.binding.code);
                sentenceCodes << found.binding.code;
            } else if (!left.isEmpty()) {
                found.state = TemplateFigure::State::Choose;
                // The likeliest first: those the words around it left.
                QList<FigureBinding> ordered = left;
                for (const FigureBinding &each : std::as_const(found.choices))
                    if (!ordered.contains(each))
                        ordered << each;
                found.choices = ordered;
            }
            paragraph.figures << found;
        }
    }
    return result;
}

} // namespace zhibiao
