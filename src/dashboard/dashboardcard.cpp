#include "dashboard/dashboardcard.h"

#include "dashboard/dashboardpalette.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace zhibiao {

DashboardCard::DashboardCard(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_light(new QLabel(this)),
      m_counts(new QLabel(this)), m_reason(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_light->setFont(titleFont);
    m_reason->setWordWrap(true);
    m_counts->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_light);
    layout->addWidget(m_counts);
    layout->addWidget(m_reason, 1);
}

void DashboardCard::setCard(const CategoryCard &card, bool dark)
{
    m_card = card;
    const Status status = DashboardPalette::statusOf(card.light);
    const QColor background = DashboardPalette::background(status, dark);
    QPalette p = palette();
    if (background.isValid())
        p.setColor(QPalette::Window, background);
    else
        p.setColor(QPalette::Window, parentWidget() ? parentWidget()->palette().color(QPalette::Base)
                                                    : p.color(QPalette::Base));
    p.setColor(QPalette::WindowText, DashboardPalette::foreground(status, dark));
    setPalette(p);

    m_title->setText(card.category);
    // The lamp is a coloured disc; the word beside it carries the meaning without colour.
    m_light->setText(QStringLiteral("<span style=\"color:%1\">\u25cf</span> %2")
                         .arg(DashboardPalette::light(card.light, dark).name(), card.lightWord));
    QStringList counts;
    const auto add = [&](int n, const QString &word) {
        if (n > 0)
            counts << tr("%1 %2").arg(word).arg(n);
    };
    add(card.ahead, tr("Ahead"));
    add(card.behind, tr("Behind"));
    add(card.seriouslyBehind, tr("Seriously behind"));
    add(card.met, tr("Met"));
    add(card.missed, tr("Missed"));
    m_counts->setText(counts.isEmpty() ? tr("No target indicators with figures")
                                       : counts.join(QStringLiteral(" \u00b7 ")));
    m_reason->setText(card.reason);
    setToolTip(tr("Open the indicators of %1").arg(card.category));
}

void DashboardCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked(m_card.category);
    QFrame::mouseReleaseEvent(event);
}

void DashboardCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT clicked(m_card.category);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace zhibiao
