#include "app/shell/periodbar.h"

#include <QComboBox>

#include <algorithm>

namespace zhibiao {

PeriodBar::PeriodBar(QComboBox *year, QComboBox *quarter, QComboBox *orgUnit, QObject *parent)
    : QObject(parent), m_year(year), m_quarter(quarter), m_orgUnit(orgUnit)
{
    for (int q = 1; q <= 4; ++q)
        m_quarter->addItem(tr("Q%1").arg(q), q);
    const auto changedUnlessFilling = [this] {
        if (!m_filling)
            Q_EMIT changed();
    };
    for (QComboBox *combo : {m_year, m_quarter, m_orgUnit})
        connect(combo, &QComboBox::currentIndexChanged, this, changedUnlessFilling);
}

void PeriodBar::fill(const QList<int> &years, const QList<OrgUnit> &units, Period start)
{
    m_filling = true;
    m_year->clear();
    for (const int year : years)
        m_year->addItem(QString::number(year), year);
    m_orgUnit->clear();
    for (const OrgUnit &unit : units)
        m_orgUnit->addItem(unit.name, unit.code);
    m_filling = false;
    setPeriod(start);
}

void PeriodBar::clear()
{
    m_filling = true;
    m_year->clear();
    m_orgUnit->clear();
    m_filling = false;
    Q_EMIT changed();
}

void PeriodBar::setYear(int year)
{
    int index = m_year->findData(year);
    if (index < 0) {
        index = 0;
        while (index < m_year->count() && m_year->itemData(index).toInt() < year)
            ++index;
        m_year->insertItem(index, QString::number(year), year);
    }
    m_year->setCurrentIndex(index);
}

void PeriodBar::setPeriod(Period period)
{
    m_filling = true;
    setYear(period.year);
    m_quarter->setCurrentIndex(std::clamp(period.quarter, 1, 4) - 1);
    m_filling = false;
    Q_EMIT changed();
}

void PeriodBar::setOrgUnit(const QString &code)
{
    const int index = m_orgUnit->findData(code);
    if (index >= 0)
        m_orgUnit->setCurrentIndex(index);
}

Period PeriodBar::period() const
{
    return Period{m_year->currentData().toInt(), m_quarter->currentData().toInt()};
}

QString PeriodBar::orgUnitCode() const
{
    return m_orgUnit->currentData().toString();
}

QString PeriodBar::orgUnitName() const
{
    return m_orgUnit->currentText().trimmed();
}

bool PeriodBar::hasYears() const
{
    return m_year->count() > 0;
}

} // namespace zhibiao
