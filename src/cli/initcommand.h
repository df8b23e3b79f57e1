#pragma once

#include "cli/profilecommand.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace zhibiao {

// zhibiao-cli init: a new bureau file, never one written over an existing bureau.
//   init                a new, empty bureau; the acting user becomes its administrator
//   init --demo         a new file with the demo bureau
//   init --force ...    also an existing file, where that loses nothing: an empty file,
//                       or (without --demo) a Zhibiao file that is simply opened. The demo
//                       is never put into a file that holds a bureau of its own.
class InitCommand
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::InitCommand)

public:
    struct Options
    {
        QString path;
        QString user;
        bool demo = false;
        bool force = false;
        ProfileCommand::Options profile; // --city, --bureau: the new bureau's names
    };
    // Returns a CliApp exit code; messages go to out and err.
    static int run(const Options &options, QTextStream &out, QTextStream &err);
};

} // namespace zhibiao
