#include "io/zipreader.h"
#include "io/zipwriter.h"

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

TEST(ZipWriterTest, EntriesComeBackInOrderWithTheirMethodAndBytes)
{
    ZipWriter writer;
    const QByteArray text = QByteArray("报告正文 ").repeated(500);
    ASSERT_TRUE(writer.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text",
                           ZipWriter::Method::Stored));
    ASSERT_TRUE(writer.add(QStringLiteral("content.xml"), text));
    ASSERT_TRUE(writer.add(QStringLiteral("META-INF/manifest.xml"), QByteArray()));
    const QByteArray archive = writer.finish();
    ASSERT_FALSE(archive.isEmpty());

    // ODF's sniffing rule: "PK", then the first entry's name at byte 30 and its bytes at 38.
    EXPECT_EQ(archive.mid(30, 8), QByteArray("mimetype"));
    EXPECT_EQ(archive.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));

    const ZipReader reader(archive);
    ASSERT_TRUE(reader.isOpen());
    EXPECT_EQ(reader.names(), (QStringList{QStringLiteral("mimetype"), QStringLiteral("content.xml"), QStringLiteral("META-INF/manifest.xml")}));
    EXPECT_EQ(reader.isStored(QStringLiteral("mimetype")), true);
    EXPECT_EQ(reader.isStored(QStringLiteral("content.xml")), false);
    EXPECT_EQ(reader.entry(QStringLiteral("content.xml")), text);
    EXPECT_EQ(reader.entry(QStringLiteral("META-INF/manifest.xml")), QByteArray());
    EXPECT_FALSE(reader.entry(QStringLiteral("styles.xml")).has_value());
    // Deflated: the repeated text takes far less room than its bytes.
    EXPECT_LT(archive.size(), text.size() / 4);
}

TEST(ZipWriterTest, NothingCanBeAddedAfterFinish)
{
    ZipWriter writer;
    ASSERT_TRUE(writer.add(QStringLiteral("a.txt"), "a"));
    EXPECT_FALSE(writer.finish().isEmpty());
    EXPECT_FALSE(writer.add(QStringLiteral("b.txt"), "b"));
}

TEST(ZipReaderTest, ADamagedArchiveDoesNotOpen)
{
    ZipWriter writer;
    ASSERT_TRUE(writer.add(QStringLiteral("a.txt"), "a"));
    QByteArray archive = writer.finish();
    archive.chop(30); // the end-of-central-directory record (22 bytes) and more
    EXPECT_FALSE(ZipReader(archive).isOpen());
}

TEST(ZipReaderTest, DeclaredSizeAndALimitOnWhatComesOut)
{
    ZipWriter writer;
    const QByteArray text = QByteArray("x").repeated(10000);
    ASSERT_TRUE(writer.add(QStringLiteral("big.txt"), text));
    const ZipReader reader(writer.finish());
    EXPECT_EQ(reader.declaredSize(QStringLiteral("big.txt")), 10000);
    EXPECT_FALSE(reader.declaredSize(QStringLiteral("missing.txt")).has_value());
    EXPECT_EQ(reader.entry(QStringLiteral("big.txt"), 10000), text);
    EXPECT_FALSE(reader.entry(QStringLiteral("big.txt"), 9999).has_value());
    // After a refused read the archive is still usable.
    EXPECT_EQ(reader.entry(QStringLiteral("big.txt")), text);
}

} // namespace
} // namespace zhibiao
