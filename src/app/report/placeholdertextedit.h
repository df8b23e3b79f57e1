#pragma once

#include "report/placeholderlabel.h"

#include <QPlainTextEdit>

#include <memory>

namespace zhibiao {

// The narrative's text editor: placeholders are shaded (known) or underlined in red (they
// name nothing the bureau has), and hovering one says in words what it stands for.
class PlaceholderTextEdit : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderTextEdit)

public:
    explicit PlaceholderTextEdit(QWidget *parent = nullptr);
    ~PlaceholderTextEdit() override;

    void setLabels(PlaceholderLabel labels);
    // What the placeholder at a text position stands for; empty when there is none there.
    QString labelAt(int position) const;
    // Whether the placeholder at a position is one the bureau knows.
    bool isKnownAt(int position) const;

protected:
    bool viewportEvent(QEvent *event) override;

private:
    class Highlighter;
    std::optional<PlaceholderSpan> spanAt(int position) const;

    PlaceholderLabel m_labels{{}, {}};
    Highlighter *m_highlighter;
};

} // namespace zhibiao
