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
    // 0 success, 2 a data error (unreadable document, narratives in the way, storage).
    static int run(const Database &db, const Options &options, QTextStream &out, QTextStream &err);
};

} // namespace zhibiao
