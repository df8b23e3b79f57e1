#include "app/report/reportphrasesdialog.h"

#include "report/phrasebookstore.h"
#include "storage/storageerror.h"
#include "ui_reportphrasesdialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace zhibiao {

namespace {

// Every string under the object, by its path ("text/title"); the explanatory comment is not
// a phrase.
void collect(const QJsonObject &object, const QString &prefix, QList<std::pair<QString, QString>> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('/') + it.key();
        if (it->isObject())
            collect(it->toObject(), path, out);
        else if (it->isString() && it.key() != QLatin1String("comment"))
            out << std::pair{path, it->toString()};
    }
}

QString valueAt(const QJsonObject &object, const QString &path)
{
    const QStringList keys = path.split(QLatin1Char('/'));
    QJsonObject current = object;
    for (int i = 0; i + 1 < keys.size(); ++i)
        current = current.value(keys.at(i)).toObject();
    return current.value(keys.last()).toString();
}

void setAt(QJsonObject &object, QStringList keys, const QString &value)
{
    const QString key = keys.takeFirst();
    if (keys.isEmpty()) {
        object.insert(key, value);
        return;
    }
    QJsonObject child = object.value(key).toObject();
    setAt(child, keys, value);
    object.insert(key, child);
}

} // namespace

ReportPhrasesDialog::ReportPhrasesDialog(const Database &db, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportPhrasesDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    QHeaderView *header = m_ui->phraseTable->horizontalHeader();
    header->setSectionResizeMode(DefaultColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(WordingColumn, QHeaderView::Stretch);
    QPushButton *reset = m_ui->buttons->button(QDialogButtonBox::RestoreDefaults);
    reset->setText(tr("Reset to defaults"));

    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        QString error;
        if (save(&error))
            accept();
        else
            QMessageBox::warning(this, tr("Phrasing not saved"), error);
    });
    connect(reset, &QPushButton::clicked, this, &ReportPhrasesDialog::resetToDefaults);
    connect(m_ui->phraseTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != WordingColumn)
            return;
        const QTableWidgetItem *original = m_ui->phraseTable->item(item->row(), DefaultColumn);
        QFont font = item->font();
        font.setBold(original && original->text() != item->text());
        const QSignalBlocker blocker(m_ui->phraseTable);
        item->setFont(font);
    });

    const QJsonObject defaults = PhrasebookStore::defaults();
    fill(defaults, PhrasebookStore::merged(defaults, PhrasebookStore::overrides(db)));
}

ReportPhrasesDialog::~ReportPhrasesDialog() = default;

QTableWidget *ReportPhrasesDialog::table() const
{
    return m_ui->phraseTable;
}

void ReportPhrasesDialog::fill(const QJsonObject &defaults, const QJsonObject &effective)
{
    QList<std::pair<QString, QString>> rows;
    collect(defaults, {}, rows);
    m_ui->phraseTable->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        auto *key = new QTableWidgetItem(rows.at(row).first);
        key->setFlags(key->flags() & ~Qt::ItemIsEditable);
        auto *original = new QTableWidgetItem(rows.at(row).second);
        original->setFlags(original->flags() & ~Qt::ItemIsEditable);
        m_ui->phraseTable->setItem(row, KeyColumn, key);
        m_ui->phraseTable->setItem(row, DefaultColumn, original);
        m_ui->phraseTable->setItem(row, WordingColumn, new QTableWidgetItem(valueAt(effective, rows.at(row).first)));
    }
    m_ui->phraseTable->resizeColumnToContents(KeyColumn);
}

QJsonObject ReportPhrasesDialog::overrides() const
{
    QJsonObject result;
    for (int row = 0; row < m_ui->phraseTable->rowCount(); ++row) {
        const QString wording = m_ui->phraseTable->item(row, WordingColumn)->text();
        if (wording != m_ui->phraseTable->item(row, DefaultColumn)->text())
            setAt(result, m_ui->phraseTable->item(row, KeyColumn)->text().split(QLatin1Char('/')), wording);
    }
    return result;
}

bool ReportPhrasesDialog::save(QString *error)
{
    try {
        PhrasebookStore::saveOverrides(m_db, overrides());
    } catch (const StorageError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

void ReportPhrasesDialog::resetToDefaults()
{
    const QJsonObject defaults = PhrasebookStore::defaults();
    fill(defaults, defaults);
}

} // namespace zhibiao
