#pragma once

#include <QString>

#include <optional>

namespace zhibiao {

// What a person typed into a figure's cell, read strictly: ASCII digits, one optional
// leading minus, at most one decimal point, surrounding blanks ignored. Grouping commas,
// letters and full-width digits are refused so that "1,234" never silently becomes 1.
enum class NumberInputError {
    None,
    Empty,
    NotANumber,         // a letter or another character that is not part of a number
    SecondDecimalPoint, // "1.2.3"
    Grouping,           // "1,234": thousands separators are ambiguous, so refused
    TooManyDecimals,    // more decimals than the indicator's precision
};

struct NumberInput
{
    std::optional<double> value; // set when error == None
    NumberInputError error = NumberInputError::None;
    int position = -1; // the offending character in the text, -1 when not one character

    bool ok() const { return error == NumberInputError::None; }
};

// Reads a complete entry. maxDecimals < 0: any number of decimals.
NumberInput parseNumberInput(const QString &text, int maxDecimals = -1);

// Whether text can still become a valid entry by typing more ("-", "1." are fine while
// typing); the error says why not when it cannot.
NumberInputError checkPartialNumberInput(const QString &text, int maxDecimals = -1);

// Says what went wrong and what to type instead, for the person at the keyboard.
QString numberInputMessage(NumberInputError error, int maxDecimals = -1);

} // namespace zhibiao
