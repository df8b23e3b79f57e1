#include "core/numberinput.h"

#include <QCoreApplication>

namespace zhibiao {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Scans text; on the first character that cannot belong to a number returns its error.
// Leaves "complete" false when the text is only a prefix of a number ("", "-", "1.").
NumberInputError scan(const QString &text, int maxDecimals, bool *complete, int *position)
{
    const QString trimmed = text.trimmed();
    int offset = 0;
    while (offset < text.size() && text.at(offset).isSpace())
        ++offset;
    int digitsBefore = 0;
    int digitsAfter = 0;
    bool point = false;
    for (int i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        *position = offset + i;
        if (isAsciiDigit(c)) {
            if (point)
                ++digitsAfter;
            else
                ++digitsBefore;
            if (maxDecimals >= 0 && digitsAfter > maxDecimals)
                return NumberInputError::TooManyDecimals;
        } else if (c == QLatin1Char('-') && i == 0) {
            continue;
        } else if (c == QLatin1Char('.')) {
            if (point)
                return NumberInputError::SecondDecimalPoint;
            if (maxDecimals == 0)
                return NumberInputError::TooManyDecimals;
            point = true;
        } else if (c == QLatin1Char(',') && !point && digitsBefore > 0) {
            return NumberInputError::Grouping;
        } else {
            return NumberInputError::NotANumber;
        }
    }
    *position = -1;
    *complete = digitsBefore > 0 && (!point || digitsAfter > 0);
    return NumberInputError::None;
}

} // namespace

NumberInput parseNumberInput(const QString &text, int maxDecimals)
{
    NumberInput result;
    if (text.trimmed().isEmpty()) {
        result.error = NumberInputError::Empty;
        return result;
    }
    bool complete = false;
    result.error = scan(text, maxDecimals, &complete, &result.position);
    if (!result.ok())
        return result;
    if (!complete) {
        result.error = NumberInputError::NotANumber;
        return result;
    }
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok) {
        result.error = NumberInputError::NotANumber;
        return result;
    }
    result.value = value == 0.0 ? 0.0 : value; // never keep -0
    return result;
}

NumberInputError checkPartialNumberInput(const QString &text, int maxDecimals)
{
    bool complete = false;
    int position = -1;
    return scan(text, maxDecimals, &complete, &position);
}

QString numberInputMessage(NumberInputError error, int maxDecimals)
{
    switch (error) {
    case NumberInputError::None:
        return {};
    case NumberInputError::Empty:
        return QCoreApplication::translate("zhibiao::NumberInput", "Type a number.");
    case NumberInputError::NotANumber:
        return QCoreApplication::translate("zhibiao::NumberInput", "Only numbers can be entered here.");
    case NumberInputError::SecondDecimalPoint:
        return QCoreApplication::translate("zhibiao::NumberInput", "A number has only one decimal point.");
    case NumberInputError::Grouping:
        return QCoreApplication::translate("zhibiao::NumberInput",
                                           "Type the number without thousands separators (1234, not 1,234).");
    case NumberInputError::TooManyDecimals:
        if (maxDecimals == 0)
            return QCoreApplication::translate("zhibiao::NumberInput", "This figure is a whole number: no decimals.");
        return QCoreApplication::translate("zhibiao::NumberInput", "This figure has at most %n decimal(s).", nullptr,
                                           maxDecimals);
    }
    return {};
}

} // namespace zhibiao
