#include "testsupport.h"

#include "report/reportcontent.h"
#include "report/reportexporter.h"
#include "report/reportstyle.h"
#include "report/textrenderer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

// Text a person could type into a name, a note or a narrative, aimed at the markup.
const QString kHostile = QStringLiteral("青禾区<script>alert(\"x\")</script> & 'a' \"b\" </text:p> ]]> <![CDATA[ %1 %2 &amp;");

Report hostileReport()
{
    Report r;
    r.elements << ReportTitle{QStringLiteral("标题") + kHostile} << ReportHeading{kHostile, 1}
               << ReportHeading{kHostile, 2} << ReportParagraph{kHostile, QStringLiteral("（一）<b>")}
               << ReportTable{{QStringLiteral("指标"), kHostile}, {{kHostile, QStringLiteral("5.04<i>")}}};
    return r;
}

// The text of every element of an XML document, or the parser's error.
QString xmlText(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters())
            text += reader.text();
    }
    if (reader.hasError())
        *error = QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    return text;
}

QByteArray odtContent(const Report &report, const QTemporaryDir &dir)
{
    QString error;
    const QByteArray odt = ReportExporter::render(report, ReportExporter::Format::Odt, ReportStyle::defaults(), &error);
    EXPECT_FALSE(odt.isEmpty()) << error.toStdString();
    const QString path = dir.filePath(QStringLiteral("hostile.odt"));
    writeFile(path, odt);
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    EXPECT_TRUE(unzip.waitForFinished(30000));
    EXPECT_EQ(unzip.exitCode(), 0) << unzip.readAllStandardError().toStdString();
    return unzip.readAllStandardOutput();
}

} // namespace

TEST(OutputEscaping, HtmlShowsUserTextAndRunsNoneOfIt)
{
    const QString html = TextRenderer::html(hostileReport());
    EXPECT_FALSE(html.contains(QStringLiteral("<script")));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>")));
    EXPECT_FALSE(html.contains(QStringLiteral("<i>")));
    EXPECT_FALSE(html.contains(QStringLiteral("</text:p>")));
    EXPECT_FALSE(html.contains(QStringLiteral("<![CDATA[")));
    // Every ampersand starts an entity: none of the user's is left bare.
    static const QRegularExpression bare(QStringLiteral("&(?!(amp|lt|gt|quot|#\\d+|#x[0-9a-fA-F]+);)"));
    EXPECT_FALSE(bare.match(html).hasMatch()) << html.mid(bare.match(html).capturedStart() - 20, 40).toStdString();
    const QString escaped = kHostile.toHtmlEscaped();
    EXPECT_GE(html.count(escaped), 6) << "each element shows the text as typed";
    // "%1 %2" in user text is text, not a slot for another argument.
    EXPECT_TRUE(html.contains(QStringLiteral("%1 %2 &amp;amp;")));
}

TEST(OutputEscaping, OdtContentIsWellFormedAndHoldsTheTextAsTyped)
{
    QTemporaryDir dir;
    const QByteArray content = odtContent(hostileReport(), dir);
    ASSERT_FALSE(content.isEmpty());
    QString error;
    const QString text = xmlText(content, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_FALSE(content.contains("<script"));
    EXPECT_FALSE(content.contains("<b>"));
    EXPECT_GE(text.count(kHostile), 5) << text.toStdString();
}

// Pasted text can carry control characters (a vertical tab from a word processor, a stray
// escape). XML 1.0 has no way to write most of them, so they must not break the file.
TEST(OutputEscaping, OdtWithControlCharactersStaysWellFormed)
{
    QTemporaryDir dir;
    Report r;
    QString pasted = QStringLiteral("第一行");
    pasted += QChar(0x0B);
    pasted += QStringLiteral("第二行");
    pasted += QChar(0x01);
    pasted += QChar(0x1B);
    pasted += QStringLiteral("完");
    r.elements << ReportTitle{QStringLiteral("标题")} << ReportParagraph{pasted, {}}
               << ReportTable{{QStringLiteral("指标")}, {{pasted}}};
    const QByteArray content = odtContent(r, dir);
    ASSERT_FALSE(content.isEmpty());
    QString error;
    const QString text = xmlText(content, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("第一行"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("完")));
}
