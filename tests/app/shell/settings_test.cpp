#include "app/shell/settingsactions.h"
#include "app/shell/settingsdialog.h"
#include "core/appsettings.h"
#include "io/newbureau.h"
#include "storage/profilerepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

TEST(AppSettingsTest, DefaultsWhenNothingIsStored)
{
    QTemporaryDir dir;
    const AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    EXPECT_EQ(settings.language(), AppSettings::Language::System);
    EXPECT_TRUE(settings.reportFont(AppSettings::FontRole::Body).isEmpty());
    EXPECT_EQ(settings.thresholds(), Thresholds{});
    EXPECT_TRUE(settings.backupFolder().isEmpty());
    EXPECT_EQ(settings.backupKeep(), 10);
}

TEST(AppSettingsTest, KeepsWhatIsSetAcrossInstances)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    Thresholds t;
    t.mode = Thresholds::Mode::ShareOfExpected;
    t.behindFrom = 5.0;
    t.seriouslyBehindFrom = 25.0;
    t.rateBehindFrom = 0.5;
    t.rateSeriouslyBehindFrom = 2.0;
    {
        AppSettings settings(file);
        settings.setLanguage(AppSettings::Language::English);
        settings.setReportFont(AppSettings::FontRole::Heading, QStringLiteral("Noto Sans CJK SC"));
        settings.setThresholds(t);
        settings.setBackupFolder(QStringLiteral("/srv/backups"));
        settings.setBackupKeep(30);
    }
    const AppSettings again(file);
    EXPECT_EQ(again.language(), AppSettings::Language::English);
    EXPECT_EQ(again.reportFont(AppSettings::FontRole::Heading), QStringLiteral("Noto Sans CJK SC"));
    EXPECT_TRUE(again.reportFont(AppSettings::FontRole::Title).isEmpty());
    EXPECT_EQ(again.thresholds(), t);
    EXPECT_EQ(again.backupFolder(), QStringLiteral("/srv/backups"));
    EXPECT_EQ(again.backupKeep(), 30);

    // The keys the report window and the dashboard read.
    const QSettings raw(file, QSettings::IniFormat);
    EXPECT_EQ(raw.value(QStringLiteral("report/fonts/heading/family")).toString(), QStringLiteral("Noto Sans CJK SC"));
    EXPECT_EQ(raw.value(QStringLiteral("thresholds/mode")).toString(), QStringLiteral("share"));
    EXPECT_EQ(raw.value(QStringLiteral("thresholds/seriously_behind_from")).toDouble(), 25.0);
}

TEST(AppSettingsTest, SystemLanguageAndBlankValuesClearTheKey)
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    settings.setLanguage(AppSettings::Language::SimplifiedChinese);
    EXPECT_EQ(settings.language(), AppSettings::Language::SimplifiedChinese);
    settings.setLanguage(AppSettings::Language::System);
    EXPECT_EQ(settings.language(), AppSettings::Language::System);
    settings.setReportFont(AppSettings::FontRole::Body, QStringLiteral("AR PL UKai CN"));
    settings.setReportFont(AppSettings::FontRole::Body, QStringLiteral("  "));
    EXPECT_TRUE(settings.reportFont(AppSettings::FontRole::Body).isEmpty());
    settings.setBackupKeep(0);
    EXPECT_EQ(settings.backupKeep(), 1);
    EXPECT_EQ(AppSettings::localeName(AppSettings::Language::SimplifiedChinese), QStringLiteral("zh_CN"));
}

TEST(SettingsDialogTest, SavesProfileAndSettings)
{
    QTemporaryDir dir;
    NewBureauSpec spec;
    spec.bureau = QStringLiteral("人社局");
    spec.city = QStringLiteral("云杉市");
    spec.counties = {QStringLiteral("东区")};
    spec.firstYear = 2020;
    spec.referenceCatalogue = false;
    spec.creator = QStringLiteral("admin");
    QString error;
    auto db = NewBureau::create(dir.filePath(QStringLiteral("b.zhibiao")), spec, &error);
    ASSERT_TRUE(db) << error.toStdString();

    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    SettingsDialog dialog(settings, db.get(), QStringLiteral("admin"));
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    QLineEdit *city = nullptr;
    for (QLineEdit *edit : edits) {
        if (edit->text() == QStringLiteral("云杉市"))
            city = edit;
    }
    ASSERT_TRUE(city); // the profile was read into the form
    city->setText(QStringLiteral("松柏市"));
    QSpinBox *keep = nullptr;
    for (QSpinBox *box : dialog.findChildren<QSpinBox *>()) {
        if (box->maximum() == 365)
            keep = box;
    }
    ASSERT_TRUE(keep);
    keep->setValue(14);
    QComboBox *language = nullptr;
    for (QComboBox *combo : dialog.findChildren<QComboBox *>()) {
        if (combo->findText(QStringLiteral("English")) >= 0)
            language = combo;
    }
    ASSERT_TRUE(language);
    language->setCurrentIndex(language->findText(QStringLiteral("English")));
    dialog.accept();

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(ProfileRepository(*db).profile().city, QStringLiteral("松柏市"));
    EXPECT_EQ(ProfileRepository(*db).profile().bureau, QStringLiteral("人社局"));
    EXPECT_EQ(settings.backupKeep(), 14);
    EXPECT_EQ(settings.language(), AppSettings::Language::English);
    EXPECT_EQ(settings.thresholds(), Thresholds{}); // untouched values stay the defaults
}

TEST(SettingsDialogTest, RefusesRedBelowYellow)
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    SettingsDialog dialog(settings, nullptr);
    const QList<QDoubleSpinBox *> boxes = dialog.findChildren<QDoubleSpinBox *>();
    ASSERT_EQ(boxes.size(), 4);
    ASSERT_EQ(dialog.findChildren<QFontComboBox *>().size(), 4);
    // In the order created: behind, seriously behind, rate behind, rate seriously behind.
    boxes.at(0)->setValue(20.0);
    boxes.at(1)->setValue(10.0);
    QTimer::singleShot(0, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(settings.thresholds().behindFrom, 0.0);
}

TEST(SettingsActionsTest, DailyBackupGoesToTheChosenFolderOncePerDay)
{
    QTemporaryDir dir;
    NewBureauSpec spec;
    spec.bureau = QStringLiteral("人社局");
    spec.city = QStringLiteral("云杉市");
    spec.counties = {QStringLiteral("东区")};
    spec.firstYear = 2020;
    spec.creator = QStringLiteral("admin");
    QString error;
    auto db = NewBureau::create(dir.filePath(QStringLiteral("b.zhibiao")), spec, &error);
    ASSERT_TRUE(db) << error.toStdString();

    const QString folder = dir.filePath(QStringLiteral("copies"));
    {
        AppSettings settings; // the application's settings, which the test main keeps apart
        settings.setBackupFolder(folder);
    }
    const QString first = SettingsActions::backUpDaily(*db);
    const QString second = SettingsActions::backUpDaily(*db);
    AppSettings().setBackupFolder(QString());

    EXPECT_TRUE(first.contains(QStringLiteral("copies"))) << first.toStdString();
    EXPECT_TRUE(second.isEmpty()) << second.toStdString();
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 1);
}

} // namespace
} // namespace zhibiao
