#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace zhibiao {

// A placeholder of the narratives, found in a text: where it is and what it says in words.
struct PlaceholderSpan
{
    int start = 0;  // offset of "{{"
    int length = 0; // through "}}"
    QString label;  // "城镇新增就业（JY01）· 数值 · 青禾区"; empty when it names nothing known
};

// Reads the {{…}} placeholders of a text so that a writer sees names, not codes. Knows the
// grammar of PlaceholderResolver: CODE.field[@ORG][:N], period, year, next_year.
class PlaceholderLabel
{
public:
    // indicatorNames and orgUnitNames by code.
    PlaceholderLabel(QHash<QString, QString> indicatorNames, QHash<QString, QString> orgUnitNames)
        : m_indicators(std::move(indicatorNames)), m_orgUnits(std::move(orgUnitNames))
    {
    }

    QList<PlaceholderSpan> spans(const QString &text) const;
    // The words for the inside of one placeholder ("JY01.value@D01"); empty when unknown.
    QString describe(const QString &inner) const;

private:
    QHash<QString, QString> m_indicators;
    QHash<QString, QString> m_orgUnits;
};

} // namespace zhibiao
