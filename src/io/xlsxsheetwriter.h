#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

namespace zhibiao {

// One worksheet to write: a header row, then rows of text. Cells of number columns are
// written as numbers (so that a spreadsheet sums them), the others as text.
struct XlsxSheet
{
    QString name;
    QStringList header;
    QList<QStringList> rows;
    QSet<int> numberColumns;
    // Cells to fill in, highlighted. The sheet is not protected: Excel refuses to delete a
    // row holding a locked cell, and staff delete the rows of indicators they do not report.
    QSet<int> editableColumns;
    // Shown for reading only (greyed); an importer ignores them.
    QSet<int> helperColumns;
};

// Writes a one-sheet XLSX workbook with libxlsxwriter.
class XlsxSheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::XlsxSheetWriter)

public:
    // The workbook's bytes; empty with *error set when libxlsxwriter fails. The caller
    // saves them (OutputFile), so that a half-written workbook never replaces a file.
    static QByteArray render(const XlsxSheet &sheet, QString *error);
};

} // namespace zhibiao
