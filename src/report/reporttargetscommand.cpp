#include "report/reporttargetscommand.h"

#include "core/numberformat.h"
#include "report/targetadopter.h"

#include <QTextStream>

namespace zhibiao {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

bool ReportTargetsCommand::isFormat(const QString &name)
{
    return name == QLatin1String("text") || name == QLatin1String("csv");
}

QString ReportTargetsCommand::table(const QList<TargetProposal> &proposals, int year, const QString &format)
{
    QString result;
    const bool csv = format == QLatin1String("csv");
    if (csv)
        result += QStringLiteral("indicator,name,unit,target_%1,value_%1,proposed_%2\n").arg(year).arg(year + 1);
    for (const TargetProposal &p : proposals) {
        const int precision = p.indicator.precision;
        const QString value = p.currentValue ? NumberFormat::number(*p.currentValue, precision) : QString();
        const QStringList fields{p.indicator.code, p.indicator.name, p.indicator.unit,
                                 NumberFormat::number(p.currentTarget, precision), value,
                                 NumberFormat::number(p.proposed, precision)};
        if (csv) {
            QStringList quoted;
            for (const QString &field : fields)
                quoted << csvField(field);
            result += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
        } else {
            result += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
    }
    return result;
}

bool ReportTargetsCommand::run(const Database &db, const Options &options, QTextStream &out, QString *error)
{
    const TargetAdopter adopter(db);
    const QList<TargetProposal> proposals = adopter.proposals(options.year, options.orgUnitCode);
    if (proposals.isEmpty()) {
        *error = tr("no target proposals for %1: no targets with figures for that year, or no such org unit")
                     .arg(options.year);
        return false;
    }
    out << table(proposals, options.year, options.format);
    if (!options.adopt)
        return true;
    const TargetAdopter::Outcome outcome =
        adopter.adopt(options.year, options.orgUnitCode, proposals, options.userName, options.overwrite);
    if (!outcome.ok) {
        *error = outcome.error;
        return false;
    }
    // CSV output stays a pure table, fit to be read back by a spreadsheet.
    if (options.format == QLatin1String("text"))
        out << tr("Adopted as %1 targets: %2 new, %3 changed, %4 unchanged.")
                   .arg(options.year + 1)
                   .arg(outcome.counts.inserted)
                   .arg(outcome.counts.updated)
                   .arg(outcome.counts.unchanged)
            << '\n';
    return true;
}

} // namespace zhibiao
