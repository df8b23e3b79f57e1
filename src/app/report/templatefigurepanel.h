#pragma once

#include "app/report/templatedocumentview.h"
#include "report/reporttemplate.h"

#include <QObject>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace zhibiao {

// What the selected number of the template stands for, on the review dialog's widgets: its
// text and state, the stored figures it may be tied to ("Leave as text" first) and the
// decimals a bound number is written with. Edits the template through setBinding().
class TemplateFigurePanel : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateFigurePanel)

public:
    using Describe = std::function<QString(const FigureBinding &)>;
    struct Widgets
    {
        QLabel *text = nullptr;
        QLabel *state = nullptr;
        QComboBox *binding = nullptr;
        QSpinBox *decimals = nullptr;
        QLineEdit *placeholder = nullptr; // any binding, written as its placeholder
    };

    TemplateFigurePanel(Widgets widgets, ReportTemplate *tmpl, Describe describe, QObject *parent = nullptr);

    void show(TemplateDocumentView::Spot spot);
    TemplateDocumentView::Spot spot() const { return m_spot; }
    // The words for a state, as the panel shows them.
    static QString stateText(const TemplateFigure &figure);

Q_SIGNALS:
    // Figure f of paragraph p was bound, rebound or unbound.
    void changed(int p, int f);

private:
    const TemplateFigure *figure() const;
    void showState();
    void choose(int item);
    void setDecimals(int decimals);
    void bindWritten();
    void showPlaceholder();

    Widgets m_widgets;
    ReportTemplate *m_template;
    Describe m_describe;
    TemplateDocumentView::Spot m_spot;
    bool m_filling = false;
};

} // namespace zhibiao
