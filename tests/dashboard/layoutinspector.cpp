#include "layoutinspector.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableWidget>
#include <QTextDocument>

namespace zhibiao::test {

namespace {

struct Label
{
    QString text;
    QRectF rect; // scene coordinates, without the text document's margin
};

QList<Label> visibleLabels(const QChartView *view)
{
    QList<Label> labels;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (!item->isVisible())
            continue;
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item)) {
            const QString plain = text->document()->toPlainText();
            if (plain.trimmed().isEmpty())
                continue;
            // The document margin is empty space around the glyphs: neighbours may share it.
            const qreal margin = text->document()->documentMargin();
            const QRectF glyphs = text->boundingRect().adjusted(margin, margin, -margin, -margin);
            labels.append({plain, text->mapRectToScene(glyphs)});
        } else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
            if (!simple->text().trimmed().isEmpty())
                labels.append({simple->text(), simple->sceneBoundingRect()});
        }
    }
    return labels;
}

QString where(const QWidget *widget)
{
    return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                          : widget->objectName();
}

QString chartName(const QChartView *view)
{
    return where(view) + QStringLiteral(" «") + (view->chart() ? view->chart()->title() : QString())
           + QStringLiteral("»");
}

} // namespace

QStringList LayoutInspector::chartProblems(const QChartView *view)
{
    QStringList problems;
    if (!view->chart() || !view->isVisible())
        return problems;
    const QString name = chartName(view);
    const QList<Label> labels = visibleLabels(view);
    const QRect inside = view->viewport()->rect();
    for (const Label &label : labels) {
        // QtCharts elides a label that does not fit with "...". A "…" is ShortName's own
        // deliberate cut of a long name (the whole name is on hover), not a squeezed label.
        if (label.text.contains(QStringLiteral("..")))
            problems << QStringLiteral("%1: elided label «%2»").arg(name, label.text);
        const QRect onScreen = view->mapFromScene(label.rect).boundingRect();
        if (!inside.contains(onScreen))
            problems << QStringLiteral("%1: label «%2» lies outside the view").arg(name, label.text);
    }
    for (int i = 0; i < labels.size(); ++i) {
        for (int j = i + 1; j < labels.size(); ++j) {
            if (labels.at(i).rect.intersects(labels.at(j).rect))
                problems << QStringLiteral("%1: «%2» overlaps «%3»").arg(name, labels.at(i).text, labels.at(j).text);
        }
    }
    // QtCharts hides category labels that would collide: every bar must keep its label.
    QStringList shown;
    for (const Label &label : labels)
        shown << label.text;
    for (QAbstractAxis *axis : view->chart()->axes()) {
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
        if (!categories || !categories->isVisible() || !categories->labelsVisible())
            continue;
        for (QString category : categories->categories()) {
            category.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
            const bool found = std::any_of(shown.cbegin(), shown.cend(), [&](const QString &text) {
                return text == category || text.simplified() == category.simplified();
            });
            if (!found)
                problems << QStringLiteral("%1: category «%2» has no visible label").arg(name, category);
        }
    }
    return problems;
}

QStringList LayoutInspector::tableProblems(const QTableWidget *table)
{
    QStringList problems;
    if (!table->isVisible())
        return problems;
    const QString name = where(table);
    const int rows = table->rowCount();
    if (rows > 0 && rows <= 8) {
        const int last = rows - 1;
        const int bottom = table->rowViewportPosition(last) + table->rowHeight(last);
        if (table->rowViewportPosition(0) < 0 || bottom > table->viewport()->height())
            problems << QStringLiteral("%1: %2 rows, %3 px of rows in %4 px: not all visible without scrolling")
                            .arg(name)
                            .arg(rows)
                            .arg(bottom)
                            .arg(table->viewport()->height());
    }
    // Cells: text plus the style's padding (3 px a side and the grid line) must fit the column.
    constexpr int kPadding = 7; // what QItemDelegate and the grid line take: a column sized to its contents passes
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < table->columnCount(); ++c) {
            const QTableWidgetItem *cell = table->item(r, c);
            if (!cell || cell->text().isEmpty() || table->isColumnHidden(c))
                continue;
            const QFont font = cell->data(Qt::FontRole).isValid() ? cell->font() : table->font();
            const QFontMetrics metrics(font);
            int widest = 0;
            for (const QString &line : cell->text().split(QLatin1Char('\n')))
                widest = std::max(widest, metrics.horizontalAdvance(line));
            // A wrapping table may break a sentence into lines, but its row must hold them all.
            const int wrappedHeight = metrics
                                          .boundingRect(QRect(0, 0, table->columnWidth(c) - kPadding, 100000),
                                                        Qt::TextWordWrap, cell->text())
                                          .height();
            if (table->wordWrap() && wrappedHeight > table->rowHeight(r))
                problems << QStringLiteral("%1: cell (%2,%3) «%4» needs %5 px of height, row has %6")
                                .arg(name)
                                .arg(r)
                                .arg(c)
                                .arg(cell->text())
                                .arg(wrappedHeight)
                                .arg(table->rowHeight(r));
            if (widest > table->columnWidth(c) - kPadding && !table->wordWrap())
                problems << QStringLiteral("%1: cell (%2,%3) «%4» needs %5 px, column has %6")
                                .arg(name)
                                .arg(r)
                                .arg(c)
                                .arg(cell->text())
                                .arg(widest + kPadding)
                                .arg(table->columnWidth(c));
        }
    }
    // Header texts are read as labels too.
    const QFontMetrics headerMetrics(table->horizontalHeader()->font());
    const int headerPadding = 2 * table->style()->pixelMetric(QStyle::PM_HeaderMargin);
    for (int c = 0; c < table->columnCount(); ++c) {
        const QTableWidgetItem *header = table->horizontalHeaderItem(c);
        const int needed = headerMetrics.horizontalAdvance(header ? header->text() : QString()) + headerPadding;
        if (header && needed > table->columnWidth(c))
            problems << QStringLiteral("%1: header «%2» needs %3 px, column has %4")
                            .arg(name, header->text())
                            .arg(needed)
                            .arg(table->columnWidth(c));
    }
    return problems;
}

QStringList LayoutInspector::problems(const QWidget *root)
{
    QStringList found;
    for (const QChartView *view : root->findChildren<QChartView *>())
        found << chartProblems(view);
    for (const QTableWidget *table : root->findChildren<QTableWidget *>())
        found << tableProblems(table);
    return found;
}

} // namespace zhibiao::test
