#include "app/shell/settingsdialog.h"

#include "report/reportstyle.h"
#include "storage/database.h"
#include "storage/profilerepository.h"
#include "storage/storageerror.h"

#include "ui_settingsdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace zhibiao {

namespace {
using Role = AppSettings::FontRole;
constexpr Role kRoles[4] = {Role::Title, Role::Body, Role::Heading, Role::Subheading};

QString defaultFamily(const ReportStyle &style, Role role)
{
    switch (role) {
    case Role::Title:
        return style.titleFamily;
    case Role::Body:
        return style.bodyFamily;
    case Role::Heading:
        return style.headingFamily;
    case Role::Subheading:
        return style.subheadingFamily;
    }
    return {};
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, const Database *db, QString userName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings), m_db(db),
      m_userName(std::move(userName))
{
    m_ui->setupUi(this);
    m_fonts = {m_ui->titleFont, m_ui->bodyFont, m_ui->headingFont, m_ui->subheadingFont};
    for (QFontComboBox *box : m_fonts)
        box->setWritingSystem(QFontDatabase::SimplifiedChinese);
    // The profile lives in the open file: with no file there is nothing to edit.
    for (QLineEdit *edit : {m_ui->bureauEdit, m_ui->cityEdit, m_ui->issuerEdit, m_ui->leadershipEdit,
                            m_ui->reportDateEdit})
        edit->setEnabled(m_db != nullptr);
    m_ui->languageCombo->addItem(tr("System"), int(AppSettings::Language::System));
    m_ui->languageCombo->addItem(QStringLiteral("简体中文"), int(AppSettings::Language::SimplifiedChinese));
    m_ui->languageCombo->addItem(QStringLiteral("English"), int(AppSettings::Language::English));
    m_ui->modeCombo->addItem(tr("Points behind 序时进度"), int(Thresholds::Mode::Points));
    m_ui->modeCombo->addItem(tr("Percent of the expected completion"), int(Thresholds::Mode::ShareOfExpected));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup Folder"),
                                                                 m_ui->backupFolderEdit->text());
        if (!folder.isEmpty())
            m_ui->backupFolderEdit->setText(folder);
    });
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    if (m_db) {
        try {
            const BureauProfile profile = ProfileRepository(*m_db).profile();
            m_ui->bureauEdit->setText(profile.bureau);
            m_ui->cityEdit->setText(profile.city);
            m_ui->issuerEdit->setText(profile.issuer);
            m_ui->leadershipEdit->setText(profile.leadership);
            m_ui->reportDateEdit->setText(profile.reportDate.isValid() ? profile.reportDate.toString(Qt::ISODate) : QString());
        } catch (const StorageError &e) {
            QMessageBox::warning(this, tr("Cannot Read File"), e.message());
        }
    }
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(int(m_settings.language())));
    const ReportStyle defaults = ReportStyle::defaults();
    for (int i = 0; i < 4; ++i) {
        const QString chosen = m_settings.reportFont(kRoles[i]);
        m_fonts[i]->setCurrentFont(QFont(chosen.isEmpty() ? defaultFamily(defaults, kRoles[i]) : chosen));
    }
    const Thresholds t = m_settings.thresholds();
    m_ui->modeCombo->setCurrentIndex(m_ui->modeCombo->findData(int(t.mode)));
    m_ui->behindSpin->setValue(t.behindFrom);
    m_ui->seriousSpin->setValue(t.seriouslyBehindFrom);
    m_ui->rateBehindSpin->setValue(t.rateBehindFrom);
    m_ui->rateSeriousSpin->setValue(t.rateSeriouslyBehindFrom);
    m_ui->backupFolderEdit->setText(m_settings.backupFolder());
    m_ui->backupKeepSpin->setValue(m_settings.backupKeep());
}

void SettingsDialog::accept()
{
    if (m_ui->seriousSpin->value() < m_ui->behindSpin->value() || m_ui->rateSeriousSpin->value() < m_ui->rateBehindSpin->value()) {
        QMessageBox::warning(this, tr("Preferences"),
                             tr("\"Seriously behind\" must start at or above \"behind\"."));
        return;
    }
    if (m_db) {
        const QString dateText = m_ui->reportDateEdit->text().trimmed();
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!dateText.isEmpty() && !date.isValid()) {
            QMessageBox::warning(this, tr("Preferences"), tr("Write the report date as 2019-12-20, or leave it empty."));
            m_ui->reportDateEdit->setFocus();
            return;
        }
        try {
            ProfileRepository(*m_db).save(BureauProfile{m_ui->cityEdit->text().trimmed(), m_ui->bureauEdit->text().trimmed(),
                                                        m_ui->issuerEdit->text().trimmed(), m_ui->leadershipEdit->text().trimmed(), date},
                                          m_userName);
        } catch (const StorageError &e) {
            QMessageBox::warning(this, tr("Cannot Save"), e.message());
            return;
        }
    }
    m_settings.setLanguage(AppSettings::Language(m_ui->languageCombo->currentData().toInt()));
    const ReportStyle defaults = ReportStyle::defaults();
    for (int i = 0; i < 4; ++i) {
        const QString family = m_fonts[i]->currentFont().family();
        // The default face is left unstored so that a later default follows it.
        m_settings.setReportFont(kRoles[i], family == defaultFamily(defaults, kRoles[i]) ? QString() : family);
    }
    Thresholds t;
    t.mode = Thresholds::Mode(m_ui->modeCombo->currentData().toInt());
    t.behindFrom = m_ui->behindSpin->value();
    t.seriouslyBehindFrom = m_ui->seriousSpin->value();
    t.rateBehindFrom = m_ui->rateBehindSpin->value();
    t.rateSeriouslyBehindFrom = m_ui->rateSeriousSpin->value();
    m_settings.setThresholds(t);
    m_settings.setBackupFolder(m_ui->backupFolderEdit->text());
    m_settings.setBackupKeep(m_ui->backupKeepSpin->value());
    m_settings.sync();
    QDialog::accept();
}

} // namespace zhibiao
