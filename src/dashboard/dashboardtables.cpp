#include "dashboard/dashboardtables.h"

#include "core/auditnote.h"
#include "core/dashboardtext.h"
#include "core/dashboardwording.h"
#include "core/numberformat.h"
#include "dashboard/dashboardpalette.h"

#include <QHeaderView>
#include <QTableWidget>

#include <algorithm>

namespace zhibiao {

namespace {

QTableWidgetItem *item(const QString &text, const QString &code = {})
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (!code.isEmpty())
        cell->setData(Qt::UserRole, code);
    cell->setToolTip(text);
    return cell;
}

QTableWidgetItem *statusItem(const QString &word, Status status, bool dark, const QString &code = {})
{
    QTableWidgetItem *cell = item(word, code);
    const QColor background = DashboardPalette::background(status, dark);
    if (background.isValid())
        cell->setBackground(background);
    cell->setForeground(DashboardPalette::foreground(status, dark));
    cell->setTextAlignment(Qt::AlignCenter);
    return cell;
}

void start(QTableWidget *table, const QStringList &headers, qsizetype rows)
{
    table->clearContents();
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(static_cast<int>(rows));
}

// Up to this many rows a table is shown whole; a longer one scrolls within that height.
constexpr int kRowsShownWhole = 8;
constexpr int kWidestSentenceColumn = 420;

// Every column as wide as its widest cell (values and sentences are never cut), the
// stretch column taking what is left; the table asks for the width of all its columns and
// the height of its rows, so that the dashboard's scroll area, not the table, scrolls.
void finish(QTableWidget *table, int stretchColumn)
{
    QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < table->columnCount(); ++c)
        header->setSectionResizeMode(c, QHeaderView::Interactive);
    table->resizeColumnsToContents();
    // A sentence column (notes) wider than half a laptop screen wraps instead, its rows
    // as tall as their lines, so that the table fits beside the window's navigator.
    const bool sentences = stretchColumn >= 0 && stretchColumn < table->columnCount()
                           && table->columnWidth(stretchColumn) > kWidestSentenceColumn;
    table->setWordWrap(sentences);
    if (sentences)
        table->setColumnWidth(stretchColumn, kWidestSentenceColumn);
    table->resizeRowsToContents();
    int width = 2 * table->frameWidth();
    for (int c = 0; c < table->columnCount(); ++c)
        width += table->columnWidth(c);
    int height = 2 * table->frameWidth() + header->sizeHint().height();
    const int shown = std::min(table->rowCount(), kRowsShownWhole);
    for (int r = 0; r < shown; ++r)
        height += table->rowHeight(r);
    if (table->rowCount() == 0)
        height += table->verticalHeader()->defaultSectionSize();
    table->setMinimumWidth(width);
    table->setMinimumHeight(height);
    table->setMaximumHeight(table->rowCount() > kRowsShownWhole ? QWIDGETSIZE_MAX : height);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (stretchColumn >= 0 && stretchColumn < table->columnCount())
        header->setStretchLastSection(stretchColumn == table->columnCount() - 1);
}

} // namespace

void DashboardTables::configure(QTableWidget *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    table->setWordWrap(false);
    table->horizontalHeader()->setHighlightSections(false);
}

void DashboardTables::warnings(QTableWidget *table, const DashboardData &data, bool dark)
{
    start(table, {tr("Status"), tr("Indicator"), tr("Shortfall"), tr("Where it stands"), tr("Note")},
          data.warnings.size());
    for (int r = 0; r < data.warnings.size(); ++r) {
        const WarningItem &w = data.warnings.at(r);
        table->setItem(r, 0, statusItem(w.statusWord, w.status, dark, w.code));
        table->setItem(r, 1, item(w.code + QLatin1Char(' ') + w.name, w.code));
        table->setItem(r, 2, item(w.shortfallText, w.code));
        table->setItem(r, 3, item(w.detail, w.code));
        table->setItem(r, 4, item(w.note, w.code));
    }
    finish(table, 4);
}

