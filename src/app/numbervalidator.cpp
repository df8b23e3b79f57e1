#include "app/numbervalidator.h"

#include "core/numberinput.h"

namespace zhibiao {

NumberValidator::NumberValidator(int precision, QObject *parent)
    : QValidator(parent), m_precision(precision)
{
}

QValidator::State NumberValidator::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    const NumberInputError error = checkPartialNumberInput(input, m_precision);
    if (error != NumberInputError::None) {
        Q_EMIT refused(numberInputMessage(error, m_precision));
        return Invalid;
    }
    return parseNumberInput(input, m_precision).ok() ? Acceptable : Intermediate;
}

} // namespace zhibiao
