#pragma once

#include "core/indicator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zhibiao {

// Checks an indicator typed into the catalogue form before it is saved. Widget-free, so
// that the rules are tested without a window; every message says what to type instead.
class CatalogueValidator
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::CatalogueValidator)

public:
    // Reads the schedule text into indicator.schedule; returns the first problem, or an
    // empty string when the indicator can be saved. isNew: the code must not exist yet.
    static QString check(Indicator &indicator, const QString &scheduleText,
                         const QList<Indicator> &catalogue, bool isNew);
};

} // namespace zhibiao
