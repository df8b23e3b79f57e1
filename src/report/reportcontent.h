#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace zhibiao {

// The report as content, independent of any output format: a list of value-type elements
// that the renderers (plain text, HTML, QTextDocument for PDF and ODT) lay out each in
// their own way, with the same words.

struct ReportTitle
{
    QString text;
    friend bool operator==(const ReportTitle &, const ReportTitle &) = default;
};

// Level 1: "一、…" (黑体); level 2: "（一）…" (楷体).
struct ReportHeading
{
    QString text;
    int level = 1;
    friend bool operator==(const ReportHeading &, const ReportHeading &) = default;
};

// A body paragraph, first line indented. A non-empty lead ("（一）…。") starts the
// paragraph in the level-2 heading face, as bureau reports run a subsection's title into
// its first paragraph.
struct ReportParagraph
{
    QString text;
    QString lead;
    friend bool operator==(const ReportParagraph &, const ReportParagraph &) = default;
};

struct ReportTable
{
    QStringList header;
    QList<QStringList> rows;
    friend bool operator==(const ReportTable &, const ReportTable &) = default;
};

using ReportElement = std::variant<ReportTitle, ReportHeading, ReportParagraph, ReportTable>;

struct Report
{
    QList<ReportElement> elements;
    // Placeholders of the narratives that had no value: listed to the writer, never printed.
    QStringList unresolved;
};

} // namespace zhibiao
