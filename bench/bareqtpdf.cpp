// The floor for the report benchmark: a bare QTextDocument -> QPdfWriter program that prints
// a UTF-8 text file to an A4 PDF in a CJK serif, with none of the report's work (no database,
// no phrasing, no per-line page painting, no ToUnicode repair).
// Given IN.html (bench/report_html.py: the same report with its four faces and its table)
// it prints that instead, so that the floor sets the same document as the program.
// Usage: bareqtpdf IN.txt|IN.html OUT.pdf
#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextDocument>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 1;
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly))
        return 2;
    QPdfWriter writer(args.at(2));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(28, 37, 26, 35), QPageLayout::Millimeter);
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPointSizeF(16.0);
    document.setDefaultFont(font);
    const QString text = QString::fromUtf8(in.readAll());
    if (args.at(1).endsWith(QLatin1String(".html")))
        document.setHtml(text);
    else
        document.setPlainText(text);
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    return 0;
}
