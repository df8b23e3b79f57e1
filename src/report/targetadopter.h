#pragma once

#include "core/figure.h"
#include "report/targetproposer.h"
#include "storage/upsertcounts.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zhibiao {

class Database;

// Adopts the proposals of section 三 (as the writer adjusted them) as next year's targets
// of the org unit: one TargetRepository::upsertAs (a leader or an admin), so that every target
// and its audit row are written together or not at all.
class TargetAdopter
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::TargetAdopter)

public:
    struct Outcome
    {
        bool ok = false;
        QString error;
        QList<Target> conflicts; // next year's existing targets that the adoption would change
        UpsertCounts counts;
    };

    explicit TargetAdopter(const Database &db) : m_db(db) {}

    // The proposals for year + 1 from the whole of `year`. orgUnitCode empty: the city.
    QList<TargetProposal> proposals(int year, const QString &orgUnitCode = {}) const;
    static QList<Target> toTargets(const QList<TargetProposal> &proposals, const QString &orgUnitCode,
                                   int nextYear);
    // The targets already stored whose value differs from the one given.
    QList<Target> conflicts(const QList<Target> &targets) const;
    static QString auditNote(int year);

    // Writes the proposals as the targets of year + 1. Refuses, writing nothing, when year + 1
    // already has different targets, unless overwrite is set.
    Outcome adopt(int year, const QString &orgUnitCode, const QList<TargetProposal> &proposals,
                  const QString &userName, bool overwrite) const;

private:
    QString resolveOrgUnit(const QString &orgUnitCode) const;

    const Database &m_db;
};

} // namespace zhibiao
