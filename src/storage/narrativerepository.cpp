#include "storage/narrativerepository.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

namespace zhibiao {

QList<Narrative> NarrativeRepository::narratives(int year, const QString &section) const
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT year, section, theme, sort_order, body FROM narratives "
                                   "WHERE (? = 0 OR year = ?) AND (? = '' OR section = ?) "
                                   "ORDER BY year, section, sort_order, id"));
    query.bind(year).bind(year).bind(section).bind(section).exec();
    QList<Narrative> result;
    while (query.next())
        result << Narrative{query.value(0).toInt(), query.value(1).toString(),
                            query.value(2).toString(), query.value(3).toInt(),
                            query.value(4).toString()};
    return result;
}

void NarrativeRepository::save(const Narrative &narrative) const
{
    saveAll({narrative});
}

namespace {
void writeAll(const QSqlDatabase &db, const QList<Narrative> &narratives)
{
    Statement write(db, QStringLiteral("INSERT INTO narratives (year, section, theme, sort_order, body) "
                                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (year, section, theme) "
                                       "DO UPDATE SET sort_order = excluded.sort_order, "
                                       "body = excluded.body"));
    for (const Narrative &narrative : narratives)
        write.bind(narrative.year)
            .bind(narrative.section)
            .bind(narrative.theme)
            .bind(narrative.sortOrder)
            .bind(narrative.body)
            .exec();
}
} // namespace

void NarrativeRepository::saveAll(const QList<Narrative> &narratives) const
{
    Transaction transaction(m_db);
    writeAll(m_db.connection(), narratives);
    transaction.commit();
}

void NarrativeRepository::replaceYear(int year, const QList<Narrative> &narratives) const
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(m_db);
    Statement(db, QStringLiteral("DELETE FROM narratives WHERE year = ?")).bind(year).exec();
    writeAll(db, narratives);
    transaction.commit();
}

void NarrativeRepository::remove(int year, const QString &section, const QString &theme) const
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(m_db);
    Statement(db, QStringLiteral("DELETE FROM narratives WHERE year = ? AND section = ? AND theme = ?"))
        .bind(year)
        .bind(section)
        .bind(theme)
        .exec();
    transaction.commit();
}

} // namespace zhibiao
