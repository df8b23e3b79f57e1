#include "core/textrules.h"

#include <gtest/gtest.h>

using namespace zhibiao;

namespace {
QString fromCodePoint(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}
} // namespace

// The characters refused in names and notes, read in place from UTF-16: surrogate pairs as
// one code point, everything printable (CJK, emoji, a lone surrogate) accepted.
TEST(TextRules, RefusesControlAndDirectionCharactersOnly)
{
    EXPECT_TRUE(TextRules::problem(QStringLiteral("F01 就业 1,234.5"), 100).isEmpty());
    EXPECT_TRUE(TextRules::problem(QString(), 100).isEmpty());
    EXPECT_TRUE(TextRules::problem(QStringLiteral("笑脸 😀 𠀀"), 100).isEmpty()); // astral, as pairs
    EXPECT_TRUE(TextRules::problem(QString(QChar(0xD800)) + QStringLiteral("x"), 100).isEmpty());

    EXPECT_FALSE(TextRules::problem(QStringLiteral("a\x01z"), 100).isEmpty());
    EXPECT_FALSE(TextRules::problem(QStringLiteral("a\x7Fz"), 100).isEmpty()); // DEL
    EXPECT_FALSE(TextRules::problem(QStringLiteral("a") + fromCodePoint(0x85), 100).isEmpty()); // NEL
    EXPECT_FALSE(TextRules::problem(fromCodePoint(0x202E) + QStringLiteral("abc"), 100).isEmpty());
    EXPECT_FALSE(TextRules::problem(QStringLiteral("x") + fromCodePoint(0x2066), 100).isEmpty());
    EXPECT_FALSE(TextRules::problem(fromCodePoint(0x2028), 100).isEmpty());
    EXPECT_TRUE(TextRules::problem(QStringLiteral("😀") + fromCodePoint(0x2029), 100).contains(QStringLiteral("2029")));

    EXPECT_FALSE(TextRules::problem(QStringLiteral("两行\n文字"), 100).isEmpty());
    EXPECT_TRUE(TextRules::problem(QStringLiteral("两行\n文字\t制表"), 100, true).isEmpty());
    EXPECT_FALSE(TextRules::problem(QStringLiteral("两行\r\n"), 100, true).isEmpty());
}

TEST(TextRules, CountsLengthInUtf16Units)
{
    EXPECT_TRUE(TextRules::problem(QStringLiteral("12345"), 5).isEmpty());
    EXPECT_FALSE(TextRules::problem(QStringLiteral("123456"), 5).isEmpty());
}
