#include "report/reporttemplate.h"

#include "report/placeholderresolver.h"

#include <QHash>

#include <algorithm>

namespace zhibiao {

QString FigureBinding::placeholder() const
{
    return FigurePlaceholder{code, field, orgUnit, decimals}.toString();
}

namespace {

ReportTemplate::Counts countOf(const QList<TemplateParagraph> &paragraphs, bool savedOnly)
{
    ReportTemplate::Counts counts;
    for (const TemplateParagraph &paragraph : paragraphs) {
        if (savedOnly && paragraph.section.isEmpty())
            continue;
        for (const TemplateFigure &figure : paragraph.figures) {
            if (!figure.choices.isEmpty())
                ++counts.matching;
            switch (figure.state) {
            case TemplateFigure::State::Bound: ++counts.bound; break;
            case TemplateFigure::State::Choose: ++counts.choose; break;
            case TemplateFigure::State::Text: ++counts.text; break;
            }
        }
    }
    return counts;
}

// The length of the number itself at the start of a figure's text ("2100" of "2100名",
// "2018" of "2018年"), so that a written unit can be kept.
qsizetype digitsLength(const QString &text)
{
    static const QString numeral = QStringLiteral("0123456789.０１２３４５６７８９．一二三四五六七八九十百千零〇两");
    qsizetype length = 0;
    while (length < text.size() && numeral.contains(text.at(length)))
        ++length;
    return length;
}

// What replaces a bound figure's span: the placeholder alone when it prints the unit as the
// document wrote it, else the figure's digits only, keeping the unit written ("2100名").
QString replacement(const TemplateFigure &figure, qsizetype *replacedLength)
{
    const RecognizedFigure &f = figure.figure;
    *replacedLength = f.length;
    if (figure.binding.field == QLatin1String("number"))
        *replacedLength = digitsLength(f.text);
    return figure.binding.placeholder();
}

// The paragraph's text from offset from, its bound figures as placeholders and the
// report's years as {{year}} / {{next_year}}.
QString withPlaceholders(const TemplateParagraph &paragraph, int year, qsizetype from)
{
    const QString &text = paragraph.source.text;
    struct Edit
    {
        qsizetype start;
        qsizetype length;
        QString text;
    };
    QList<Edit> edits;
    for (const TemplateFigure &figure : paragraph.figures) {
        if (figure.state != TemplateFigure::State::Bound || figure.figure.start < from)
            continue;
        qsizetype length = 0;
        const QString placeholder = replacement(figure, &length);
        edits << Edit{figure.figure.start, length, placeholder};
    }
    for (const RecognizedFigure &figure : FigureRecognizer::find(text)) {
        if (!figure.isYear || figure.inWords || figure.start < from)
            continue;
        const int written = static_cast<int>(figure.number);
        const QString name = written == year ? QStringLiteral("{{year}}")
                             : written == year + 1 ? QStringLiteral("{{next_year}}")
                                                   : QString();
        if (!name.isEmpty())
            edits << Edit{figure.start, digitsLength(figure.text), name};
    }
    // 全年 of a year-end report names the period of the figures its clause states: in next
    // year's report it must follow the period (前三季度 before Q4), so it becomes {{period}}.
    static const QString fullYear = QStringLiteral("全年");
    for (qsizetype at = text.indexOf(fullYear, from); at >= 0; at = text.indexOf(fullYear, at + fullYear.size())) {
        const bool statesABoundFigure = std::any_of(
            paragraph.figures.cbegin(), paragraph.figures.cend(), [&](const TemplateFigure &figure) {
                return figure.state == TemplateFigure::State::Bound && figure.figure.clauseStart <= at &&
                       at < figure.figure.start;
            });
        if (statesABoundFigure)
            edits << Edit{at, fullYear.size(), QStringLiteral("{{period}}")};
    }
    // Applied from the end, so that the offsets of the earlier ones still hold.
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.start > b.start; });
    QString result = text;
    for (const Edit &edit : edits)
        result.replace(edit.start, edit.length, edit.text);
    return result.mid(from);
}

} // namespace

ReportTemplate::Counts ReportTemplate::counts() const
{
    return countOf(paragraphs, false);
}

ReportTemplate::Counts ReportTemplate::savedCounts() const
{
    return countOf(paragraphs, true);
}

void ReportTemplate::setBinding(int p, int f, std::optional<FigureBinding> binding)
{
    TemplateFigure &figure = paragraphs[p].figures[f];
    figure.state = binding ? TemplateFigure::State::Bound
                           : (figure.choices.size() > 1 ? TemplateFigure::State::Choose : TemplateFigure::State::Text);
    if (binding && !figure.choices.contains(*binding))
        figure.choices.prepend(*binding);
    figure.binding = binding.value_or(FigureBinding{});
}

QString ReportTemplate::templateText(int p) const
{
    return withPlaceholders(paragraphs.at(p), year, 0);
}

QList<Narrative> ReportTemplate::narratives() const
{
    QList<Narrative> result;
    QHash<QString, int> sortBySection;
    for (const TemplateParagraph &paragraph : paragraphs) {
        if (paragraph.section.isEmpty())
            continue;
        const QString body = withPlaceholders(paragraph, year, paragraph.startsTheme ? paragraph.bodyStart : 0).trimmed();
        if (paragraph.startsTheme)
            result << Narrative{year + 1, paragraph.section, paragraph.theme, ++sortBySection[paragraph.section], body};
        else if (!result.isEmpty() && result.last().section == paragraph.section)
            result.last().body += body; // a theme's further paragraphs, as one body
    }
    return result;
}

} // namespace zhibiao
