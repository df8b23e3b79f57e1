#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace zhibiao {

class Database;

// A piece of prose the staff write for the annual report: one theme of one section.
struct Narrative
{
    int year = 0;
    QString section; // "practice" (二、主要做法) or "plan" (三、工作谋划)
    QString theme;   // the subsection heading, e.g. "“四促”稳就业"
    int sortOrder = 0;
    QString body;    // may hold placeholders such as {{JY01.value}}

    friend bool operator==(const Narrative &, const Narrative &) = default;
};

class NarrativeRepository
{
public:
    explicit NarrativeRepository(const Database &db) : m_db(db) {}

    QList<Narrative> narratives(int year, const QString &section = {}) const; // year 0: every year
    void save(const Narrative &narrative) const; // by (year, section, theme)
    // Several at once, in one transaction: all of them or none.
    void saveAll(const QList<Narrative> &narratives) const;
    void remove(int year, const QString &section, const QString &theme) const;
    // Every narrative of year replaced by these, in one transaction (a template adopted).
    void replaceYear(int year, const QList<Narrative> &narratives) const;

private:
    const Database &m_db;
};

} // namespace zhibiao
