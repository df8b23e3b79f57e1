#pragma once

#include "core/period.h"
#include "core/statustable.h"
#include "storage/narrativerepository.h"
#include "storage/profilerepository.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace zhibiao {

// Everything the report is written from, read once from the database (or made by hand in
// tests): the builder itself touches no storage.
struct ReportData
{
    BureauProfile profile;
    QString orgUnitCode;
    QString orgUnitName;          // "全市" for the city, else the county's name
    bool isCity = true;
    Period period;
    QList<StatusRow> rows;        // the org unit's status table, catalogue order
    QList<StatusRow> previousYear; // the same for the year before, full year
    QHash<QString, QList<StatusRow>> rowsByOrgUnit; // for {{CODE.value@D01}}
    QHash<QString, QList<StatusRow>> previousYearByOrgUnit; // full year before, each org unit
    QStringList childOrgUnits;    // the org unit's direct children (a city's counties)
    QHash<QString, double> nextYearTargets; // "CODE@ORG" → the adopted target of year + 1
    QDate issuedOn;               // the 落款's date when the profile gives none (today)
    QList<Narrative> practice;    // 二、主要做法
    QList<Narrative> plan;        // 三、工作谋划
};

} // namespace zhibiao
