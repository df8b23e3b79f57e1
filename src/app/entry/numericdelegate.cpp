#include "app/entry/numericdelegate.h"

#include "app/entry/entrygridmodel.h"
#include "app/entry/numbervalidator.h"
#include "core/numberinput.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolTip>

namespace zhibiao {

NumericDelegate::NumericDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *NumericDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    if (EntryGridModel::quarterOfColumn(index.column()) == 0)
        return QStyledItemDelegate::createEditor(parent, option, index);

    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("numberEditor"));
    editor->setFrame(false);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const int precision = index.data(EntryGridModel::PrecisionRole).toInt();
    auto *validator = new NumberValidator(precision, editor);
    editor->setValidator(validator);
    connect(validator, &NumberValidator::refused, editor, [this, editor](const QString &message) {
        QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), message, editor);
        Q_EMIT refused(message);
    });

    const QString unit = index.data(EntryGridModel::UnitRole).toString();
    if (!unit.isEmpty()) {
        auto *label = new QLabel(unit, editor);
        label->setObjectName(QStringLiteral("unitLabel"));
        label->setEnabled(false);
        auto *layout = new QHBoxLayout(editor);
        layout->setContentsMargins(0, 0, 4, 0);
        layout->addStretch(1);
        layout->addWidget(label);
        editor->setTextMargins(0, 0, label->sizeHint().width() + 6, 0);
    }
    return editor;
}

void NumericDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        // Typing into a cell replaces it; the view sets the typed key after this.
        line->setText(index.data(Qt::EditRole).toString());
        line->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void NumericDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line || EntryGridModel::quarterOfColumn(index.column()) == 0) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    const QString text = line->text();
    if (text == index.data(Qt::EditRole).toString())
        return;
    const int precision = index.data(EntryGridModel::PrecisionRole).toInt();
    const NumberInput input = parseNumberInput(text, precision);
    if (!input.ok()) {
        Q_EMIT refused(numberInputMessage(input.error, precision));
        return;
    }
    model->setData(index, text, Qt::EditRole);
}

} // namespace zhibiao
