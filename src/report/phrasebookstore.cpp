#include "report/phrasebookstore.h"

#include "storage/phraseoverriderepository.h"

#include <QFile>
#include <QJsonDocument>

namespace zhibiao::PhrasebookStore {

QJsonObject defaults()
{
    QFile file(QStringLiteral(":/report/phrases.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject merged(QJsonObject base, const QJsonObject &over)
{
    for (auto it = over.begin(); it != over.end(); ++it) {
        if (it->isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it->toObject()));
        else
            base.insert(it.key(), *it);
    }
    return base;
}

QJsonObject overrides(const Database &db)
{
    const QByteArray json = PhraseOverrideRepository(db).load();
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json).object();
}

void saveOverrides(const Database &db, const QJsonObject &overrides)
{
    const PhraseOverrideRepository repository(db);
    if (overrides.isEmpty())
        repository.clear();
    else
        repository.save(QJsonDocument(overrides).toJson(QJsonDocument::Compact));
}

Phrasebook load(const Database &db)
{
    const QJsonObject own = overrides(db);
    if (own.isEmpty())
        return Phrasebook::defaults();
    return Phrasebook::fromJson(QJsonDocument(merged(defaults(), own)).toJson(QJsonDocument::Compact));
}

} // namespace zhibiao::PhrasebookStore
