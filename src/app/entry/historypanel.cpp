#include "app/entry/historypanel.h"

#include "core/auditnote.h"
#include "core/numberformat.h"

#include <QHeaderView>

namespace zhibiao {

HistoryPanel::HistoryPanel(QWidget *parent) : QTreeWidget(parent)
{
    setRootIsDecorated(false);
    setColumnCount(4);
    setHeaderLabels({tr("When"), tr("Who"), tr("Change"), tr("Note")});
    header()->setStretchLastSection(true);
}

void HistoryPanel::showEntries(const QList<AuditEntry> &entries, int precision)
{
    clear();
    const auto number = [precision](const std::optional<double> &value) {
        return value ? NumberFormat::number(*value, precision) : tr("(empty)");
    };
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const QString when = it->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString note = AuditNote::displayed(it->note);
        auto *item = new QTreeWidgetItem(
            this, {when, it->userName, tr("%1 → %2").arg(number(it->oldValue), number(it->newValue)), note});
        item->setToolTip(3, note);
    }
    for (int column = 0; column < 3; ++column)
        resizeColumnToContents(column);
}

} // namespace zhibiao
