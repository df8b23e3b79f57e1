#include "app/shell/welcomedialog.h"

#include "app/common/documentsfolder.h"
#include "app/shell/demodatabase.h"
#include "app/shell/recentfiles.h"
#include "storage/database.h"

#include "ui_welcomedialog.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

namespace zhibiao {

WelcomeDialog::WelcomeDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::WelcomeDialog>())
{
    m_ui->setupUi(this);
    m_ui->bureau->setText(QStringLiteral("人力资源和社会保障局"));
    m_ui->yearSpin->setValue(QDate::currentDate().year());
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->demo, &QPushButton::clicked, this, &WelcomeDialog::openDemo);
    connect(m_ui->open, &QPushButton::clicked, this, &WelcomeDialog::chooseOpenPath);
    connect(m_ui->create, &QPushButton::clicked, this, &WelcomeDialog::chooseCreatePath);
    connect(m_ui->recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openPath(item->data(Qt::UserRole).toString()); });
    fillRecent();
    m_ui->demo->setFocus();
}

WelcomeDialog::~WelcomeDialog() = default;

NewBureauSpec WelcomeDialog::spec() const
{
    NewBureauSpec spec;
    spec.bureau = m_ui->bureau->text();
    spec.city = m_ui->city->text();
    spec.counties = m_ui->counties->toPlainText().split(QLatin1Char('\n'));
    spec.firstYear = m_ui->yearSpin->value();
    spec.referenceCatalogue = m_ui->reference->isChecked();
    spec.creator = m_ui->creator->text();
    return spec;
}

void WelcomeDialog::setSpec(const NewBureauSpec &spec)
{
    m_ui->bureau->setText(spec.bureau);
    m_ui->city->setText(spec.city);
    m_ui->counties->setPlainText(spec.counties.join(QLatin1Char('\n')));
    m_ui->yearSpin->setValue(spec.firstYear);
    (spec.referenceCatalogue ? m_ui->reference : m_ui->empty)->setChecked(true);
    m_ui->creator->setText(spec.creator);
}

bool WelcomeDialog::fail(const QString &title, const QString &message)
{
    m_lastError = message;
    if (!m_quiet)
        QMessageBox::warning(this, title, message);
    return false;
}

bool WelcomeDialog::createAt(const QString &path)
{
    const NewBureauSpec bureau = spec();
    QString error;
    auto db = NewBureau::create(path, bureau, &error);
    if (!db)
        return fail(tr("Cannot Create Bureau"), error);
    m_db = std::move(db);
    m_createdUser = bureau.creator.trimmed();
    m_firstYear = bureau.firstYear;
    accept();
    return true;
}

bool WelcomeDialog::openPath(const QString &path)
{
    OpenError error;
    auto db = Database::open(path, Database::Mode::OpenExisting, &error);
    if (!db) {
        if (error.code == OpenError::Code::NotFound) {
            RecentFiles::remove(path);
            fillRecent();
        }
        return fail(tr("Cannot Open File"), error.message);
    }
    m_db = std::move(db);
    accept();
    return true;
}

bool WelcomeDialog::openDemo()
{
    OpenError error;
    auto db = DemoDatabase::openOrCreate(DemoDatabase::defaultPath(), &error);
    if (!db)
        return fail(tr("Cannot Open the Demo Bureau"), error.message);
    m_db = std::move(db);
    accept();
    return true;
}

void WelcomeDialog::chooseCreatePath()
{
    const QString problem = NewBureau::check(spec());
    if (!problem.isEmpty()) {
        fail(tr("Cannot Create Bureau"), problem);
        return;
    }
    const QString start = QDir(documentsFolder())
                              .filePath(m_ui->city->text().trimmed() + QStringLiteral(".zhibiao"));
    const QString path = QFileDialog::getSaveFileName(this, tr("New Bureau File"), start,
                                                      tr("Zhibiao files (*.zhibiao)"));
    if (!path.isEmpty())
        createAt(path);
}

void WelcomeDialog::chooseOpenPath()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Bureau File"), QString(),
                                                      tr("Zhibiao files (*.zhibiao *.db);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

void WelcomeDialog::fillRecent()
{
    m_ui->recent->clear();
    for (const QString &path : RecentFiles::list()) {
        if (!QFileInfo::exists(path))
            continue;
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_ui->recent);
        item->setToolTip(path);
        item->setData(Qt::UserRole, path);
    }
    if (m_ui->recent->count() > 0) {
        m_ui->recent->setCurrentRow(0);
        return;
    }
    // An empty box says what would be listed and what to do instead.
    auto *hint = new QListWidgetItem(tr("No bureau file opened yet. Open one (Ctrl+O), create a new bureau on "
                                        "the right, or start with the demo bureau."),
                                     m_ui->recent);
    hint->setFlags(Qt::NoItemFlags);
    hint->setData(Qt::UserRole, QString());
}

} // namespace zhibiao
