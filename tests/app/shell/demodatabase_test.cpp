#include "app/shell/demodatabase.h"
#include "storage/cataloguerepository.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

TEST(DemoDatabaseTest, CreatedOnFirstUseInAppData)
{
    EXPECT_TRUE(DemoDatabase::defaultPath().endsWith(QStringLiteral("/demo.zhibiao")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/demo.zhibiao"));
    OpenError error;
    auto db = DemoDatabase::openOrCreate(path, &error);
    ASSERT_TRUE(db) << error.message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(path));
    EXPECT_EQ(CatalogueRepository(*db).indicators().size(), 45);
}

TEST(DemoDatabaseTest, AnExistingFileIsNeverRefilled)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.zhibiao"));
    OpenError error;
    Database::open(path, Database::Mode::CreateIfMissing, &error).reset(); // an empty bureau
    auto db = DemoDatabase::openOrCreate(path, &error);
    ASSERT_TRUE(db) << error.message.toStdString();
    EXPECT_TRUE(CatalogueRepository(*db).indicators().isEmpty());
}

} // namespace
} // namespace zhibiao
