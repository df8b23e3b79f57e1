#pragma once

#include "core/figurerecognizer.h"
#include "io/documentparagraphs.h"
#include "storage/narrativerepository.h"

#include <QList>
#include <QString>

namespace zhibiao {

// What a number of last year's report is tied to: a placeholder of the report engine.
struct FigureBinding
{
    QString code;       // the indicator
    QString orgUnit;    // empty: the report's own org unit
    QString field;      // value, number, target, completion or difference (PlaceholderResolver)
    int decimals = -1;  // -1: the indicator's precision; else as many as the document wrote

    // "{{JY01.value}}", "{{JY02.value@D03}}", "{{MS02.difference:1}}".
    QString placeholder() const;
    friend bool operator==(const FigureBinding &, const FigureBinding &) = default;
};

// One number of the document and what became of it.
struct TemplateFigure
{
    enum class State {
        Bound,  // tied to one stored figure: written as a placeholder
        Choose, // several stored figures fit: left as text until someone chooses
        Text,   // nothing stored fits (or someone unbound it): stays as written
    };
    RecognizedFigure figure;
    State state = State::Text;
    FigureBinding binding;          // the placeholder written when Bound
    QList<FigureBinding> choices;   // every stored figure of the year the number equals
};

// One paragraph of the document, where it belongs and its numbers (years not included).
struct TemplateParagraph
{
    DocumentParagraph source;
    // "practice" (二、主要做法) or "plan" (三、工作谋划): saved as that section's narrative;
    // empty: not saved (the title, section 一 and the target table, which the report
    // writes from the data itself, the signature).
    QString section;
    QString theme;          // the theme this paragraph belongs to (its own heading or the one above)
    bool startsTheme = false; // "（一）theme。…" or a heading: begins a new narrative
    qsizetype bodyStart = 0;  // where the body begins in source.text (after "（一）theme。")
    QList<TemplateFigure> figures;
};

// Last year's report read and bound: the review screen edits it, accepting saves
// narratives() as the next year's sections 二 and 三.
class ReportTemplate
{
public:
    int year = 0;                      // the year the document reports on
    QList<TemplateParagraph> paragraphs;

    struct Counts
    {
        int bound = 0;
        int choose = 0;
        int text = 0;
        int matching = 0; // numbers equal to at least one stored figure of the year
        int boundOfMatching() const { return bound; }
    };
    Counts counts() const;             // over every paragraph (years not counted)
    Counts savedCounts() const;        // over the paragraphs that are saved

    // Binds figure f of paragraph p to choice (one of its choices, or any binding), or
    // unbinds it (nullopt: left as text).
    void setBinding(int p, int f, std::optional<FigureBinding> binding);

    // The paragraph's text with its bound figures as placeholders and the report's years
    // as {{year}} / {{next_year}} (for a template of year + 1).
    QString templateText(int p) const;
    // One narrative per theme of sections 二 and 三, for year + 1, in document order.
    QList<Narrative> narratives() const;
};

} // namespace zhibiao
