#pragma once

#include "core/orgunit.h"
#include "core/period.h"

#include <QObject>

class QComboBox;

namespace zhibiao {

// The main window's year, quarter and org-unit choosers: what every tab shows. Filling
// them (a file opened, a year added) is one change, not one per item.
class PeriodBar : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodBar)

public:
    PeriodBar(QComboBox *year, QComboBox *quarter, QComboBox *orgUnit, QObject *parent = nullptr);

    // The file's years and org units; starts on `start` (a year without data is added, as
    // its rows can still be looked at).
    void fill(const QList<int> &years, const QList<OrgUnit> &units, Period start);
    void clear();
    void setPeriod(Period period);
    void setOrgUnit(const QString &code);

    Period period() const;
    QString orgUnitCode() const;
    QString orgUnitName() const;
    bool hasYears() const;

Q_SIGNALS:
    void changed(); // the person chose another year, quarter or unit, or a fill ended

private:
    void setYear(int year);

    QComboBox *m_year;
    QComboBox *m_quarter;
    QComboBox *m_orgUnit;
    bool m_filling = false; // the choosers are being filled: no change per item
};

} // namespace zhibiao
