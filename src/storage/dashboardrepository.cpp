#include "storage/dashboardrepository.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace zhibiao {

QHash<QString, YearFigures> DashboardRepository::yearFigures(int year) const
{
    QHash<QString, YearFigures> result;
    const QSqlDatabase db = m_db.connection();
    Statement figures(db, QStringLiteral("SELECT o.code, i.code, f.quarter, f.value, f.note FROM figures f "
                                         "JOIN indicators i ON i.id = f.indicator_id "
                                         "JOIN org_units o ON o.id = f.org_unit_id "
                                         "WHERE f.year = ?"));
    figures.bind(year).exec();
    while (figures.next()) {
        const auto slot = static_cast<size_t>(figures.value(2).toInt() - 1);
        if (slot > 3)
            continue;
        YearFigures &unit = result[figures.value(0).toString()];
        const QString code = figures.value(1).toString();
        unit.values[code][slot] = figures.value(3).toDouble();
        const QString note = figures.value(4).toString();
        if (!note.isEmpty())
            unit.notes[code][slot] = note;
    }
    figures.finish();

    Statement targets(db, QStringLiteral("SELECT o.code, i.code, t.value FROM targets t "
                                         "JOIN indicators i ON i.id = t.indicator_id "
                                         "JOIN org_units o ON o.id = t.org_unit_id "
                                         "WHERE t.year = ?"));
    targets.bind(year).exec();
    while (targets.next())
        result[targets.value(0).toString()].targets.insert(targets.value(1).toString(),
                                                           targets.value(2).toDouble());
    return result;
}

} // namespace zhibiao
