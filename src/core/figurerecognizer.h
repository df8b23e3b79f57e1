#pragma once

#include <QList>
#include <QString>

namespace zhibiao {

// What the words around a number say it measures, as year-end reports phrase it.
enum class FigureCue {
    Plain,      // a figure stated as reached: "新增就业4.64万人", "调解率65.8%"
    Completion, // 完成…(年度目标)的X%: the share of the target reached
    Growth,     // 增长X%, 增速X%, 同比增长X%: growth against a year before
    Difference, // 超出/超过/高于/低于/差 X(个百分点|unit): how far from the target
    Ceiling,    // 控制在X%以内: a limit the figure stays within (a ceiling target)
    Target,     // X(的)(年度)目标, 年度目标X: the target itself
};

// One number found in a paragraph of prose, with its unit and what it measures.
struct RecognizedFigure
{
    qsizetype start = 0;  // the span in the paragraph: the number, its multiplier and its
    qsizetype length = 0; // unit as written ("5.2万人", "105%", "5.8个" of "5.8个、3.6个百分点")
    QString text;         // that span
    double number = 0;    // as written, before the multiplier: 5.2 of "5.2万人"
    int decimals = 0;     // decimals as written: 1 of "5.2万人", 0 of "五千人"
    QString unit;         // as written and completed from a shared list unit: "万人", "个百分点", "%", "" when none
    QString baseUnit;     // the unit without 万/亿: "人", "元", "人次", "个百分点", "%"
    double scale = 1;     // 1, 1e4 (万) or 1e8 (亿)
    double value() const { return number * scale; } // in baseUnit: 52000 of "5.2万人"
    bool atLeast = false;   // "余"/"多"/"以上" follows: the true figure is at least this
    bool inWords = false;   // written in Chinese numerals ("两千三百人", "四项")
    bool isYear = false;    // a calendar year such as "2018年" (unit "年"): not a figure
    FigureCue cue = FigureCue::Plain;
    // A run of figures joined by 、/和/及/与 ("57.84万人、26.91万人和30.46万人") is one list:
    // listId counts lists from 0 in the paragraph (-1 when the figure stands alone),
    // listIndex is the position in it, listSize its length; respectively is set when 分别
    // precedes the list in its clause.
    int listId = -1;
    int listIndex = 0;
    int listSize = 1;
    bool respectively = false;
    // The clause (between ，；。：！？ and the paragraph's ends) and the sentence (between
    // 。；！？) that hold the figure, as spans of the paragraph.
    qsizetype clauseStart = 0;
    qsizetype clauseEnd = 0;
    qsizetype sentenceStart = 0;
    qsizetype sentenceEnd = 0;
};

// Finds the figures of a paragraph: ASCII and full-width digits with decimals, 万/亿
// multipliers, Chinese numerals followed by a unit, the units of a bureau's catalogue. Not
// figures: ordinals (一是, （一）, 第三), dates (12月3日), table and clause numbers (表1),
// and names that hold a numeral (三支一扶). Years are returned with isYear set.
namespace FigureRecognizer {
QList<RecognizedFigure> find(const QString &paragraph);
// The units recognized, longest first ("万人次" before "万人" before "人").
QStringList units();
} // namespace FigureRecognizer

} // namespace zhibiao
