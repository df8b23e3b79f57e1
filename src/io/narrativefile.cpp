#include "io/narrativefile.h"

#include "core/textrules.h"
#include "io/csv.h"

#include <QHash>
#include <QSet>

namespace zhibiao {

QStringList NarrativeFile::columns()
{
    return {QStringLiteral("year"), QStringLiteral("section"), QStringLiteral("theme"), QStringLiteral("sort"),
            QStringLiteral("body")};
}

QList<Narrative> NarrativeFile::read(const QByteArray &csv, QList<ImportIssue> *errors)
{
    const CsvParseResult parsed = Csv::parse(csv);
    QList<Narrative> narratives;
    if (!parsed.error.isEmpty()) {
        *errors << ImportIssue{parsed.errorLine, {}, parsed.error};
        return {};
    }
    if (parsed.records.isEmpty()) {
        *errors << ImportIssue{1, {}, tr("the file is empty; it needs the header row: %1").arg(columns().join(QLatin1Char(',')))};
        return {};
    }
    QHash<QString, int> index;
    const QStringList header = parsed.records.first().fields;
    for (int i = 0; i < header.size(); ++i)
        index.insert(header.at(i).trimmed().toLower(), i);
    for (const QString &column : columns()) {
        if (!index.contains(column)) {
            *errors << ImportIssue{1, {}, tr("the header row lacks the column %1; a narratives file has: %2")
                                              .arg(column, columns().join(QLatin1Char(',')))};
            return {};
        }
    }
    QSet<QString> seen;
    for (qsizetype r = 1; r < parsed.records.size(); ++r) {
        const CsvRecord &record = parsed.records.at(r);
        const auto field = [&](const char *name) {
            const int i = index.value(QString::fromLatin1(name));
            return i < record.fields.size() ? record.fields.at(i) : QString();
        };
        const qsizetype before = errors->size();
        bool ok = false;
        Narrative narrative;
        narrative.year = field("year").trimmed().toInt(&ok);
        if (!ok || narrative.year < 1900 || narrative.year > 9999)
            *errors << ImportIssue{record.line, QStringLiteral("year"), tr("'%1' is not a year such as 2019").arg(field("year"))};
        narrative.section = field("section").trimmed();
        if (narrative.section != QLatin1String("practice") && narrative.section != QLatin1String("plan"))
            *errors << ImportIssue{record.line, QStringLiteral("section"),
                                   tr("'%1' is not practice (二、主要做法) or plan (三、工作谋划)").arg(field("section"))};
        narrative.theme = field("theme").trimmed();
        if (narrative.theme.isEmpty())
            *errors << ImportIssue{record.line, QStringLiteral("theme"), tr("must not be empty")};
        else if (const QString problem = TextRules::problem(narrative.theme, TextRules::kMaxNameLength); !problem.isEmpty())
            *errors << ImportIssue{record.line, QStringLiteral("theme"), problem};
        const QString sort = field("sort").trimmed();
        narrative.sortOrder = sort.isEmpty() ? static_cast<int>(r) * 10 : sort.toInt(&ok);
        if (!sort.isEmpty() && !ok)
            *errors << ImportIssue{record.line, QStringLiteral("sort"), tr("'%1' is not a whole number").arg(sort)};
        narrative.body = field("body").trimmed();
        if (const QString problem = TextRules::problem(narrative.body, TextRules::kMaxNarrativeLength, true); !problem.isEmpty())
            *errors << ImportIssue{record.line, QStringLiteral("body"), problem};
        const QString key = QStringLiteral("%1|%2|%3").arg(narrative.year).arg(narrative.section, narrative.theme);
        if (errors->size() == before && seen.contains(key))
            *errors << ImportIssue{record.line, {}, tr("the theme %1 of %2 %3 appears more than once")
                                                        .arg(narrative.theme, QString::number(narrative.year), narrative.section)};
        seen.insert(key);
        if (errors->size() == before)
            narratives << narrative;
    }
    return narratives;
}

QByteArray NarrativeFile::write(const QList<Narrative> &narratives)
{
    QList<QStringList> records{columns()};
    for (const Narrative &n : narratives)
        records << QStringList{QString::number(n.year), n.section, n.theme, QString::number(n.sortOrder), n.body};
    return Csv::write(records);
}

} // namespace zhibiao
