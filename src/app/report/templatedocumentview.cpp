#include "app/report/templatedocumentview.h"

#include <QMouseEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace zhibiao {

namespace {

QColor stateBackground(TemplateFigure::State state)
{
    switch (state) {
    case TemplateFigure::State::Bound:
        return QColor(198, 236, 198);
    case TemplateFigure::State::Choose:
        return QColor(255, 221, 140);
    case TemplateFigure::State::Text:
        break;
    }
    return {};
}

bool before(TemplateDocumentView::Spot a, TemplateDocumentView::Spot b)
{
    return a.paragraph < b.paragraph || (a.paragraph == b.paragraph && a.figure < b.figure);
}

} // namespace

TemplateDocumentView::TemplateDocumentView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::StrongFocus);
}

void TemplateDocumentView::setTemplate(const ReportTemplate *tmpl)
{
    m_template = tmpl;
    m_selected = {};
    clear();
    if (!m_template)
        return;
    QTextDocument *doc = document();
    QTextCursor cursor(doc);
    for (int p = 0; p < m_template->paragraphs.size(); ++p) {
        const TemplateParagraph &paragraph = m_template->paragraphs.at(p);
        if (p > 0)
            cursor.insertBlock();
        QTextBlockFormat block;
        block.setBottomMargin(6);
        if (paragraph.source.headingLevel > 0 && !paragraph.source.inTable)
            block.setTopMargin(6);
        if (paragraph.source.inTable)
            block.setLeftMargin(24);
        cursor.setBlockFormat(block);
        cursor.insertText(paragraph.source.text, baseFormat(p));
    }
    for (int p = 0; p < m_template->paragraphs.size(); ++p)
        refreshParagraph(p);
    moveCursor(QTextCursor::Start);
    setExtraSelections({});
}

QTextCharFormat TemplateDocumentView::baseFormat(int p) const
{
    const TemplateParagraph &paragraph = m_template->paragraphs.at(p);
    QTextCharFormat format;
    // Not saved: the report writes these from the data (or they are the title, the signature).
    if (paragraph.section.isEmpty())
        format.setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    if (paragraph.source.headingLevel > 0)
        format.setFontWeight(QFont::Bold);
    return format;
}

const TemplateFigure &TemplateDocumentView::figureAt(Spot spot) const
{
    return m_template->paragraphs.at(spot.paragraph).figures.at(spot.figure);
}

void TemplateDocumentView::paintFigure(Spot spot)
{
    const TemplateFigure &figure = figureAt(spot);
    if (figure.figure.isYear)
        return;
    const QTextBlock block = document()->findBlockByNumber(spot.paragraph);
    QTextCursor cursor(document());
    cursor.setPosition(block.position() + static_cast<int>(figure.figure.start));
    cursor.setPosition(block.position() + static_cast<int>(figure.figure.start + figure.figure.length),
                       QTextCursor::KeepAnchor);
    QTextCharFormat format = baseFormat(spot.paragraph);
    const QColor background = stateBackground(figure.state);
    if (background.isValid()) {
        format.setBackground(background);
    } else {
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(QColor(128, 128, 128));
    }
    cursor.setCharFormat(format);
}

void TemplateDocumentView::refreshParagraph(int p)
{
    if (!m_template || p < 0 || p >= m_template->paragraphs.size())
        return;
    for (int f = 0; f < m_template->paragraphs.at(p).figures.size(); ++f)
        paintFigure({p, f});
    if (m_selected.paragraph == p)
        showSelection();
}

QList<TemplateDocumentView::Spot> TemplateDocumentView::reviewable() const
{
    QList<Spot> spots;
    if (!m_template)
        return spots;
    for (int p = 0; p < m_template->paragraphs.size(); ++p) {
        const TemplateParagraph &paragraph = m_template->paragraphs.at(p);
        if (paragraph.section.isEmpty())
            continue;
        for (int f = 0; f < paragraph.figures.size(); ++f) {
            if (!paragraph.figures.at(f).figure.isYear)
                spots << Spot{p, f};
        }
    }
    return spots;
}

void TemplateDocumentView::select(Spot spot)
{
    if (!m_template || !spot.isValid() || spot.paragraph >= m_template->paragraphs.size()
        || spot.figure >= m_template->paragraphs.at(spot.paragraph).figures.size())
        spot = {};
    m_selected = spot;
    showSelection();
    Q_EMIT selectionChanged(m_selected);
}

void TemplateDocumentView::showSelection()
{
    if (!m_selected.isValid()) {
        setExtraSelections({});
        return;
    }
    const TemplateFigure &figure = figureAt(m_selected);
    const QTextBlock block = document()->findBlockByNumber(m_selected.paragraph);
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(document());
    mark.cursor.setPosition(block.position() + static_cast<int>(figure.figure.start));
    mark.cursor.setPosition(block.position() + static_cast<int>(figure.figure.start + figure.figure.length),
                            QTextCursor::KeepAnchor);
    mark.format.setBackground(palette().color(QPalette::Active, QPalette::Highlight));
    mark.format.setForeground(palette().color(QPalette::Active, QPalette::HighlightedText));
    setExtraSelections({mark});
    QTextCursor caret = mark.cursor;
    caret.clearSelection();
    setTextCursor(caret);
    ensureCursorVisible();
}

bool TemplateDocumentView::selectNext(bool forward)
{
    const QList<Spot> spots = reviewable();
    if (spots.isEmpty())
        return false;
    if (!m_selected.isValid()) {
        select(forward ? spots.first() : spots.last());
        return true;
    }
    if (forward) {
        for (const Spot &spot : spots) {
            if (before(m_selected, spot)) {
                select(spot);
                return true;
            }
        }
    } else {
        for (auto it = spots.crbegin(); it != spots.crend(); ++it) {
            if (before(*it, m_selected)) {
                select(*it);
                return true;
            }
        }
    }
    return false;
}

bool TemplateDocumentView::selectNextToChoose()
{
    const QList<Spot> spots = reviewable();
    QList<Spot> open;
    for (const Spot &spot : spots) {
        if (figureAt(spot).state == TemplateFigure::State::Choose)
            open << spot;
    }
    if (open.isEmpty())
        return false;
    for (const Spot &spot : open) {
        if (!m_selected.isValid() || before(m_selected, spot)) {
            select(spot);
            return true;
        }
    }
    select(open.first()); // past the last one: from the top again
    return true;
}

TemplateDocumentView::Spot TemplateDocumentView::spotAt(const QPoint &viewportPos) const
{
    if (!m_template)
        return {};
    const QTextCursor cursor = cursorForPosition(viewportPos);
    const QTextBlock block = cursor.block();
    const int p = block.blockNumber();
    if (p < 0 || p >= m_template->paragraphs.size())
        return {};
    const qsizetype offset = cursor.position() - block.position();
    const QList<TemplateFigure> &figures = m_template->paragraphs.at(p).figures;
    for (int f = 0; f < figures.size(); ++f) {
        const RecognizedFigure &figure = figures.at(f).figure;
        if (!figure.isYear && offset >= figure.start && offset <= figure.start + figure.length)
            return {p, f};
    }
    return {};
}

void TemplateDocumentView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const Spot spot = spotAt(event->position().toPoint());
    if (spot.isValid())
        select(spot);
    else
        showSelection();
}

bool TemplateDocumentView::focusNextPrevChild(bool next)
{
    // Tab walks the numbers; past the last (or before the first) it leaves the document.
    if (hasFocus() && selectNext(next))
        return true;
    return QTextEdit::focusNextPrevChild(next);
}

} // namespace zhibiao
