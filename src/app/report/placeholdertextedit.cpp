#include "app/report/placeholdertextedit.h"

#include <QHelpEvent>
#include <QSyntaxHighlighter>
#include <QToolTip>

namespace zhibiao {

class PlaceholderTextEdit::Highlighter : public QSyntaxHighlighter
{
public:
    Highlighter(QTextDocument *document, const PlaceholderLabel *labels)
        : QSyntaxHighlighter(document), m_labels(labels)
    {
    }

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat known;
        known.setBackground(QColor(0xdd, 0xea, 0xf7));
        known.setForeground(QColor(0x1f, 0x4e, 0x79));
        QTextCharFormat unknown;
        unknown.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        unknown.setUnderlineColor(QColor(0xc0, 0x30, 0x30));
        for (const PlaceholderSpan &span : m_labels->spans(text))
            setFormat(span.start, span.length, span.label.isEmpty() ? unknown : known);
    }

private:
    const PlaceholderLabel *m_labels;
};

PlaceholderTextEdit::PlaceholderTextEdit(QWidget *parent)
    : QPlainTextEdit(parent), m_highlighter(new Highlighter(document(), &m_labels))
{
}

PlaceholderTextEdit::~PlaceholderTextEdit() = default;

void PlaceholderTextEdit::setLabels(PlaceholderLabel labels)
{
    m_labels = std::move(labels);
    m_highlighter->rehighlight();
}

std::optional<PlaceholderSpan> PlaceholderTextEdit::spanAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    const int offset = position - block.position();
    for (const PlaceholderSpan &span : m_labels.spans(block.text())) {
        if (offset >= span.start && offset < span.start + span.length)
            return span;
    }
    return std::nullopt;
}

QString PlaceholderTextEdit::labelAt(int position) const
{
    const std::optional<PlaceholderSpan> span = spanAt(position);
    if (!span)
        return {};
    return span->label.isEmpty() ? tr("This placeholder names no indicator, org unit or value of this bureau: "
                                      "it will print as a blank.")
                                 : span->label;
}

bool PlaceholderTextEdit::isKnownAt(int position) const
{
    const std::optional<PlaceholderSpan> span = spanAt(position);
    return span && !span->label.isEmpty();
}

bool PlaceholderTextEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString label = labelAt(cursorForPosition(help->pos()).position());
        if (label.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), label, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

} // namespace zhibiao
