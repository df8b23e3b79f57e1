#include "app/shell/welcomedialog.h"
#include "io/newbureau.h"
#include "storage/cataloguerepository.h"
#include "storage/figurerepository.h"
#include "storage/orgunitrepository.h"
#include "storage/profilerepository.h"
#include "storage/targetrepository.h"
#include "storage/userrepository.h"

#include <QFileInfo>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

NewBureauSpec sampleSpec()
{
    NewBureauSpec spec;
    spec.bureau = QStringLiteral("人力资源和社会保障局");
    spec.city = QStringLiteral("云杉市");
    spec.counties = {QStringLiteral("东区"), QStringLiteral(" 西区 "), QString(), QStringLiteral("北县")};
    spec.firstYear = 2021;
    spec.creator = QStringLiteral("王芳");
    return spec;
}

TEST(NewBureauTest, WritesCountiesCatalogueProfileAndAdminButNoFigures)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("yunshan.zhibiao"));
    QString error;
    auto db = NewBureau::create(path, sampleSpec(), &error);
    ASSERT_TRUE(db) << error.toStdString();

    const OrgTree tree = OrgUnitRepository(*db).tree();
    ASSERT_TRUE(tree.root());
    const QList<OrgUnit> counties = tree.children(tree.root()->code);
    ASSERT_EQ(counties.size(), 3); // the blank line is no county
    EXPECT_EQ(counties.at(0).name, QStringLiteral("东区"));
    EXPECT_EQ(counties.at(1).name, QStringLiteral("西区"));
    EXPECT_EQ(counties.at(2).name, QStringLiteral("北县"));

    const QList<Indicator> catalogue = CatalogueRepository(*db).indicators();
    EXPECT_EQ(catalogue.size(), 45);
    EXPECT_EQ(catalogue.constFirst().code, QStringLiteral("JY01"));
    EXPECT_TRUE(FigureRepository(*db).figures().isEmpty());
    EXPECT_TRUE(TargetRepository(*db).targets().isEmpty());

    const BureauProfile profile = ProfileRepository(*db).profile();
    EXPECT_EQ(profile.city, QStringLiteral("云杉市"));
    EXPECT_EQ(profile.bureau, QStringLiteral("人力资源和社会保障局"));
    const std::optional<User> admin = UserRepository(*db).find(QStringLiteral("王芳"));
    ASSERT_TRUE(admin);
    EXPECT_EQ(admin->role, Role::Admin);
}

TEST(NewBureauTest, EmptyCatalogueOnRequest)
{
    QTemporaryDir dir;
    NewBureauSpec spec = sampleSpec();
    spec.referenceCatalogue = false;
    QString error;
    auto db = NewBureau::create(dir.filePath(QStringLiteral("b.zhibiao")), spec, &error);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_TRUE(CatalogueRepository(*db).indicators().isEmpty());
}

TEST(NewBureauTest, RefusesABadSpecOrAnExistingFileAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.zhibiao"));
    NewBureauSpec spec = sampleSpec();
    spec.counties = {QStringLiteral("东区"), QStringLiteral("东区")};
    QString error;
    EXPECT_FALSE(NewBureau::create(path, spec, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(path));

    spec = sampleSpec();
    spec.city.clear();
    EXPECT_FALSE(NewBureau::create(path, spec, &error));
    EXPECT_FALSE(QFileInfo::exists(path));

    // A terminal escape or a name without end is refused before any file is made.
    spec = sampleSpec();
    spec.city = QStringLiteral("青禾\x1b[31m市");
    EXPECT_FALSE(NewBureau::create(path, spec, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("control character"))) << error.toStdString();
    spec = sampleSpec();
    spec.counties = {QStringLiteral("县").repeated(101)};
    EXPECT_FALSE(NewBureau::create(path, spec, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("at most 100"))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));

    ASSERT_TRUE(NewBureau::create(path, sampleSpec(), &error));
    error.clear();
    EXPECT_FALSE(NewBureau::create(path, sampleSpec(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("c.zhibiao")));
}

TEST(WelcomeDialogTest, CreatesTheBureauTheFormDescribes)
{
    QTemporaryDir dir;
    WelcomeDialog page;
    page.setQuiet(true);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.setSpec(sampleSpec());
    const QString path = dir.filePath(QStringLiteral("w.zhibiao"));
    ASSERT_TRUE(page.createAt(path)) << page.lastError().toStdString();
    EXPECT_EQ(page.result(), QDialog::Accepted);
    EXPECT_EQ(page.createdUser(), QStringLiteral("王芳"));
    EXPECT_EQ(page.firstYear(), 2021);
    auto db = page.takeDatabase();
    ASSERT_TRUE(db);
    EXPECT_EQ(db->path(), path);
    EXPECT_EQ(OrgUnitRepository(*db).tree().units().size(), 4);
}

TEST(WelcomeDialogTest, AnIncompleteFormIsRefusedWithAReason)
{
    QTemporaryDir dir;
    WelcomeDialog page;
    page.setQuiet(true);
    NewBureauSpec spec = sampleSpec();
    spec.counties.clear();
    page.setSpec(spec);
    EXPECT_FALSE(page.createAt(dir.filePath(QStringLiteral("x.zhibiao"))));
    EXPECT_FALSE(page.lastError().isEmpty());
    EXPECT_FALSE(page.takeDatabase());
    EXPECT_NE(page.result(), QDialog::Accepted);
}

TEST(WelcomeDialogTest, OpensAFileAndRefusesAMissingOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("o.zhibiao"));
    QString error;
    ASSERT_TRUE(NewBureau::create(path, sampleSpec(), &error));
    WelcomeDialog page;
    page.setQuiet(true);
    EXPECT_FALSE(page.openPath(dir.filePath(QStringLiteral("missing.zhibiao"))));
    ASSERT_TRUE(page.openPath(path));
    EXPECT_TRUE(page.createdUser().isEmpty());
    EXPECT_FALSE(page.firstYear());
    ASSERT_TRUE(page.takeDatabase());
}

TEST(WelcomeDialogTest, KeyboardReachesEveryChoiceWithMnemonics)
{
    WelcomeDialog page;
    const QList<QPushButton *> buttons = page.findChildren<QPushButton *>();
    QStringList texts;
    for (const QPushButton *button : buttons)
        texts << button->text();
    EXPECT_TRUE(texts.contains(QStringLiteral("Open the &Demo Bureau")));
    EXPECT_TRUE(texts.contains(QStringLiteral("&Open a File…")));
    EXPECT_TRUE(texts.contains(QStringLiteral("&Create…")));
    for (const QPushButton *button : buttons)
        EXPECT_NE(button->focusPolicy() & Qt::TabFocus, 0) << button->text().toStdString();
}

} // namespace
} // namespace zhibiao
