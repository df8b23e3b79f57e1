#pragma once

#include "io/recordtable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace zhibiao {

// Reads the first worksheet of an XLSX workbook (as written by Excel, LibreOffice Calc or
// XlsxWriter) into rows of text, the way the same sheet saved as CSV would read: numbers
// as the shortest text of their value, booleans as TRUE/FALSE, skipped cells empty.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::XlsxReader)

public:
    static RecordTable read(const QByteArray &data, const ImportProgress &progress = {});

    // 0 -> "A", 26 -> "AA".
    static QString columnName(int index);
    // "C" or "C5" -> 2; -1 when the text starts with no column letters.
    static int columnIndex(const QString &reference);
    // A number cell's stored text as a person reads it: Excel writes 4.6 as
    // 4.5999999999999996, which means 4.6.
    static QString numberText(const QString &stored);

private:
    struct Zip;
    static QString firstSheetPath(Zip &zip, QString *sheetName, QString *error);
    static QStringList sharedStrings(Zip &zip, QString *error);
    static void readSheet(const QByteArray &xml, const QStringList &strings, RecordTable &table,
                          const ImportProgress &progress);
};

} // namespace zhibiao
