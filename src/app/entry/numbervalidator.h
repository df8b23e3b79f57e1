#pragma once

#include <QValidator>

namespace zhibiao {

// Accepts what can become a number with at most `precision` decimals. Anything else is
// kept as typed and refused whole: refused() says why, and the entry cannot be committed.
class NumberValidator : public QValidator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberValidator)

public:
    NumberValidator(int precision, QObject *parent = nullptr);

    State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

Q_SIGNALS:
    void refused(const QString &message) const;

private:
    int m_precision;
    mutable QString m_lastRefused; // said once per text, not on every repaint's validate()
};

} // namespace zhibiao
