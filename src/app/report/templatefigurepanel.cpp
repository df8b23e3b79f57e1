#include "app/report/templatefigurepanel.h"

#include <QComboBox>
#include "report/placeholderresolver.h"

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace zhibiao {

namespace {

constexpr int LeaveAsText = -1;
constexpr int CurrentBinding = -2; // bound to a figure that is not among the choices

bool sameFigure(const FigureBinding &a, const FigureBinding &b)
{
    return a.code == b.code && a.orgUnit == b.orgUnit && a.field == b.field;
}

} // namespace

TemplateFigurePanel::TemplateFigurePanel(Widgets widgets, ReportTemplate *tmpl, Describe describe, QObject *parent)
    : QObject(parent), m_widgets(widgets), m_template(tmpl), m_describe(std::move(describe))
{
    m_widgets.decimals->setRange(-1, 6);
    m_widgets.decimals->setSpecialValueText(tr("Indicator's"));
    m_widgets.binding->setPlaceholderText(tr("Choose the figure it states…"));
    connect(m_widgets.binding, &QComboBox::currentIndexChanged, this, [this](int item) {
        if (!m_filling && item >= 0)
            choose(item);
    });
    connect(m_widgets.decimals, &QSpinBox::valueChanged, this, [this](int decimals) {
        if (!m_filling)
            setDecimals(decimals);
    });
    if (m_widgets.placeholder)
        connect(m_widgets.placeholder, &QLineEdit::returnPressed, this, &TemplateFigurePanel::bindWritten);
    show({});
}

void TemplateFigurePanel::bindWritten()
{
    const TemplateFigure *selected = figure();
    if (!selected)
        return;
    QString written = m_widgets.placeholder->text().trimmed();
    std::optional<FigureBinding> binding;
    if (!written.isEmpty()) {
        if (written.startsWith(QLatin1String("{{")) && written.endsWith(QLatin1String("}}")))
            written = written.mid(2, written.size() - 4);
        const std::optional<FigurePlaceholder> parsed = FigurePlaceholder::parse(written);
        if (!parsed) {
            m_widgets.state->setText(tr("Not a placeholder: write e.g. {{JY01.value}}, {{JY01.target@D01}} or "
                                        "{{MS02.difference:1}}"));
            return;
        }
        binding = FigureBinding{parsed->code, parsed->orgUnit, parsed->field, parsed->decimals};
    }
    const TemplateDocumentView::Spot spot = m_spot;
    m_template->setBinding(spot.paragraph, spot.figure, binding);
    show(spot);
    Q_EMIT changed(spot.paragraph, spot.figure);
}

const TemplateFigure *TemplateFigurePanel::figure() const
{
    if (!m_spot.isValid())
        return nullptr;
    return &m_template->paragraphs.at(m_spot.paragraph).figures.at(m_spot.figure);
}

QString TemplateFigurePanel::stateText(const TemplateFigure &figure)
{
    switch (figure.state) {
    case TemplateFigure::State::Bound:
        return tr("Bound: the new report writes %1 here").arg(figure.binding.placeholder());
    case TemplateFigure::State::Choose:
        return tr("To choose: %n stored figure(s) equal it", nullptr, static_cast<int>(figure.choices.size()));
    case TemplateFigure::State::Text:
        break;
    }
    return figure.choices.isEmpty() ? tr("Text: no stored figure equals it; it stays as written")
                                    : tr("Text: left as written");
}

void TemplateFigurePanel::show(TemplateDocumentView::Spot spot)
{
    m_spot = spot;
    const TemplateFigure *selected = figure();
    m_filling = true;
    QComboBox *combo = m_widgets.binding;
    combo->clear();
    if (!selected) {
        m_widgets.text->setText(tr("(no number selected)"));
        m_widgets.state->setText(tr("Click a number in the document, or press F8."));
        combo->setEnabled(false);
        m_widgets.decimals->setValue(-1);
        m_widgets.decimals->setEnabled(false);
        if (m_widgets.placeholder) {
            m_widgets.placeholder->clear();
            m_widgets.placeholder->setEnabled(false);
        }
        m_filling = false;
        return;
    }
    const bool saved = !m_template->paragraphs.at(spot.paragraph).section.isEmpty();
    m_widgets.text->setText(saved ? selected->figure.text
                                  : tr("%1 (in a part that is not saved)").arg(selected->figure.text));
    m_widgets.state->setText(stateText(*selected));
    combo->addItem(tr("Leave as text"), LeaveAsText);
    int current = selected->state == TemplateFigure::State::Text ? 0 : -1;
    for (int i = 0; i < selected->choices.size(); ++i) {
        combo->addItem(m_describe(selected->choices.at(i)), i);
        if (selected->state == TemplateFigure::State::Bound && current < 0
            && sameFigure(selected->choices.at(i), selected->binding))
            current = combo->count() - 1;
    }
    if (selected->state == TemplateFigure::State::Bound && current < 0) {
        combo->addItem(m_describe(selected->binding), CurrentBinding);
        current = combo->count() - 1;
    }
    combo->setCurrentIndex(current);
    combo->setEnabled(true);
    const bool bound = selected->state == TemplateFigure::State::Bound;
    m_widgets.decimals->setValue(bound ? selected->binding.decimals : -1);
    m_widgets.decimals->setEnabled(bound);
    showPlaceholder();
    m_filling = false;
}

void TemplateFigurePanel::choose(int item)
{
    const TemplateFigure *selected = figure();
    if (!selected)
        return;
    const int choice = m_widgets.binding->itemData(item).toInt();
    std::optional<FigureBinding> binding;
    if (choice == CurrentBinding)
        binding = selected->binding;
    else if (choice >= 0)
        binding = selected->choices.at(choice);
    const TemplateDocumentView::Spot spot = m_spot;
    m_template->setBinding(spot.paragraph, spot.figure, binding);
    showState();
    Q_EMIT changed(spot.paragraph, spot.figure);
}

void TemplateFigurePanel::showState()
{
    // The list of choices stays as it is: it is being used.
    const TemplateFigure *selected = figure();
    const bool bound = selected->state == TemplateFigure::State::Bound;
    m_filling = true;
    m_widgets.state->setText(stateText(*selected));
    m_widgets.decimals->setValue(bound ? selected->binding.decimals : -1);
    m_widgets.decimals->setEnabled(bound);
    showPlaceholder();
    m_filling = false;
}

void TemplateFigurePanel::showPlaceholder()
{
    const TemplateFigure *selected = figure();
    if (!m_widgets.placeholder || !selected)
        return;
    m_widgets.placeholder->setEnabled(true);
    m_widgets.placeholder->setText(selected->state == TemplateFigure::State::Bound ? selected->binding.placeholder()
                                                                                   : QString());
}

void TemplateFigurePanel::setDecimals(int decimals)
{
    const TemplateFigure *selected = figure();
    if (!selected || selected->state != TemplateFigure::State::Bound)
        return;
    FigureBinding binding = selected->binding;
    binding.decimals = decimals;
    const TemplateDocumentView::Spot spot = m_spot;
    m_template->setBinding(spot.paragraph, spot.figure, binding);
    showState();
    Q_EMIT changed(spot.paragraph, spot.figure);
}

} // namespace zhibiao
