#pragma once

#include "report/phrasebook.h"

#include <QJsonObject>

namespace zhibiao {

class Database;

// The phrasebook a bureau uses: the shipped defaults (resources/report/phrases.json) with the
// bureau's own overrides, kept in its database, laid over them key by key.
namespace PhrasebookStore {
QJsonObject defaults();
// base with every value of over put in its place; objects are merged, anything else replaced.
QJsonObject merged(QJsonObject base, const QJsonObject &over);
QJsonObject overrides(const Database &db);
void saveOverrides(const Database &db, const QJsonObject &overrides); // empty: back to defaults
Phrasebook load(const Database &db);
} // namespace PhrasebookStore

} // namespace zhibiao
