#pragma once

#include "core/dashboarddata.h"

#include <QFrame>

class QLabel;

namespace zhibiao {

// One headline card: the category, its light as a lamp and a word, the counts by status
// and the reason in words. Clicking it asks to open the category's indicators.
class DashboardCard : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardCard)

public:
    explicit DashboardCard(QWidget *parent = nullptr);

    void setCard(const CategoryCard &card, bool dark);
    const CategoryCard &card() const { return m_card; }

Q_SIGNALS:
    void clicked(const QString &category);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    CategoryCard m_card;
    QLabel *m_title;
    QLabel *m_light;
    QLabel *m_counts;
    QLabel *m_reason;
};

} // namespace zhibiao
