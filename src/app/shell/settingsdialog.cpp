#include "app/shell/settingsdialog.h"

#include "report/reportstyle.h"
#include "storage/database.h"
#include "storage/profilerepository.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

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

QDoubleSpinBox *pointsBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0.0, 100.0);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    return box;
}
} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, const Database *db, QString userName, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_db(db), m_userName(std::move(userName))
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createGeneralPage(), tr("&General"));
    tabs->addTab(createFontsPage(), tr("Report &Fonts"));
    tabs->addTab(createThresholdsPage(), tr("&Warnings"));
    tabs->addTab(createBackupPage(), tr("&Backups"));
    layout->addWidget(tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_bureau = new QLineEdit(page);
    m_city = new QLineEdit(page);
    m_issuer = new QLineEdit(page);
    m_issuer->setPlaceholderText(tr("empty: the city and the bureau"));
    m_leadership = new QLineEdit(page);
    m_leadership->setPlaceholderText(tr("e.g. 省人社厅的指导和市委、市政府的领导 (may stay empty)"));
    m_reportDate = new QLineEdit(page);
    m_reportDate->setPlaceholderText(tr("YYYY-MM-DD; empty: the day the report is written"));
    for (QLineEdit *edit : {m_bureau, m_city, m_issuer, m_leadership, m_reportDate})
        edit->setEnabled(m_db != nullptr);
    m_language = new QComboBox(page);
    m_language->addItem(tr("System"), int(AppSettings::Language::System));
    m_language->addItem(QStringLiteral("简体中文"), int(AppSettings::Language::SimplifiedChinese));
    m_language->addItem(QStringLiteral("English"), int(AppSettings::Language::English));
    form->addRow(tr("B&ureau:"), m_bureau);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("&Issued by (落款):"), m_issuer);
    form->addRow(tr("Lea&dership named in the opening:"), m_leadership);
    form->addRow(tr("Report &date:"), m_reportDate);
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("The bureau's names, the issuing body, the leadership and the report date are kept "
                               "in the open file and appear in its reports; an administrator may change them. A new "
                               "language applies at the next start."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget *SettingsDialog::createFontsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const QString labels[4] = {tr("&Title:"), tr("B&ody:"), tr("&Heading (一、):"), tr("&Subheading (（一）):")};
    for (int i = 0; i < 4; ++i) {
        m_fonts[i] = new QFontComboBox(page);
        m_fonts[i]->setWritingSystem(QFontDatabase::SimplifiedChinese);
        form->addRow(labels[i], m_fonts[i]);
    }
    return page;
}

QWidget *SettingsDialog::createThresholdsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_mode = new QComboBox(page);
    m_mode->addItem(tr("Points behind 序时进度"), int(Thresholds::Mode::Points));
    m_mode->addItem(tr("Percent of the expected completion"), int(Thresholds::Mode::ShareOfExpected));
    m_behind = pointsBox(page);
    m_serious = pointsBox(page);
    m_rateBehind = pointsBox(page);
    m_rateSerious = pointsBox(page);
    form->addRow(tr("Gap &measured as:"), m_mode);
    form->addRow(tr("Be&hind (yellow) above:"), m_behind);
    form->addRow(tr("&Seriously behind (red) above:"), m_serious);
    form->addRow(tr("Rates behind (yellow) &above, points:"), m_rateBehind);
    form->addRow(tr("Rates seriously behind (red) abo&ve, points:"), m_rateSerious);
    return page;
}

QWidget *SettingsDialog::createBackupPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_backupFolder = new QLineEdit(page);
    m_backupFolder->setPlaceholderText(tr("Beside the bureau file"));
    auto *browse = new QPushButton(tr("Brows&e…"), page);
    auto *row = new QHBoxLayout;
    row->addWidget(m_backupFolder, 1);
    row->addWidget(browse);
    m_backupKeep = new QSpinBox(page);
    m_backupKeep->setRange(1, 365);
    auto *folderLabel = new QLabel(tr("F&older:"), page);
    folderLabel->setBuddy(m_backupFolder);
    form->addRow(folderLabel, row);
    form->addRow(tr("&Daily copies kept:"), m_backupKeep);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), m_backupFolder->text());
        if (!folder.isEmpty())
            m_backupFolder->setText(folder);
    });
    return page;
}

