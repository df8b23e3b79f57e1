#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTextStream>

#include <optional>

namespace zhibiao {

class Database;

// zhibiao-cli profile: who the bureau is, as its reports name it. Without options it prints
// the profile; with any of them it changes those fields (an administrator).
//   profile [--city NAME] [--bureau NAME] [--issuer NAME] [--leadership TEXT] [--date YYYY-MM-DD]
class ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ProfileCommand)

public:
    struct Options
    {
        std::optional<QString> city;
        std::optional<QString> bureau;
        std::optional<QString> issuer;
        std::optional<QString> leadership;
        std::optional<QString> date; // YYYY-MM-DD, or empty to clear it
        QString actingUser;

        bool changes() const { return city || bureau || issuer || leadership || date; }
    };
    // Why the options are wrong before the file is opened (empty: they are right).
    static QString usageProblem(const Options &options);
    // Applies the options' changes (the profile is saved only when something changed).
    static int run(const Database &db, const Options &options, QTextStream &out, QTextStream &err);
    // The same changes, for init (no output; throws StorageError).
    static void apply(const Database &db, const Options &options);
};

} // namespace zhibiao
