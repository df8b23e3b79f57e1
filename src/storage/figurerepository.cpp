#include "storage/figurerepository.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/valuetable.h"

namespace zhibiao {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT i.code, o.code, f.year, f.quarter, f.value, f.note FROM figures f "
    "JOIN indicators i ON i.id = f.indicator_id JOIN org_units o ON o.id = f.org_unit_id ");

Figure readFigure(const Statement &query)
{
    return Figure{query.value(0).toString(), query.value(1).toString(),
                  Period{query.value(2).toInt(), query.value(3).toInt()},
                  query.value(4).toDouble(), query.value(5).toString()};
}
} // namespace

QList<Figure> FigureRepository::figures(int year) const
{
    Statement query(m_db.connection(),
                    kSelect + QStringLiteral("WHERE (? = 0 OR f.year = ?) "
                                             "ORDER BY f.year, o.sort_order, o.code, i.sort_order, "
                                             "i.code, f.quarter"));
    query.bind(year).bind(year).exec();
    QList<Figure> result;
    while (query.next())
        result << readFigure(query);
    return result;
}

std::optional<Figure> FigureRepository::find(const QString &indicatorCode,
                                              const QString &orgUnitCode, Period period) const
{
    Statement query(m_db.connection(),
                    kSelect + QStringLiteral("WHERE i.code = ? AND o.code = ? AND f.year = ? "
                                             "AND f.quarter = ?"));
    query.bind(indicatorCode).bind(orgUnitCode).bind(period.year).bind(period.quarter).exec();
    if (!query.next())
        return std::nullopt;
    return readFigure(query);
}

UpsertCounts FigureRepository::upsert(const QList<Figure> &figures, const QString &userName,
                                      const QString &auditNote) const
{
    QList<ValueRow> rows;
    rows.reserve(figures.size());
    for (const Figure &figure : figures)
        rows << ValueRow{figure.indicatorCode, figure.orgUnitCode, figure.period.year,
                         figure.period.quarter, figure.value, figure.note};
    return ValueTable(m_db, ValueTable::Kind::Figures).upsert(rows, userName, auditNote);
}

YearFigures FigureRepository::yearFigures(int year, const QString &orgUnitCode) const
{
    YearFigures data;
    const QSqlDatabase db = m_db.connection();
    Statement figures(db, QStringLiteral("SELECT i.code, f.quarter, f.value, f.note FROM figures f "
                                         "JOIN indicators i ON i.id = f.indicator_id "
                                         "WHERE f.org_unit_id = (SELECT id FROM org_units WHERE code = ?) "
                                         "AND f.year = ?"));
    figures.bind(orgUnitCode).bind(year).exec();
    while (figures.next()) {
        const QString code = figures.value(0).toString();
        const auto slot = static_cast<size_t>(figures.value(1).toInt() - 1);
        if (slot > 3)
            continue;
        data.values[code][slot] = figures.value(2).toDouble();
        data.notes[code][slot] = figures.value(3).toString();
    }
    figures.finish();

    Statement targets(db, QStringLiteral("SELECT i.code, t.value FROM targets t "
                                         "JOIN indicators i ON i.id = t.indicator_id "
                                         "WHERE t.org_unit_id = (SELECT id FROM org_units WHERE code = ?) "
                                         "AND t.year = ?"));
    targets.bind(orgUnitCode).bind(year).exec();
    while (targets.next())
        data.targets.insert(targets.value(0).toString(), targets.value(1).toDouble());
    return data;
}

} // namespace zhibiao
