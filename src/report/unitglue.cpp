#include "report/unitglue.h"

#include <QRegularExpression>
#include <QStringList>

namespace zhibiao::UnitGlue {

const QStringList &units()
{
    static const QStringList list{QStringLiteral("个百分点"), QStringLiteral("万人次"), QStringLiteral("人次"),
                                  QStringLiteral("万人"),     QStringLiteral("万元"),   QStringLiteral("亿元"),
                                  QStringLiteral("人"),       QStringLiteral("户"),     QStringLiteral("家"),
                                  QStringLiteral("件"),       QStringLiteral("起"),     QStringLiteral("名"),
                                  QStringLiteral("项"),       QStringLiteral("元"),     QStringLiteral("%"),
                                  QStringLiteral("个")};
    return list;
}

namespace {
const QRegularExpression &figureWithUnit()
{
    static const QRegularExpression pattern = [] {
        QStringList alternatives;
        for (const QString &unit : units())
            alternatives << QRegularExpression::escape(unit);
        // A figure (12, 2.73, 1,620) and the longest unit that follows it.
        return QRegularExpression(QStringLiteral("(\\d+(?:[.,]\\d+)*)(%1)").arg(alternatives.join(QLatin1Char('|'))));
    }();
    return pattern;
}

QString joined(const QString &characters)
{
    QString out;
    for (qsizetype i = 0; i < characters.size(); ++i) {
        if (i > 0)
            out += kJoiner;
        out += characters.at(i);
    }
    return out;
}
} // namespace

QString glue(const QString &text)
{
    QString out;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = figureWithUnit().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(from, match.capturedStart() - from);
        out += match.captured(1) + kJoiner + joined(match.captured(2));
        from = match.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

QString unglue(QString text)
{
    return text.remove(kJoiner);
}

} // namespace zhibiao::UnitGlue
