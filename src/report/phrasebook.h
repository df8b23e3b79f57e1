#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace zhibiao {

// The report's phrasing as data (resources/report/phrases.json by default): sentence
// templates with named {slots}, list joiners and period names. What is particular to one
// indicator (its phrase, its own clauses) belongs to the bureau's catalogue (Indicator).
class Phrasebook
{
public:
    // The shipped defaults.
    static Phrasebook defaults();
    // From JSON text; on a parse error returns the defaults and sets *error.
    static Phrasebook fromJson(const QByteArray &json, QString *error = nullptr);

    QString text(const QString &key) const;   // under "text"
    QString phrase(const QString &shape) const; // under "phrases"
    QString clause(const QString &key) const; // under "clauses"
    QString join(const QString &key) const;   // under "joins"
    QString periodName(int quarter) const;    // "前三季度" for 3
    QString ordinal(int n) const;             // "一" for 1
    bool isMoneyUnit(const QString &unit) const;
    // Whole terms that a list of names may share ("参保人数"): preferred over a longer
    // common part that would split a word.
    QStringList sharedHeads() const;

    // "a、b和c" with the joins of this phrasebook.
    QString list(const QStringList &items) const;

    using Slots = QHash<QString, QString>;
    // Replaces each {slot}. Returns a null string when a slot has no value, so that the
    // caller can fall back instead of printing braces.
    static QString fill(const QString &pattern, const Slots &values);

private:
    QJsonObject m_root;
};

} // namespace zhibiao
