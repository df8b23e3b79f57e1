#pragma once

#include "core/textrules.h"
#include "io/csv.h"
#include "io/importer.h"
#include "io/xlsxreader.h"

#include <QList>
#include <QString>

#include <cmath>
#include <optional>

// The field-by-field reading of an import file's rows, apart from what each kind's rows must
// hold (importer.cpp). Its messages are the importer's (Importer::tr), as the catalogue has them;
// defined here in full so that the calls per cell stay inline.
namespace zhibiao {

// The header's columns by name (trimmed, lower case; of a name given twice, the later
// column). Every field of every row is asked for by name: with a dozen columns at most, a
// scan of the names costs less than hashing the name (the import's hot path).
class ColumnIndex
{
public:
    explicit ColumnIndex(const QStringList &header)
    {
        m_names.reserve(header.size());
        for (const QString &name : header)
            m_names << name.trimmed().toLower();
    }

    int value(QStringView name, int missing = -1) const
    {
        for (qsizetype i = m_names.size() - 1; i >= 0; --i) {
            if (m_names.at(i) == name)
                return static_cast<int>(i);
        }
        return missing;
    }
    bool contains(QStringView name) const { return value(name) >= 0; }
    int size() const { return static_cast<int>(m_names.size()); }

private:
    QStringList m_names; // in the header's order
};

// Reads typed fields of one record by column name and collects what is wrong with them.
class RowReader
{
public:
    RowReader(const CsvRecord &record, const ColumnIndex &columns, QList<ImportIssue> &errors,
              bool spreadsheet)
        : m_record(record), m_columns(columns), m_errors(errors), m_spreadsheet(spreadsheet)
    {
    }

    int line() const { return m_record.line; }

    QString text(const QString &column, bool required = false, int maxLength = TextRules::kMaxNameLength,
                 bool multiLine = false)
    {
        const int index = m_columns.value(column, -1);
        const QString value = index >= 0 && index < m_record.fields.size()
                                  ? m_record.fields.at(index).trimmed()
                                  : QString();
        if (required && value.isEmpty())
            fail(column, Importer::tr("must not be empty"));
        else if (const QString problem = TextRules::problem(value, maxLength, multiLine); !problem.isEmpty())
            fail(column, problem);
        return value;
    }

    // A CSV line with more or fewer fields than the header is refused as a whole: its
    // values would land in the wrong columns. A spreadsheet row may end early (empty cells
    // are no cells), but nothing may stand right of the header.
    bool hasTheHeadersFields(int headerSize)
    {
        const qsizetype size = m_record.fields.size();
        if (!m_spreadsheet && size != headerSize) {
            m_errors << ImportIssue{m_record.line, {},
                                    size > headerSize
                                        ? Importer::tr("the line has %1 fields, but the header has %2: a comma too "
                                                       "many, or a value with a comma that needs quotes")
                                              .arg(size)
                                              .arg(headerSize)
                                        : Importer::tr("the line has %1 of the header's %2 fields: a field (or its "
                                                       "comma) is missing")
                                              .arg(size)
                                              .arg(headerSize)};
            return false;
        }
        for (qsizetype i = headerSize; i < size; ++i) {
            if (!m_record.fields.at(i).trimmed().isEmpty()) {
                m_errors << ImportIssue{m_record.line, {},
                                        Importer::tr("cell %1 holds a value right of the header's last column")
                                            .arg(XlsxReader::columnName(static_cast<int>(i)) + QString::number(m_record.line)),
                                        XlsxReader::columnName(static_cast<int>(i)) + QString::number(m_record.line)};
                return false;
            }
        }
        return true;
    }

    std::optional<int> integer(const QString &column, int min, int max, bool required = true)
    {
        const QString value = text(column);
        if (value.isEmpty()) {
            if (required)
                fail(column, Importer::tr("must not be empty"));
            return std::nullopt;
        }
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < min || number > max) {
            fail(column, Importer::tr("'%1' is not a whole number from %2 to %3").arg(value).arg(min).arg(max));
            return std::nullopt;
        }
        return number;
    }

    std::optional<double> number(const QString &column)
    {
        const QString value = text(column);
        if (value.isEmpty()) {
            fail(column, Importer::tr("must not be empty"));
            return std::nullopt;
        }
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            fail(column, Importer::tr("'%1' is not a number (use digits and one '.' for decimals, "
                                      "no thousands separators or units)")
                             .arg(value));
            return std::nullopt;
        }
        return number;
    }

    void fail(const QString &column, const QString &reason)
    {
        const int index = m_columns.value(column, -1);
        const QString cell = m_spreadsheet && index >= 0
                                 ? XlsxReader::columnName(index) + QString::number(m_record.line)
                                 : QString();
        m_errors << ImportIssue{m_record.line, column, reason, cell};
    }

private:
    const CsvRecord &m_record;
    const ColumnIndex &m_columns;
    QList<ImportIssue> &m_errors;
    bool m_spreadsheet = false;
};

} // namespace zhibiao
