#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace zhibiao {

// The report as content, independent of any output format: a list of value-type elements
// that the renderers (plain text, HTML, PDF, ODT, DOCX) lay out each in
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

// A table with its caption above it ("表1　2020年主要指标目标建议"). The header row is
// repeated on every page the table spans. columnWeights are relative widths (empty: even);
// columns after the first are centred.
struct ReportTable
{
    QStringList header;
    QList<QStringList> rows;
    QString caption;
    QList<int> columnWeights;
    friend bool operator==(const ReportTable &, const ReportTable &) = default;
};

// The 落款 at the end of the report: the issuing body and the date, each on its own line,
// set to the right.
struct ReportSignature
{
    QString issuer; // "青禾市人力资源和社会保障局"
    QString date;   // "2019年12月20日"
    friend bool operator==(const ReportSignature &, const ReportSignature &) = default;
};

using ReportElement = std::variant<ReportTitle, ReportHeading, ReportParagraph, ReportTable, ReportSignature>;

// What the report could not say, for the writer to fix before it is issued: a
// placeholder without a value, a category without any figure in the period.
struct ReportIssue
{
    QString where; // "二、主要做法 / （一）“四促”稳就业", "一、… / 扶贫工作"
    QString what;  // the placeholder as written, or the category
    QString why;   // in words: "no figure of JY09 in 2019 up to Q3"
    friend bool operator==(const ReportIssue &, const ReportIssue &) = default;
};

struct Report
{
    QList<ReportElement> elements;
    // Placeholders of the narratives that had no value: listed to the writer, never printed.
    QStringList unresolved;
    QList<ReportIssue> issues;
};

} // namespace zhibiao
