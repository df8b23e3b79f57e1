#include "io/documentparagraphs.h"
#include "io/zipwriter.h"

#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

using Format = DocumentParagraphs::Format;

// A DOCX of the given body (inside w:body), prefixed "x:" on purpose: readers must match
// the namespace, not the customary "w:".
QByteArray docx(const QByteArray &body, const QByteArray &styles = {})
{
    ZipWriter zip;
    const QByteArray document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                "<x:document xmlns:x=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                "<x:body>" + body + "</x:body></x:document>";
    EXPECT_TRUE(zip.add(QStringLiteral("word/document.xml"), document));
    if (!styles.isEmpty()) {
        EXPECT_TRUE(zip.add(QStringLiteral("word/styles.xml"),
                            "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                + styles + "</w:styles>"));
    }
    return zip.finish();
}

QByteArray odt(const QByteArray &text, const QByteArray &manifest = {})
{
    ZipWriter zip;
    EXPECT_TRUE(zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", ZipWriter::Method::Stored));
    EXPECT_TRUE(zip.add(QStringLiteral("content.xml"),
                        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                        " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">"
                        "<office:body><office:text>" + text + "</office:text></office:body></office:document-content>"));
    if (!manifest.isEmpty()) {
        EXPECT_TRUE(zip.add(QStringLiteral("META-INF/manifest.xml"), manifest));
    }
    return zip.finish();
}

QList<DocumentParagraph> read(const QByteArray &bytes, Format format)
{
    QString error;
    const QList<DocumentParagraph> paragraphs = DocumentParagraphs::read(bytes, format, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return paragraphs;
}

QString errorOf(const QByteArray &bytes, Format format)
{
    QString error;
    EXPECT_TRUE(DocumentParagraphs::read(bytes, format, &error).isEmpty());
    return error;
}

DocumentParagraph body(const char *text, bool inTable = false)
{
    return DocumentParagraph{QString::fromUtf8(text), 0, inTable};
}

DocumentParagraph heading(const char *text, int level)
{
    return DocumentParagraph{QString::fromUtf8(text), level, false};
}

TEST(DocumentParagraphsTest, FormatBySuffix)
{
    EXPECT_EQ(DocumentParagraphs::formatOf(QStringLiteral("2025年工作总结.DOCX")), Format::Docx);
    EXPECT_EQ(DocumentParagraphs::formatOf(QStringLiteral("/tmp/a.odt")), Format::Odt);
    EXPECT_EQ(DocumentParagraphs::formatOf(QStringLiteral("a.txt")), Format::Text);
    EXPECT_FALSE(DocumentParagraphs::formatOf(QStringLiteral("a.doc")).has_value());
}

TEST(DocumentParagraphsTest, DocxRunsJoinedAndParagraphsInOrder)
{
    const QByteArray bytes = docx("<x:p><x:r><x:t>城镇新增就业</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>4.64</x:t></x:r>"
                                  "<x:r><x:t>万人</x:t></x:r></x:p>"
                                  "<x:p><x:r><x:t xml:space=\"preserve\">  </x:t></x:r></x:p>" // empty: dropped
                                  "<x:p><x:hyperlink><x:r><x:t>链接</x:t></x:r></x:hyperlink><x:ins><x:r><x:t>插入</x:t></x:r></x:ins>"
                                  "<x:smartTag><x:r><x:t>标记</x:t></x:r></x:smartTag>"
                                  "<x:sdt><x:sdtContent><x:r><x:t>控件</x:t></x:r></x:sdtContent></x:sdt></x:p>"
                                  "<x:p><x:r><x:t>甲</x:t><x:tab/><x:t>乙</x:t><x:br/><x:t>丙</x:t><x:cr/><x:t>丁　</x:t></x:r></x:p>"
                                  "<x:p><x:r><x:t>　　末段</x:t></x:r></x:p>");
    EXPECT_EQ(read(bytes, Format::Docx), (QList<DocumentParagraph>{body("城镇新增就业4.64万人"), body("链接插入标记控件"),
                                                                   body("甲 乙 丙 丁"), body("末段")}));
}

TEST(DocumentParagraphsTest, DocxSkipsDeletedTextFieldCodesAndFootnoteReferences)
{
    const QByteArray bytes = docx("<x:p><x:del><x:r><x:delText>旧数</x:delText></x:r></x:del><x:r><x:t>新数</x:t></x:r>"
                                  "<x:r><x:fldChar x:fldCharType=\"begin\"/></x:r><x:r><x:instrText> PAGE </x:instrText></x:r>"
                                  "<x:r><x:fldChar x:fldCharType=\"separate\"/></x:r><x:r><x:t>3</x:t></x:r>"
                                  "<x:r><x:fldChar x:fldCharType=\"end\"/></x:r>"
                                  "<x:r><x:footnoteReference x:id=\"1\"/></x:r></x:p>");
    EXPECT_EQ(read(bytes, Format::Docx), QList<DocumentParagraph>{body("新数3")});
}

TEST(DocumentParagraphsTest, DocxHeadingsByOutlineLevelAndByStyle)
{
    const QByteArray styles = "<w:style w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style>"
                              "<w:style w:styleId=\"a5\"><w:name w:val=\"标题样式\"/><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>";
    const QByteArray bytes = docx("<x:p><x:pPr><x:outlineLvl x:val=\"1\"/></x:pPr><x:r><x:t>二级</x:t></x:r></x:p>"
                                  "<x:p><x:pPr><x:pStyle x:val=\"Heading4\"/></x:pPr><x:r><x:t>四级</x:t></x:r></x:p>"
                                  "<x:p><x:pPr><x:pStyle x:val=\"1\"/><x:tabs><x:tab x:val=\"left\" x:pos=\"420\"/></x:tabs></x:pPr>"
                                  "<x:r><x:t>一级</x:t></x:r></x:p>"
                                  "<x:p><x:pPr><x:pStyle x:val=\"a5\"/></x:pPr><x:r><x:t>三级</x:t></x:r></x:p>"
                                  "<x:p><x:pPr><x:outlineLvl x:val=\"9\"/></x:pPr><x:r><x:t>正文</x:t></x:r></x:p>",
                                  styles);
    EXPECT_EQ(read(bytes, Format::Docx), (QList<DocumentParagraph>{heading("二级", 2), heading("四级", 4), heading("一级", 1),
                                                                   heading("三级", 3), body("正文")}));
}

TEST(DocumentParagraphsTest, DocxTableParagraphsAreMarked)
{
    const QByteArray bytes = docx("<x:p><x:r><x:t>前</x:t></x:r></x:p>"
                                  "<x:tbl><x:tr><x:tc><x:p><x:r><x:t>指标</x:t></x:r></x:p></x:tc>"
                                  "<x:tc><x:p><x:r><x:t>4.64</x:t></x:r></x:p></x:tc></x:tr></x:tbl>"
                                  "<x:p><x:r><x:t>后</x:t></x:r></x:p>");
    EXPECT_EQ(read(bytes, Format::Docx),
              (QList<DocumentParagraph>{body("前"), body("指标", true), body("4.64", true), body("后")}));
}

TEST(DocumentParagraphsTest, OdtParagraphsHeadingsTablesAndSpaces)
{
    const QByteArray bytes = odt("<text:h text:outline-level=\"2\">一、<text:span>主要做法</text:span></text:h>"
                                 "<text:h>无级别</text:h>"
                                 "<text:p>城镇新增<text:span>就业</text:span><text:a>4.64</text:a>万人"
                                 "<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>脚注</text:p>"
                                 "</text:note-body></text:note></text:p>"
                                 "<text:p>甲<text:s text:c=\"3\"/>乙<text:tab/>丙<text:line-break/>丁</text:p>"
                                 "<text:p>  \n  </text:p>"
                                 "<table:table><table:table-row><table:table-cell><text:p>单元格</text:p>"
                                 "</table:table-cell></table:table-row></table:table>"
                                 "<text:p>批<office:annotation><text:p>批注</text:p></office:annotation>注</text:p>");
    EXPECT_EQ(read(bytes, Format::Odt),
              (QList<DocumentParagraph>{heading("一、主要做法", 2), heading("无级别", 1), body("城镇新增就业4.64万人"),
                                        body("甲   乙 丙 丁"), body("单元格", true), body("批注")}));
}

TEST(DocumentParagraphsTest, OdtTrackedChangesSkipped)
{
    const QByteArray bytes = odt("<text:tracked-changes><text:changed-region><text:deletion><text:p>删去的</text:p>"
                                 "</text:deletion></text:changed-region></text:tracked-changes><text:p>保留的</text:p>");
    EXPECT_EQ(read(bytes, Format::Odt), QList<DocumentParagraph>{body("保留的")});
}

TEST(DocumentParagraphsTest, TextUtf8WithBomAndCrLf)
{
    const QByteArray bytes = "\xEF\xBB\xBF" "第一段\r\n\r\n　\r\n第二段  \r\n";
    EXPECT_EQ(read(bytes, Format::Text), (QList<DocumentParagraph>{body("第一段"), body("第二段")}));
}

TEST(DocumentParagraphsTest, TextInGb18030)
{
    QStringEncoder encoder("GB18030");
    ASSERT_TRUE(encoder.isValid());
    const QByteArray bytes = encoder.encode(QStringLiteral("城镇新增就业4.64万人\n失业率3.2%"));
    EXPECT_EQ(read(bytes, Format::Text), (QList<DocumentParagraph>{body("城镇新增就业4.64万人"), body("失业率3.2%")}));
}

TEST(DocumentParagraphsTest, GarbageIsNotADocument)
{
    const QString error = errorOf("这不是压缩包 garbage bytes", Format::Docx);
    EXPECT_TRUE(error.contains(QLatin1String("not a .docx document or is damaged"))) << error.toStdString();
    EXPECT_TRUE(errorOf("garbage", Format::Odt).contains(QLatin1String(".odt")));
}

TEST(DocumentParagraphsTest, AnArchiveWithoutItsDocumentPart)
{
    ZipWriter zip;
    ASSERT_TRUE(zip.add(QStringLiteral("word/styles.xml"), "<styles/>"));
    const QByteArray bytes = zip.finish();
    EXPECT_TRUE(errorOf(bytes, Format::Docx).contains(QLatin1String("word/document.xml")));
    EXPECT_TRUE(errorOf(bytes, Format::Odt).contains(QLatin1String("content.xml")));
}

TEST(DocumentParagraphsTest, AZipBombIsRefused)
{
    // 65 MB of spaces deflate to about 64 kB.
    ZipWriter zip;
    ASSERT_TRUE(zip.add(QStringLiteral("content.xml"), QByteArray(65 * 1024 * 1024, ' ')));
    const QString error = errorOf(zip.finish(), Format::Odt);
    EXPECT_TRUE(error.contains(QLatin1String("more than 64 MB"))) << error.toStdString();
}

TEST(DocumentParagraphsTest, MalformedXmlGivesTheLine)
{
    const QString error = errorOf(docx("<x:p>\n<x:r><x:t>未闭合</x:r></x:p>"), Format::Docx);
    EXPECT_TRUE(error.contains(QLatin1String("line 2"))) << error.toStdString();
}

TEST(DocumentParagraphsTest, PasswordProtectedDocuments)
{
    // An encrypted DOCX is an OLE compound file holding an "EncryptedPackage" stream.
    const QString stream = QStringLiteral("EncryptedPackage");
    const QByteArray ole = QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(500, '\0')
                           + QByteArray(reinterpret_cast<const char *>(stream.utf16()), stream.size() * 2);
    EXPECT_TRUE(errorOf(ole, Format::Docx).contains(QLatin1String("password-protected")));
    // Without that stream it is an old .doc.
    EXPECT_TRUE(errorOf(QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(500, '\0'), Format::Docx)
                    .contains(QLatin1String(".doc")));

    const QByteArray manifest = "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                                "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/>"
                                "</manifest:file-entry></manifest:manifest>";
    EXPECT_TRUE(errorOf(odt("<text:p>密</text:p>", manifest), Format::Odt).contains(QLatin1String("password-protected")));
}

TEST(DocumentParagraphsTest, ReadFileErrors)
{
    QString error;
    EXPECT_TRUE(DocumentParagraphs::readFile(QStringLiteral("/nonexistent/a.docx"), &error).isEmpty());
    EXPECT_TRUE(error.contains(QLatin1String("cannot be opened"))) << error.toStdString();
    EXPECT_TRUE(DocumentParagraphs::readFile(QStringLiteral("report.pdf"), &error).isEmpty());
    EXPECT_TRUE(error.contains(QLatin1String(".docx, .odt or .txt")));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("报告.docx"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(docx("<x:p><x:r><x:t>正文</x:t></x:r></x:p>"));
    file.close();
    EXPECT_EQ(DocumentParagraphs::readFile(path, &error), QList<DocumentParagraph>{body("正文")});
    EXPECT_TRUE(error.isEmpty());
}

} // namespace
} // namespace zhibiao
