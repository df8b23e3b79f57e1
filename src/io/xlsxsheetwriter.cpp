#include "io/xlsxsheetwriter.h"

#include <xlsxwriter.h>

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

namespace zhibiao {

namespace {

// Display width in spreadsheet characters: a Chinese character takes two.
double widthOf(const QString &text)
{
    double width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2.1 : 1.1;
    return width;
}

} // namespace

QByteArray XlsxSheetWriter::render(const XlsxSheet &sheet, QString *error)
{
    // libxlsxwriter writes only to a named file: a private temporary one.
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("sheet.xlsx"));
    const QByteArray fileName = QFile::encodeName(path);
    lxw_workbook *workbook = folder.isValid() ? workbook_new(fileName.constData()) : nullptr;
    if (!workbook) {
        *error = tr("cannot create a temporary workbook (is the disk full?)");
        return {};
    }
    const QByteArray sheetName = sheet.name.toUtf8();
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, sheetName.isEmpty() ? nullptr : sheetName.constData());

    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xD9E1F2);
    format_set_border(header, LXW_BORDER_THIN);
    // "@": cells typed into later stay text, so a code such as 0101 keeps its zero.
    lxw_format *text = workbook_add_format(workbook);
    format_set_num_format(text, "@");
    lxw_format *number = workbook_add_format(workbook);
    lxw_format *editableText = workbook_add_format(workbook);
    format_set_num_format(editableText, "@");
    format_set_bg_color(editableText, 0xFFF2CC);
    lxw_format *editableNumber = workbook_add_format(workbook);
    format_set_bg_color(editableNumber, 0xFFF2CC);
    lxw_format *helper = workbook_add_format(workbook);
    format_set_font_color(helper, 0x595959);
    format_set_italic(helper);

    auto formatOf = [&](int column) {
        const bool isNumber = sheet.numberColumns.contains(column);
        if (sheet.editableColumns.contains(column))
            return isNumber ? editableNumber : editableText;
        if (sheet.helperColumns.contains(column))
            return helper;
        return isNumber ? number : text;
    };

    QList<double> widths;
    for (int c = 0; c < sheet.header.size(); ++c) {
        const QByteArray name = sheet.header.at(c).toUtf8();
        worksheet_write_string(worksheet, 0, static_cast<lxw_col_t>(c), name.constData(), header);
        widths << widthOf(sheet.header.at(c)) + 2;
    }
    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        const QStringList &row = sheet.rows.at(r);
        const auto excelRow = static_cast<lxw_row_t>(r + 1);
        for (int c = 0; c < sheet.header.size(); ++c) {
            const QString value = c < row.size() ? row.at(c) : QString();
            const auto column = static_cast<lxw_col_t>(c);
            lxw_format *format = formatOf(c);
            bool isNumber = false;
            const double v = value.toDouble(&isNumber);
            if (value.isEmpty()) {
                worksheet_write_blank(worksheet, excelRow, column, format);
            } else if (isNumber && sheet.numberColumns.contains(c)) {
                worksheet_write_number(worksheet, excelRow, column, v, format);
            } else {
                const QByteArray utf8 = value.toUtf8();
                worksheet_write_string(worksheet, excelRow, column, utf8.constData(), format);
            }
            widths[c] = std::max(widths.at(c), widthOf(value) + 1);
        }
    }
    for (int c = 0; c < sheet.header.size(); ++c)
        worksheet_set_column(worksheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                             std::min(widths.at(c), 60.0), formatOf(c));
    worksheet_freeze_panes(worksheet, 1, 0);

    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        *error = tr("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(result)));
        return {};
    }
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the temporary workbook back: %1").arg(written.errorString());
        return {};
    }
    return written.readAll();
}

} // namespace zhibiao
