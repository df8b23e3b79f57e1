#pragma once

#include "core/indicator.h"
#include "core/orgunit.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace zhibiao {

class Database;
class Statement;

// The indicator catalogue and the org units with their row ids, read once and kept between
// reads (a status table or a grid refresh would otherwise read them every time), keyed by
// integer for the hot paths. Kept until they may have changed:
// - a write through this Database (CatalogueRepository, OrgUnitRepository) marks them stale
//   when it begins and again when it ends, committed or rolled back (Change);
// - a commit by any other connection, in this process or another, moves SQLite's data
//   version (SqliteDialect::dataVersion), which every read compares first.
// One per Database, used on its thread like the connection itself.
class CodeTableCache
{
public:
    struct Catalogue
    {
        QList<Indicator> indicators; // every one, retired too, by sort order then code
        QList<qint64> ids;           // the row id of each, in the same order
        QHash<qint64, qsizetype> indexOfId;
        QHash<QString, qint64> idOfCode;
        bool anyRetired = false;
    };
    struct OrgUnits
    {
        OrgTree tree;
        QHash<QString, qint64> idOfCode;
    };

    explicit CodeTableCache(const Database &db);
    ~CodeTableCache();
    CodeTableCache(const CodeTableCache &) = delete;
    CodeTableCache &operator=(const CodeTableCache &) = delete;

    // As they are now in the file; shared, so a caller may keep them past the next change.
    std::shared_ptr<const Catalogue> catalogue();
    std::shared_ptr<const OrgUnits> orgUnits();
    // Drops both: the next read reads the tables again.
    void invalidate();
    // How many times the tables were read from the file (for tests).
    int reads() const { return m_reads; }

    // Marks the tables stale for the span of a write that changes them (see above).
    class Change
    {
    public:
        explicit Change(const Database &db);
        ~Change();
        Change(const Change &) = delete;
        Change &operator=(const Change &) = delete;

    private:
        const Database &m_db;
    };

private:
    // Drops what is kept when another connection committed since it was read.
    void dropIfChangedElsewhere();

    const Database &m_db;
    std::unique_ptr<Statement> m_dataVersion; // prepared once
    qint64 m_seenDataVersion = -1;
    std::shared_ptr<const Catalogue> m_catalogue;
    std::shared_ptr<const OrgUnits> m_orgUnits;
    int m_reads = 0;
};

} // namespace zhibiao
