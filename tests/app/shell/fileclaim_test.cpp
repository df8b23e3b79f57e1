#include "app/shell/fileclaim.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

TEST(FileClaimTest, ASecondClaimOnTheSameFileIsRefusedWithTheHolderNamed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bureau.zhibiao"));
    QString refusal;
    QString warning;
    const auto first = FileClaim::claim(path, &refusal, &warning);
    ASSERT_TRUE(first);
    EXPECT_TRUE(warning.isEmpty()) << warning.toStdString();

    const auto second = FileClaim::claim(path, &refusal, &warning);
    EXPECT_FALSE(second);
    EXPECT_FALSE(refusal.isEmpty());
    EXPECT_TRUE(refusal.contains(QString::number(QCoreApplication::applicationPid())))
        << refusal.toStdString();
}

TEST(FileClaimTest, ReleasingTheClaimLetsTheNextWindowIn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bureau.zhibiao"));
    QString refusal;
    {
        const auto first = FileClaim::claim(path, &refusal, nullptr);
        ASSERT_TRUE(first);
    }
    EXPECT_TRUE(FileClaim::claim(path, &refusal, nullptr));
}

} // namespace
} // namespace zhibiao
