#pragma once

#include "storage/auditrepository.h"

#include <QTreeWidget>

namespace zhibiao {

// The recorded changes of one figure: who, when (local time), old → new, note.
class HistoryPanel : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    // entries oldest first, as the repository gives them; shown newest first.
    void showEntries(const QList<AuditEntry> &entries, int precision);
};

} // namespace zhibiao