void SettingsDialog::load()
{
    if (m_db) {
        try {
            const BureauProfile profile = ProfileRepository(*m_db).profile();
            m_bureau->setText(profile.bureau);
            m_city->setText(profile.city);
            m_issuer->setText(profile.issuer);
            m_leadership->setText(profile.leadership);
            m_reportDate->setText(profile.reportDate.isValid() ? profile.reportDate.toString(Qt::ISODate) : QString());
        } catch (const StorageError &e) {
            QMessageBox::warning(this, tr("Cannot Read File"), e.message());
        }
    }
    m_language->setCurrentIndex(m_language->findData(int(m_settings.language())));
    const ReportStyle defaults = ReportStyle::defaults();
    for (int i = 0; i < 4; ++i) {
        const QString chosen = m_settings.reportFont(kRoles[i]);
        m_fonts[i]->setCurrentFont(QFont(chosen.isEmpty() ? defaultFamily(defaults, kRoles[i]) : chosen));
    }
    const Thresholds t = m_settings.thresholds();
    m_mode->setCurrentIndex(m_mode->findData(int(t.mode)));
    m_behind->setValue(t.behindFrom);
    m_serious->setValue(t.seriouslyBehindFrom);
    m_rateBehind->setValue(t.rateBehindFrom);
    m_rateSerious->setValue(t.rateSeriouslyBehindFrom);
    m_backupFolder->setText(m_settings.backupFolder());
    m_backupKeep->setValue(m_settings.backupKeep());
}

void SettingsDialog::accept()
{
    if (m_serious->value() < m_behind->value() || m_rateSerious->value() < m_rateBehind->value()) {
        QMessageBox::warning(this, tr("Preferences"),
                             tr("\"Seriously behind\" must start at or above \"behind\"."));
        return;
    }
    if (m_db) {
        const QString dateText = m_reportDate->text().trimmed();
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!dateText.isEmpty() && !date.isValid()) {
            QMessageBox::warning(this, tr("Preferences"), tr("Write the report date as 2019-12-20, or leave it empty."));
            m_reportDate->setFocus();
            return;
        }
        try {
            ProfileRepository(*m_db).save(BureauProfile{m_city->text().trimmed(), m_bureau->text().trimmed(),
                                                        m_issuer->text().trimmed(), m_leadership->text().trimmed(), date},
                                          m_userName);
        } catch (const StorageError &e) {
            QMessageBox::warning(this, tr("Cannot Save"), e.message());
            return;
        }
    }
    m_settings.setLanguage(AppSettings::Language(m_language->currentData().toInt()));
    const ReportStyle defaults = ReportStyle::defaults();
    for (int i = 0; i < 4; ++i) {
        const QString family = m_fonts[i]->currentFont().family();
        // The default face is left unstored so that a later default follows it.
        m_settings.setReportFont(kRoles[i], family == defaultFamily(defaults, kRoles[i]) ? QString() : family);
    }
    Thresholds t;
    t.mode = Thresholds::Mode(m_mode->currentData().toInt());
    t.behindFrom = m_behind->value();
    t.seriouslyBehindFrom = m_serious->value();
    t.rateBehindFrom = m_rateBehind->value();
    t.rateSeriouslyBehindFrom = m_rateSerious->value();
    m_settings.setThresholds(t);
    m_settings.setBackupFolder(m_backupFolder->text());
    m_settings.setBackupKeep(m_backupKeep->value());
    m_settings.sync();
    QDialog::accept();
}

} // namespace zhibiao
