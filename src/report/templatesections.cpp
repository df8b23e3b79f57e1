#include "report/templatesections.h"

#include <QRegularExpression>

namespace zhibiao::TemplateSections {

namespace {

// "一、…": a section of the report, whatever style the writer gave it.
bool isTopHeading(const DocumentParagraph &paragraph)
{
    static const QRegularExpression numbered(QStringLiteral("^[一二三四五六七八九十]{1,3}、"));
    return paragraph.headingLevel == 1 || (!paragraph.inTable && numbered.match(paragraph.text).hasMatch());
}

// A table's caption ("表1　2019年主要指标目标建议") or one of its cells.
bool isTablePart(const DocumentParagraph &paragraph)
{
    static const QRegularExpression caption(QStringLiteral("^表\\s*[0-9０-９一二三四五六七八九十]+"));
    return paragraph.inTable || caption.match(paragraph.text).hasMatch();
}

// Prose ends its sentences; a title, a signature or a date line does not.
bool isProse(const QString &text)
{
    static const QRegularExpression ending(QStringLiteral("[。！？；!?;]\\s*$"));
    return ending.match(text).hasMatch();
}

struct ThemeStart
{
    QString theme;
    qsizetype bodyStart = 0;
};

// "（一）稳岗拓岗促就业。一是…" → theme "稳岗拓岗促就业", body after the full stop.
std::optional<ThemeStart> themeStart(const DocumentParagraph &paragraph)
{
    if (paragraph.headingLevel >= 2) {
        static const QRegularExpression ordinal(QStringLiteral("^[（(][一二三四五六七八九十]{1,3}[）)]\\s*"));
        QString theme = paragraph.text;
        theme.remove(ordinal);
        theme.remove(QRegularExpression(QStringLiteral("[。．.：:]\\s*$")));
        return ThemeStart{theme.trimmed(), paragraph.text.size()};
    }
    static const QRegularExpression lead(
        QStringLiteral("^[（(][一二三四五六七八九十]{1,3}[）)]\\s*([^。．：:]{1,40})[。．：:]"));
    const QRegularExpressionMatch match = lead.match(paragraph.text);
    if (!match.hasMatch())
        return std::nullopt;
    return ThemeStart{match.captured(1).trimmed(), match.capturedEnd()};
}

} // namespace

QString sectionOf(const QString &heading)
{
    static const QRegularExpression plan(QStringLiteral("谋划|计划|打算|安排|思路|展望|设想"));
    static const QRegularExpression practice(QStringLiteral("做法|举措|措施|经验|工作开展"));
    if (plan.match(heading).hasMatch())
        return QStringLiteral("plan");
    if (practice.match(heading).hasMatch())
        return QStringLiteral("practice");
    return {};
}

QList<TemplateParagraph> split(const QList<DocumentParagraph> &paragraphs)
{
    QList<TemplateParagraph> result;
    QString section;
    int themeFirst = -1; // the paragraph that began the current theme
    for (const DocumentParagraph &source : paragraphs) {
        TemplateParagraph paragraph;
        paragraph.source = source;
        if (isTopHeading(source)) {
            section = sectionOf(source.text);
            themeFirst = -1;
            result << paragraph;
            continue;
        }
        if (section.isEmpty()) {
            result << paragraph;
            continue;
        }
        if (isTablePart(source)) {
            // The report writes its target table (and the theme that introduces it) from
            // the data, so neither is kept as prose.
            if (themeFirst >= 0)
                for (qsizetype i = themeFirst; i < result.size(); ++i)
                    result[i].section.clear();
            themeFirst = -1;
            result << paragraph;
            continue;
        }
        if (const std::optional<ThemeStart> start = themeStart(source)) {
            paragraph.section = section;
            paragraph.theme = start->theme;
            paragraph.startsTheme = true;
            paragraph.bodyStart = start->bodyStart;
            themeFirst = static_cast<int>(result.size());
        } else if (isProse(source.text)) {
            paragraph.section = section;
            if (themeFirst >= 0 && !result.at(themeFirst).section.isEmpty()) {
                paragraph.theme = result.at(themeFirst).theme;
            } else {
                // Prose before any theme of its section: a theme of its own, named by its
                // first sentence when that is short.
                const qsizetype stop = source.text.indexOf(QRegularExpression(QStringLiteral("[，。；,;]")));
                paragraph.theme = stop > 0 && stop <= 16 ? source.text.left(stop) : source.text.left(12);
                paragraph.startsTheme = true;
                themeFirst = static_cast<int>(result.size());
            }
        }
        result << paragraph;
    }
    return result;
}

} // namespace zhibiao::TemplateSections
