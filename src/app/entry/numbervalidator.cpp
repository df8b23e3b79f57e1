#include "app/entry/numbervalidator.h"

#include "core/numberinput.h"

namespace zhibiao {

NumberValidator::NumberValidator(int precision, QObject *parent)
    : QValidator(parent), m_precision(precision)
{
}

// A key that cannot belong to the number is kept, not dropped: dropping the comma of
// "1,234" or "3,2" would leave another number in the cell (1234, 32) and save it. The text
// stays as typed, the message says why, and Enter refuses the whole entry (fixup) until it
// is corrected or Esc restores the stored figure.
QValidator::State NumberValidator::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    const NumberInputError error = checkPartialNumberInput(input, m_precision);
    if (error != NumberInputError::None) {
        if (input != m_lastRefused) {
            m_lastRefused = input;
            Q_EMIT refused(numberInputMessage(error, m_precision));
        }
        return Intermediate;
    }
    m_lastRefused.clear();
    return parseNumberInput(input, m_precision).ok() ? Acceptable : Intermediate;
}

void NumberValidator::fixup(QString &input) const
{
    // Called when Enter is pressed on text that is not a whole number: nothing is
    // changed (the entry is refused as typed) and the reason is said again.
    const NumberInput parsed = parseNumberInput(input, m_precision);
    if (!parsed.ok())
        Q_EMIT refused(numberInputMessage(parsed.error, m_precision));
}

} // namespace zhibiao
