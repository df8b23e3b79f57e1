#include "app/shell/welcomedialog.h"

#include "app/common/documentsfolder.h"
#include "app/shell/demodatabase.h"
#include "app/shell/recentfiles.h"
#include "storage/database.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace zhibiao {

WelcomeDialog::WelcomeDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Zhibiao"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<h2>Welcome</h2><p>Zhibiao tracks the bureau's quarterly figures "
                                "against its annual targets. Start with the demo bureau to look "
                                "around, create your own bureau, or open a file.</p>"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *demo = new QPushButton(tr("Open the &Demo Bureau"), this);
    auto *open = new QPushButton(tr("&Open a File…"), this);
    left->addWidget(demo);
    left->addWidget(open);
    auto *recentLabel = new QLabel(tr("&Recent files:"), this);
    m_recent = new QListWidget(this);
    m_recent->setWordWrap(true);
    recentLabel->setBuddy(m_recent);
    left->addWidget(recentLabel);
    left->addWidget(m_recent, 1);
    columns->addLayout(left, 1);
    columns->addWidget(createForm(), 2);
    layout->addLayout(columns, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(demo, &QPushButton::clicked, this, &WelcomeDialog::openDemo);
    connect(open, &QPushButton::clicked, this, &WelcomeDialog::chooseOpenPath);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openPath(item->data(Qt::UserRole).toString()); });
    fillRecent();

    setTabOrder(demo, open);
    setTabOrder(open, m_recent);
    setTabOrder(m_recent, m_bureau);
    demo->setFocus();
    resize(820, 520);
}

WelcomeDialog::~WelcomeDialog() = default;

QWidget *WelcomeDialog::createForm()
{
    auto *box = new QGroupBox(tr("Create a new bureau"), this);
    auto *form = new QFormLayout(box);
    m_bureau = new QLineEdit(QStringLiteral("人力资源和社会保障局"), box);
    m_city = new QLineEdit(box);
    m_city->setPlaceholderText(tr("e.g. 青禾市"));
    m_counties = new QPlainTextEdit(box);
    m_counties->setPlaceholderText(tr("One county or district per line"));
    m_counties->setTabChangesFocus(true);
    m_yearSpin = new QSpinBox(box);
    m_yearSpin->setRange(1900, 9999);
    m_yearSpin->setValue(QDate::currentDate().year());
    m_reference = new QRadioButton(tr("Start from the refere&nce catalogue (45 indicators)"), box);
    m_empty = new QRadioButton(tr("Start from an &empty catalogue"), box);
    m_reference->setChecked(true);
    m_creator = new QLineEdit(box);
    m_creator->setPlaceholderText(tr("You become the file's administrator"));
    auto *create = new QPushButton(tr("&Create…"), box);

    form->addRow(tr("&Bureau:"), m_bureau);
    form->addRow(tr("C&ity:"), m_city);
    form->addRow(tr("Co&unties:"), m_counties);
    form->addRow(tr("&First year:"), m_yearSpin);
    form->addRow(tr("Catalogue:"), m_reference);
    form->addRow(QString(), m_empty);
    form->addRow(tr("&Your name:"), m_creator);
    form->addRow(QString(), create);
    connect(create, &QPushButton::clicked, this, &WelcomeDialog::chooseCreatePath);
    setTabOrder(m_bureau, m_city);
    setTabOrder(m_city, m_counties);
    setTabOrder(m_counties, m_yearSpin);
    setTabOrder(m_yearSpin, m_reference);
    setTabOrder(m_reference, m_empty);
    setTabOrder(m_empty, m_creator);
    setTabOrder(m_creator, create);
    return box;
}

NewBureauSpec WelcomeDialog::spec() const
{
    NewBureauSpec spec;
    spec.bureau = m_bureau->text();
    spec.city = m_city->text();
    spec.counties = m_counties->toPlainText().split(QLatin1Char('\n'));
    spec.firstYear = m_yearSpin->value();
    spec.referenceCatalogue = m_reference->isChecked();
    spec.creator = m_creator->text();
    return spec;
}

void WelcomeDialog::setSpec(const NewBureauSpec &spec)
{
    m_bureau->setText(spec.bureau);
    m_city->setText(spec.city);
    m_counties->setPlainText(spec.counties.join(QLatin1Char('\n')));
    m_yearSpin->setValue(spec.firstYear);
    (spec.referenceCatalogue ? m_reference : m_empty)->setChecked(true);
    m_creator->setText(spec.creator);
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
                              .filePath(m_city->text().trimmed() + QStringLiteral(".zhibiao"));
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
    m_recent->clear();
    for (const QString &path : RecentFiles::list()) {
        if (!QFileInfo::exists(path))
            continue;
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setToolTip(path);
        item->setData(Qt::UserRole, path);
    }
    if (m_recent->count() > 0) {
        m_recent->setCurrentRow(0);
        return;
    }
    // An empty box says what would be listed and what to do instead.
    auto *hint = new QListWidgetItem(tr("No bureau file opened yet. Open one (Ctrl+O), create a new bureau on "
                                        "the right, or start with the demo bureau."),
                                     m_recent);
    hint->setFlags(Qt::NoItemFlags);
    hint->setData(Qt::UserRole, QString());
}

} // namespace zhibiao
