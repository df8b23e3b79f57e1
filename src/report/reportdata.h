#pragma once

#include "core/period.h"
#include "core/statustable.h"
#include "storage/narrativerepository.h"
#include "storage/profilerepository.h"

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
    QList<Narrative> practice;    // 二、主要做法
    QList<Narrative> plan;        // 三、工作谋划
};

} // namespace zhibiao
