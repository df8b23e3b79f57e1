#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace zhibiao {

// What the first-run page asks of a new bureau.
struct NewBureauSpec
{
    QString bureau;       // e.g. "人力资源和社会保障局"
    QString city;         // e.g. "青禾市"
    QStringList counties; // the counties and districts, in their order
    int firstYear = 0;
    bool referenceCatalogue = true; // the demo's indicators, without targets or figures
    QString creator;                // becomes the file's first user, an admin
};

// Creates the file of a new bureau: the city and its counties, the catalogue (or none),
// the bureau's names and its first user. No targets, no figures.
class NewBureau
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::NewBureau)

public:
    // Why the spec cannot make a bureau; empty when it can.
    static QString check(const NewBureauSpec &spec);
    // Refuses an existing path. On failure returns null with *error set, and leaves no file.
    static std::unique_ptr<Database> create(const QString &path, const NewBureauSpec &spec, QString *error);
};

} // namespace zhibiao
