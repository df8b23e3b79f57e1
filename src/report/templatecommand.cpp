#include "report/templatecommand.h"

#include "report/templatebinder.h"
#include "storage/database.h"
#include "storage/narrativerepository.h"
#include "storage/storageerror.h"
#include "storage/userrepository.h"

#include <QTextStream>

namespace zhibiao {

bool TemplateCommand::run(const Database &db, const Options &options, QTextStream &out, QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    QString readError;
    const QList<DocumentParagraph> paragraphs = DocumentParagraphs::readFile(options.path, &readError);
    if (paragraphs.isEmpty())
        return fail(readError.isEmpty() ? tr("%1 holds no text").arg(options.path) : readError);
    try {
        UserRepository(db).roleOf(options.userName); // a known name writes the report's prose
        const TemplateBinder binder(TemplateData::load(db, options.year));
        const ReportTemplate result = binder.bind(paragraphs);
        const QList<Narrative> narratives = result.narratives();
        if (narratives.isEmpty())
            return fail(tr("%1 has no section 主要做法 or 工作谋划 with themes (（一）…。) to keep; nothing was changed")
                            .arg(options.path));
        const NarrativeRepository repository(db);
        const qsizetype existing = repository.narratives(options.year + 1).size();
        if (existing > 0 && !options.replace)
            return fail(tr("%1 already has %n narrative(s); nothing was changed. Add --replace to replace them with "
                           "this template.",
                           nullptr, static_cast<int>(existing))
                            .arg(options.year + 1));
        const ReportTemplate::Counts counts = result.savedCounts();
        for (const TemplateParagraph &paragraph : result.paragraphs) {
            if (paragraph.section.isEmpty())
                continue;
            for (const TemplateFigure &figure : paragraph.figures)
                if (figure.state == TemplateFigure::State::Choose)
                    out << tr("ambiguous, left as text: %1 in “%2” (%3)")
                               .arg(figure.figure.text, paragraph.theme, binder.describe(figure.choices.first()) +
                                                                            (figure.choices.size() > 1 ? QStringLiteral(" …") : QString()))
                        << '\n';
        }
        repository.replaceYear(options.year + 1, narratives);
        const ReportTemplate::Counts whole = result.counts();
        out << tr("Whole document: %1 of the %2 numbers that equal a stored %3 figure bound (sections 二 and 三 are "
                  "kept; section 一 and the target table are written from the data)")
                   .arg(whole.bound)
                   .arg(whole.matching)
                   .arg(options.year)
            << '\n';
        out << tr("Kept sections: %n number(s) bound to the %1 figures", nullptr, counts.bound).arg(options.year) << '\n'
            << tr("%n ambiguous (left as text; choose in the report window)", nullptr, counts.choose) << '\n'
            << tr("%n left as text (no stored figure fits)", nullptr, counts.text) << '\n'
            << tr("%n narrative(s) saved for %1.", nullptr, static_cast<int>(narratives.size())).arg(options.year + 1)
            << '\n';
    } catch (const StorageError &e) {
        return fail(e.message());
    }
    out.flush();
    return true;
}

} // namespace zhibiao
