#include "report/textrenderer.h"

#include "report/overloaded.h"

namespace zhibiao::TextRenderer {

namespace {

// Two full-width spaces: the first-line indent of a Chinese paragraph.
const QString kIndent = QStringLiteral("\u3000\u3000");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString plainText(const Report &report)
{
    QString out;
    for (const ReportElement &element : report.elements) {
        std::visit(Overloaded{
                       [&](const ReportTitle &title) { out += title.text + QStringLiteral("\n\n"); },
                       [&](const ReportHeading &heading) { out += kIndent + heading.text + QLatin1Char('\n'); },
                       [&](const ReportParagraph &paragraph) {
                           out += kIndent + paragraph.lead + paragraph.text + QLatin1Char('\n');
                       },
                       [&](const ReportTable &table) {
                           if (!table.caption.isEmpty())
                               out += table.caption + QLatin1Char('\n');
                           out += table.header.join(QLatin1Char('\t')) + QLatin1Char('\n');
                           for (const QStringList &row : table.rows)
                               out += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
                       },
                       [&](const ReportSignature &signature) {
                           out += QLatin1Char('\n') + signature.issuer + QLatin1Char('\n') + signature.date + QLatin1Char('\n');
                       },
                   },
                   element);
    }
    return out;
}

QString html(const Report &report)
{
    QString title;
    QString body;
    for (const ReportElement &element : report.elements) {
        std::visit(Overloaded{
                       [&](const ReportTitle &t) {
                           title = t.text;
                           body += QStringLiteral("<h1>%1</h1>\n").arg(escaped(t.text));
                       },
                       [&](const ReportHeading &heading) {
                           body += QStringLiteral("<h%1>%2</h%1>\n").arg(heading.level + 1).arg(escaped(heading.text));
                       },
                       [&](const ReportParagraph &paragraph) {
                           body += QStringLiteral("<p>");
                           if (!paragraph.lead.isEmpty())
                               body += QStringLiteral("<span class=\"lead\">%1</span>").arg(escaped(paragraph.lead));
                           body += escaped(paragraph.text) + QStringLiteral("</p>\n");
                       },
                       [&](const ReportTable &table) {
                           body += QStringLiteral("<table>\n");
                           if (!table.caption.isEmpty())
                               body += QStringLiteral("<caption>%1</caption>\n").arg(escaped(table.caption));
                           body += QStringLiteral("<thead><tr>");
                           for (const QString &cell : table.header)
                               body += QStringLiteral("<th>%1</th>").arg(escaped(cell));
                           body += QStringLiteral("</tr></thead>\n");
                           for (const QStringList &row : table.rows) {
                               body += QStringLiteral("<tr>");
                               for (const QString &cell : row)
                                   body += QStringLiteral("<td>%1</td>").arg(escaped(cell));
                               body += QStringLiteral("</tr>\n");
                           }
                           body += QStringLiteral("</table>\n");
                       },
                       [&](const ReportSignature &signature) {
                           body += QStringLiteral("<p class=\"signature\">%1<br>%2</p>\n")
                                       .arg(escaped(signature.issuer), escaped(signature.date));
                       },
                   },
                   element);
    }
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
               "<style>\nbody { max-width: 42em; margin: 2em auto; font-family: \"FangSong\", \"Noto Serif CJK SC\", serif; "
               "font-size: 16pt; line-height: 1.8; }\nh1 { text-align: center; font-size: 22pt; }\n"
               "h2 { font-family: \"Noto Sans CJK SC\", sans-serif; font-size: 16pt; font-weight: normal; text-indent: 2em; }\n"
               "p { text-indent: 2em; margin: 0; }\n.lead { font-family: \"AR PL UKai CN\", \"KaiTi\", serif; }\n"
               "table { border-collapse: collapse; margin: 0.5em auto; font-size: 12pt; }\n"
               "td, th { border: 1px solid #000; padding: 0.2em 0.5em; }\ncaption { font-weight: bold; }\n"
               ".signature { text-align: right; text-indent: 0; margin-top: 2em; }\n</style>\n</head>\n<body>\n%2</body>\n</html>\n")
        .arg(escaped(title), body);
}

} // namespace zhibiao::TextRenderer
