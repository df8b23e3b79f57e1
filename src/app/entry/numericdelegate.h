#pragma once

#include <QStyledItemDelegate>

namespace zhibiao {

// Edits a figure with the indicator's precision, its unit shown in the editor. A key that
// cannot make a number (a letter, a second decimal point) is refused where it is typed,
// with a message next to the editor and in refused(); cells that are not figures (the
// note) get a plain line edit.
class NumericDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumericDelegate)

public:
    explicit NumericDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

Q_SIGNALS:
    void refused(const QString &message) const;
};

} // namespace zhibiao
