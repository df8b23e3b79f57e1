#pragma once

#include "report/reporttemplate.h"

#include <QTextBrowser>

namespace zhibiao {

// Last year's report paragraph by paragraph, read-only, each number marked by what became
// of it: bound (green), to choose (amber), left as text (grey underline). Paragraphs that
// are not saved are dimmed. One number is selected at a time: by a click, by Tab /
// Shift+Tab (among the numbers of the saved paragraphs; past the last one focus moves on),
// or through selectNext().
class TemplateDocumentView : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateDocumentView)

public:
    struct Spot
    {
        int paragraph = -1;
        int figure = -1;
        bool isValid() const { return paragraph >= 0 && figure >= 0; }
        friend bool operator==(const Spot &, const Spot &) = default;
    };

    explicit TemplateDocumentView(QWidget *parent = nullptr);

    // Renders every paragraph; the template must outlive the view or be set again.
    void setTemplate(const ReportTemplate *tmpl);
    // Paints paragraph p's numbers again after one of them changed.
    void refreshParagraph(int p);

    Spot selected() const { return m_selected; }
    void select(Spot spot);
    // The next (or previous) number of a saved paragraph after the selected one, or the next
    // one still to choose; false when there is none (the selection stays).
    bool selectNext(bool forward = true);
    bool selectNextToChoose();
    // The numbers keyboard navigation visits: those of the saved paragraphs, in order.
    QList<Spot> reviewable() const;
    // The number under a point of the viewport, if any.
    Spot spotAt(const QPoint &viewportPos) const;

Q_SIGNALS:
    void selectionChanged(zhibiao::TemplateDocumentView::Spot spot);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    const TemplateFigure &figureAt(Spot spot) const;
    QTextCharFormat baseFormat(int p) const;
    void paintFigure(Spot spot);
    void showSelection();

    const ReportTemplate *m_template = nullptr;
    Spot m_selected;
};

} // namespace zhibiao
