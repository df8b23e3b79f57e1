#include "storage/cataloguerepository.h"

#include "core/textrules.h"
#include "storage/changelog.h"
#include "storage/codetablecache.h"
#include "storage/database.h"
#include "storage/rolecheck.h"
#include "storage/statement.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QHash>
#include <QJsonObject>

namespace zhibiao {

namespace {

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
    const std::shared_ptr<const CodeTableCache::Catalogue> catalogue = m_db.codeTables().catalogue();
    if (includeRetired || !catalogue->anyRetired)
        return catalogue->indicators; // shared, not copied
    QList<Indicator> result;
    result.reserve(catalogue->indicators.size());
    for (const Indicator &indicator : catalogue->indicators) {
        if (!indicator.retired)
            result << indicator;
    }
    return result;
}

std::optional<Indicator> CatalogueRepository::find(const QString &code) const
{
    const std::shared_ptr<const CodeTableCache::Catalogue> catalogue = m_db.codeTables().catalogue();
    const auto id = catalogue->idOfCode.constFind(code);
    if (id == catalogue->idOfCode.cend())
        return std::nullopt;
    return catalogue->indicators.at(catalogue->indexOfId.value(*id));
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
    const CodeTableCache::Change change(m_db);
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
    const CodeTableCache::Change change(m_db);
    Transaction transaction(m_db);
    Statement update(m_db.connection(), QStringLiteral("UPDATE indicators SET retired = ? WHERE code = ?"));
    update.bind(retired ? 1 : 0).bind(code).exec();
    ChangeLog(m_db).append(ChangeEntry{{}, actingUser, QStringLiteral("indicator"), code, toJson(*before),
                                       toJson(after), retired ? QStringLiteral("retired") : QStringLiteral("unretired")});
    transaction.commit();
}

} // namespace zhibiao
