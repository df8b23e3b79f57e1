#include "report/phrasebook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace zhibiao {

Phrasebook Phrasebook::defaults()
{
    QFile file(QStringLiteral(":/report/phrases.json"));
    Phrasebook book;
    if (file.open(QIODevice::ReadOnly))
        book.m_root = QJsonDocument::fromJson(file.readAll()).object();
    return book;
}

Phrasebook Phrasebook::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return defaults();
    }
    Phrasebook book;
    book.m_root = document.object();
    return book;
}

QString Phrasebook::text(const QString &key) const
{
    return m_root.value(QLatin1String("text")).toObject().value(key).toString();
}

QString Phrasebook::phrase(const QString &shape) const
{
    return m_root.value(QLatin1String("phrases")).toObject().value(shape).toString();
}

QString Phrasebook::clause(const QString &key) const
{
    return m_root.value(QLatin1String("clauses")).toObject().value(key).toString();
}

QString Phrasebook::join(const QString &key) const
{
    return m_root.value(QLatin1String("joins")).toObject().value(key).toString();
}

QString Phrasebook::periodName(int quarter) const
{
    return m_root.value(QLatin1String("periods")).toArray().at(quarter - 1).toString();
}

QString Phrasebook::ordinal(int n) const
{
    const QJsonArray ordinals = m_root.value(QLatin1String("ordinals")).toArray();
    return n >= 1 && n <= ordinals.size() ? ordinals.at(n - 1).toString() : QString::number(n);
}

bool Phrasebook::isMoneyUnit(const QString &unit) const
{
    return m_root.value(QLatin1String("moneyUnits")).toArray().contains(QJsonValue(unit));
}

QStringList Phrasebook::sharedHeads() const
{
    QStringList heads;
    for (const QJsonValue &value : m_root.value(QLatin1String("sharedHeads")).toArray())
        heads << value.toString();
    return heads;
}

QString Phrasebook::list(const QStringList &items) const
{
    if (items.size() < 3)
        return items.join(join(QStringLiteral("list")));
    return items.mid(0, items.size() - 1).join(join(QStringLiteral("list"))) + join(QStringLiteral("last"))
           + items.last();
}

QString Phrasebook::fill(const QString &pattern, const Slots &values)
{
    static const QRegularExpression slot(QStringLiteral("\\{([A-Za-z0-9_.]+)\\}"));
    QString result;
    qsizetype from = 0;
    for (auto it = slot.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const auto found = values.constFind(match.captured(1));
        if (found == values.cend())
            return {};
        result += QStringView(pattern).mid(from, match.capturedStart() - from);
        result += *found;
        from = match.capturedEnd();
    }
    result += QStringView(pattern).mid(from);
    return result;
}

} // namespace zhibiao
