#pragma once

#include "report/reporttemplate.h"

namespace zhibiao::TemplateSections {

// Where each paragraph of last year's report belongs: the section (practice, plan or none)
// and theme, from the report's own headings ("二、主要做法", "（一）稳岗拓岗促就业。…").
// Figures are not looked at; TemplateParagraph::figures stays empty.
QList<TemplateParagraph> split(const QList<DocumentParagraph> &paragraphs);

// The section a top-level heading names: "practice", "plan" or empty.
QString sectionOf(const QString &heading);

} // namespace zhibiao::TemplateSections
