#pragma once

#include <QValidator>

namespace zhibiao {

// Accepts what can become a number with at most `precision` decimals; says why it refuses
// the rest through refused() instead of dropping the key silently.
class NumberValidator : public QValidator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberValidator)

public:
    NumberValidator(int precision, QObject *parent = nullptr);

    State validate(QString &input, int &pos) const override;

Q_SIGNALS:
    void refused(const QString &message) const;

private:
    int m_precision;
};

} // namespace zhibiao
