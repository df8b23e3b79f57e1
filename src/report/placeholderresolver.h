#pragma once

#include "core/statustable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace zhibiao {

// Binds the placeholders of the staff's narrative to the data:
//   {{JY01.value}}      the figure with its unit ("5.04万人")
//   {{JY01.number}}     the figure without its unit ("5.04")
//   {{JY01.target}}     the annual target with its unit
//   {{JY01.completion}} completion of an absolute target ("112.0%")
//   {{JY01.value@D01}}  any of these for another org unit (a county)
// A placeholder without a value is replaced by a marker and listed; braces never remain.
class PlaceholderResolver
{
public:
    // rowsByOrgUnit: the status table of each org unit; defaultOrgUnit: the report's.
    PlaceholderResolver(QHash<QString, QList<StatusRow>> rowsByOrgUnit, QString defaultOrgUnit,
                        QString marker);

    struct Result
    {
        QString text;
        QStringList unresolved; // the placeholders as written, in order of appearance
    };
    Result resolve(const QString &text) const;

private:
    std::optional<QString> value(const QString &code, const QString &field, const QString &orgUnit) const;

    QHash<QString, QList<StatusRow>> m_rows;
    QString m_defaultOrgUnit;
    QString m_marker;
};

} // namespace zhibiao
