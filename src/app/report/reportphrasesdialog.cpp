#include "app/report/reportphrasesdialog.h"

#include "report/phrasebookstore.h"
#include "storage/storageerror.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

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

ReportPhrasesDialog::ReportPhrasesDialog(const Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Report Phrasing"));
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("phraseTable"));
    m_table->setHorizontalHeaderLabels({tr("Rule"), tr("Default"), tr("This bureau's wording")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DefaultColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(WordingColumn, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Reset to defaults"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("{slot} names a value the report fills in. Edit the wording of the "
                                    "third column; rows in bold differ from the default.")));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(960, 600);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QString error;
        if (save(&error))
            accept();
        else
            QMessageBox::warning(this, tr("Phrasing not saved"), error);
    });
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &ReportPhrasesDialog::resetToDefaults);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != WordingColumn)
            return;
        const QTableWidgetItem *original = m_table->item(item->row(), DefaultColumn);
        QFont font = item->font();
        font.setBold(original && original->text() != item->text());
        const QSignalBlocker blocker(m_table);
        item->setFont(font);
    });

    const QJsonObject defaults = PhrasebookStore::defaults();
    fill(defaults, PhrasebookStore::merged(defaults, PhrasebookStore::overrides(db)));
}

void ReportPhrasesDialog::fill(const QJsonObject &defaults, const QJsonObject &effective)
{
    QList<std::pair<QString, QString>> rows;
    collect(defaults, {}, rows);
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        auto *key = new QTableWidgetItem(rows.at(row).first);
        key->setFlags(key->flags() & ~Qt::ItemIsEditable);
        auto *original = new QTableWidgetItem(rows.at(row).second);
        original->setFlags(original->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, KeyColumn, key);
        m_table->setItem(row, DefaultColumn, original);
        m_table->setItem(row, WordingColumn, new QTableWidgetItem(valueAt(effective, rows.at(row).first)));
    }
    m_table->resizeColumnToContents(KeyColumn);
}

QJsonObject ReportPhrasesDialog::overrides() const
{
    QJsonObject result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString wording = m_table->item(row, WordingColumn)->text();
        if (wording != m_table->item(row, DefaultColumn)->text())
            setAt(result, m_table->item(row, KeyColumn)->text().split(QLatin1Char('/')), wording);
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
