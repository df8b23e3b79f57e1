#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace zhibiao {

class Database;

// `zhibiao-cli template-from-report FILE --year Y [--replace]`: last year's report (.docx,
// .odt or .txt) bound to the year's stored figures and saved as the narratives of Y + 1.
// Numbers with several fitting figures stay text here; the report window lets one choose.
class TemplateCommand
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::TemplateCommand)

public:
    struct Options
    {
        QString path;
        int year = 0;
        bool replace = false; // the narratives Y + 1 already has are replaced only with this
        QString userName;
    };
    // False with *error saying why (an unreadable document, narratives in the way, storage);
    // nothing is changed then.
    static bool run(const Database &db, const Options &options, QTextStream &out, QString *error);
};

} // namespace zhibiao
