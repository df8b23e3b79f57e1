#include "storage/cataloguerepository.h"

#include "core/textrules.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/rolecheck.h"
#include "storage/statement.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QHash>
#include <QJsonObject>

namespace zhibiao {

namespace {

const QString kColumns = QStringLiteral(
    "code, category, subcategory, name, unit, kind, direction, precision, parent_code, "
    "sort_order, schedule, retired, phrase, phrase_clauses");

Indicator readIndicator(const Statement &query)
{
    Indicator indicator;
    indicator.code = query.value(0).toString();
    indicator.category = query.value(1).toString();
    indicator.subcategory = query.value(2).toString();
    indicator.name = query.value(3).toString();
    indicator.unit = query.value(4).toString();
    indicator.kind = indicatorKindFromString(query.value(5).toString()).value_or(IndicatorKind::Cumulative);
    indicator.direction = directionFromString(query.value(6).toString()).value_or(Direction::Higher);
    indicator.precision = query.value(7).toInt();
    indicator.parentCode = query.value(8).toString();
    indicator.sortOrder = query.value(9).toInt();
    bool ok = true;
    indicator.schedule = Schedule::parse(query.value(10).toString(), &ok);
    indicator.retired = query.value(11).toBool();
    indicator.phrase = query.value(12).toString();
    indicator.clauses = clausesFromString(query.value(13).toString());
    return indicator;
}

void bindIndicator(Statement &statement, const Indicator &indicator)
{
    statement.bind(indicator.category)
        .bind(indicator.subcategory)
        .bind(indicator.name)
        .bind(indicator.unit)
        .bind(toString(indicator.kind))
        .bind(toString(indicator.direction))
        .bind(indicator.precision)
        .bind(indicator.parentCode)
        .bind(indicator.sortOrder)
        .bind(indicator.schedule ? indicator.schedule->toString() : QString())
        .bind(indicator.retired ? 1 : 0)
        .bind(indicator.phrase)
        .bind(clausesToString(indicator.clauses));
}

QJsonObject toJson(const Indicator &indicator)
{
    return QJsonObject{{QStringLiteral("category"), indicator.category},
                       {QStringLiteral("subcategory"), indicator.subcategory},
                       {QStringLiteral("name"), indicator.name},
                       {QStringLiteral("unit"), indicator.unit},
                       {QStringLiteral("kind"), toString(indicator.kind)},
                       {QStringLiteral("direction"), toString(indicator.direction)},
                       {QStringLiteral("precision"), indicator.precision},
                       {QStringLiteral("parent"), indicator.parentCode},
                       {QStringLiteral("sort"), indicator.sortOrder},
                       {QStringLiteral("schedule"), indicator.schedule ? indicator.schedule->toString() : QString()},
                       {QStringLiteral("retired"), indicator.retired},
                       {QStringLiteral("phrase"), indicator.phrase},
                       {QStringLiteral("clauses"), clausesToString(indicator.clauses)}};
}

} // namespace

QList<Indicator> CatalogueRepository::indicators(bool includeRetired) const
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT %1 FROM indicators WHERE (? = 1 OR retired = 0) "
                                   "ORDER BY sort_order, code")
                        .arg(kColumns));
    query.bind(includeRetired ? 1 : 0).exec();
    QList<Indicator> result;
    while (query.next())
        result << readIndicator(query);
    return result;
}

std::optional<Indicator> CatalogueRepository::find(const QString &code) const
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT %1 FROM indicators WHERE code = ?").arg(kColumns));
    query.bind(code).exec();
    if (!query.next())
        return std::nullopt;
    return readIndicator(query);
}

UpsertCounts CatalogueRepository::upsert(const QList<Indicator> &incoming, const QString &actingUser,
                                         const QString &note) const
{
    RoleCheck::require(m_db, actingUser, {Role::Admin}, RoleCheck::tr("change the indicator catalogue"));
    for (const Indicator &indicator : incoming) {
        QString problem = TextRules::problem(indicator.code, TextRules::kMaxCodeLength);
        if (problem.isEmpty())
            problem = TextRules::problem(indicator.phrase, TextRules::kMaxNoteLength);
        for (const QString &text : {indicator.name, indicator.category, indicator.subcategory, indicator.unit}) {
            if (problem.isEmpty())
                problem = TextRules::problem(text, TextRules::kMaxNameLength);
        }
        if (!problem.isEmpty())
            throw StorageError(RoleCheck::tr("The indicator %1 was not saved: %2. Nothing was changed.")
                                   .arg(TextRules::printable(indicator.code), problem));
    }
    QHash<QString, Indicator> existing;
    for (const Indicator &indicator : indicators(true))
        existing.insert(indicator.code, indicator);

    UpsertCounts counts;
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(m_db);
    Statement insert(db, QStringLiteral("INSERT INTO indicators (category, subcategory, name, unit, "
                                        "kind, direction, precision, parent_code, sort_order, "
                                        "schedule, retired, phrase, phrase_clauses, code) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Statement update(db, QStringLiteral("UPDATE indicators SET category = ?, subcategory = ?, "
                                        "name = ?, unit = ?, kind = ?, direction = ?, precision = ?, "
                                        "parent_code = ?, sort_order = ?, schedule = ?, retired = ?, "
                                        "phrase = ?, phrase_clauses = ? WHERE code = ?"));
    const ChangeLog log(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc(); // one time for the whole change
    for (const Indicator &indicator : incoming) {
        const auto it = existing.constFind(indicator.code);
        const bool isNew = it == existing.cend();
        if (!isNew && *it == indicator) {
            ++counts.unchanged;
            continue;
        }
        Statement &statement = isNew ? insert : update;
        bindIndicator(statement, indicator);
        statement.bind(indicator.code).exec();
        log.append(ChangeEntry{now, actingUser, QStringLiteral("indicator"), indicator.code,
                               isNew ? QJsonObject() : toJson(*it), toJson(indicator), note});
        ++(isNew ? counts.inserted : counts.updated);
        existing.insert(indicator.code, indicator);
    }
    transaction.commit();
    return counts;
}

void CatalogueRepository::setRetired(const QString &code, bool retired, const QString &actingUser) const
{
    RoleCheck::require(m_db, actingUser, {Role::Admin},
                       retired ? RoleCheck::tr("retire an indicator") : RoleCheck::tr("unretire an indicator"));
    const std::optional<Indicator> before = find(code);
    if (!before)
        throw StorageError(QStringLiteral("no indicator with the code %1").arg(code));
    if (before->retired == retired)
        return;
    Indicator after = *before;
    after.retired = retired;
    Transaction transaction(m_db);
    Statement update(m_db.connection(), QStringLiteral("UPDATE indicators SET retired = ? WHERE code = ?"));
    update.bind(retired ? 1 : 0).bind(code).exec();
    ChangeLog(m_db).append(ChangeEntry{{}, actingUser, QStringLiteral("indicator"), code, toJson(*before),
                                       toJson(after), retired ? QStringLiteral("retired") : QStringLiteral("unretired")});
    transaction.commit();
}

} // namespace zhibiao
