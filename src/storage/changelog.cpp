#include "storage/changelog.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QJsonDocument>

namespace zhibiao {

namespace {
QVariant toText(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QVariant &text)
{
    return text.isNull() ? QJsonObject() : QJsonDocument::fromJson(text.toString().toUtf8()).object();
}
} // namespace

void ChangeLog::append(const ChangeEntry &entry) const
{
    const QDateTime at = entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc();
    Statement(m_db.connection(),
              QStringLiteral("INSERT INTO change_log (at, user_name, entity, entity_key, old_value, "
                             "new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?)"))
        .bind(at.toUTC().toString(Qt::ISODateWithMs))
        .bind(entry.userName)
        .bind(entry.entity)
        .bind(entry.key)
        .bind(toText(entry.oldValue))
        .bind(toText(entry.newValue))
        .bind(entry.note)
        .exec();
}

QList<ChangeEntry> ChangeLog::entries(const QString &entity, const QString &key) const
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT at, user_name, entity, entity_key, old_value, new_value, note "
                                   "FROM change_log WHERE (? = '' OR entity = ?) AND (? = '' OR entity_key = ?) "
                                   "ORDER BY id"));
    query.bind(entity).bind(entity).bind(key).bind(key).exec();
    QList<ChangeEntry> result;
    while (query.next())
        result << ChangeEntry{QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs),
                              query.value(1).toString(),
                              query.value(2).toString(),
                              query.value(3).toString(),
                              fromText(query.value(4)),
                              fromText(query.value(5)),
                              query.value(6).toString()};
    query.finish();
    return result;
}

} // namespace zhibiao