void DashboardTables::relative(QTableWidget *table, const DashboardData &data, bool dark)
{
    start(table, {tr("Indicator"), tr("Status"), tr("Against the target")}, data.relative.size());
    for (int r = 0; r < data.relative.size(); ++r) {
        const RelativeItem &x = data.relative.at(r);
        table->setItem(r, 0, item(x.code + QLatin1Char(' ') + x.name, x.code));
        table->setItem(r, 1, statusItem(x.statusWord, x.status, dark, x.code));
        table->setItem(r, 2, item(x.text, x.code));
    }
    finish(table, 2);
}

void DashboardTables::completeness(QTableWidget *table, const QList<CompletenessRow> &rows,
                                   bool dark)
{
    start(table, {tr("Org unit"), tr("Quarter"), tr("By"), tr("When")}, rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        const CompletenessRow &row = rows.at(r);
        table->setItem(r, 0, item(row.orgUnitName));
        // Handed in reads as on track, still open as behind: the word says which.
        table->setItem(r, 1, statusItem(DashboardText::stateWord(row.state),
                                        row.handedIn() ? Status::Ahead : Status::Behind, dark));
        table->setItem(r, 2, item(row.changedBy));
        table->setItem(r, 3, item(row.changedAt.isValid()
                                      ? row.changedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                      : QString()));
    }
    finish(table, 0);
}

void DashboardTables::ranking(QTableWidget *table, const CountyRanking &ranking, bool dark)
{
    start(table, {tr("Rank"), tr("County"), tr("Status"),
                  ranking.byCompletion ? tr("Completion") : tr("Difference"), tr("Figure")},
          ranking.rows.size());
    for (int r = 0; r < ranking.rows.size(); ++r) {
        const RankingRow &row = ranking.rows.at(r);
        const Evaluation &e = row.evaluation;
        table->setItem(r, 0, item(row.hasData ? QString::number(row.rank) : QStringLiteral("—")));
        table->setItem(r, 1, item(row.orgUnitName));
        table->setItem(r, 2, statusItem(row.hasData ? row.statusWord : row.scoreText,
                                        row.hasData ? e.status : Status::NoData, dark));
        table->setItem(r, 3, item(row.scoreText));
        table->setItem(r, 4, item(e.value ? NumberFormat::withUnit(*e.value, ranking.indicator) : QString()));
    }
    finish(table, 1);
}

void DashboardTables::category(QTableWidget *table, const DashboardData &data,
                               const QString &category, bool dark)
{
    QList<const StatusRow *> rows;
    for (const StatusRow &row : data.rows) {
        if (row.indicator.category == category)
            rows << &row;
    }
    start(table, {tr("Indicator"), tr("Status"), tr("Where it stands"), tr("Note")}, rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        const StatusRow &row = *rows.at(r);
        const QString code = row.indicator.code;
        table->setItem(r, 0, item(code + QLatin1Char(' ') + row.indicator.name, code));
        table->setItem(r, 1, statusItem(DashboardWording::statusWord(row), row.evaluation.status, dark, code));
        table->setItem(r, 2, item(DashboardWording::detail(row), code));
        table->setItem(r, 3, item(row.note, code));
    }
    finish(table, 3);
}

void DashboardTables::history(QTableWidget *table, const QList<AuditEntry> &entries,
                              const Indicator &indicator)
{
    start(table, {tr("When"), tr("Who"), tr("Quarter"), tr("Old value"), tr("New value"), tr("Note")},
          entries.size());
    const auto number = [&](const std::optional<double> &v) {
        return v ? NumberFormat::withUnit(*v, indicator) : QString();
    };
    // Newest first: the last change is what a leader asks about.
    for (int r = 0; r < entries.size(); ++r) {
        const AuditEntry &e = entries.at(entries.size() - 1 - r);
        table->setItem(r, 0, item(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        table->setItem(r, 1, item(e.userName));
        table->setItem(r, 2, item(tr("Q%1").arg(e.quarter)));
        table->setItem(r, 3, item(number(e.oldValue)));
        table->setItem(r, 4, item(number(e.newValue)));
        table->setItem(r, 5, item(AuditNote::displayed(e.note)));
    }
    finish(table, 5);
}

} // namespace zhibiao
