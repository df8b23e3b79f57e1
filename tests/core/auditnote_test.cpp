#include "core/auditnote.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QLocale>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

TEST(AuditNoteTest, WithoutACatalogueTheStoredNoteIsShownAsWritten)
{
    EXPECT_EQ(AuditNote::displayed(QStringLiteral("import figures.csv")), QStringLiteral("import figures.csv"));
    EXPECT_EQ(AuditNote::displayed(QStringLiteral("undo")), QStringLiteral("undo"));
}

TEST(AuditNoteTest, TheProgramsOwnNotesReadInChineseAndAPersonsWordsStayAsTyped)
{
    Translations::install(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China));
    EXPECT_EQ(AuditNote::displayed(QStringLiteral("import figures.csv")), QStringLiteral("导入 figures.csv"));
    EXPECT_EQ(AuditNote::displayed(QStringLiteral("import 2019年 三季度.xlsx")),
              QStringLiteral("导入 2019年 三季度.xlsx"));
    EXPECT_EQ(AuditNote::displayed(QStringLiteral("import")), QStringLiteral("导入"));
    EXPECT_EQ(AuditNote::displayed(QStringLiteral("undo")), QStringLiteral("撤销"));
    const QString adopted = AuditNote::displayed(QStringLiteral("adopted from the 2019 report proposals"));
    EXPECT_TRUE(adopted.contains(QStringLiteral("2019"))) << qPrintable(adopted);
    EXPECT_FALSE(adopted.contains(QStringLiteral("adopted"))) << qPrintable(adopted);

    // Not the program's shapes: shown exactly as stored.
    for (const QString &own : {QStringLiteral("importance of the county's report"), QStringLiteral("import "),
                               QStringLiteral("项目集中在下半年实施，进度暂时滞后。"), QStringLiteral("Undo")})
        EXPECT_EQ(AuditNote::displayed(own), own);
}

} // namespace
} // namespace zhibiao
