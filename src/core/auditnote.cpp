#include "core/auditnote.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace zhibiao::AuditNote {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("zhibiao::AuditNote", text);
}
} // namespace

QString displayed(const QString &stored)
{
    if (stored == QLatin1String("import"))
        return translated(QT_TRANSLATE_NOOP("zhibiao::AuditNote", "import"));
    if (stored == QLatin1String("undo"))
        return translated(QT_TRANSLATE_NOOP("zhibiao::AuditNote", "undo"));
    static const QRegularExpression importOf(QStringLiteral("^import (\\S.*)$"));
    if (const auto match = importOf.match(stored); match.hasMatch())
        return translated(QT_TRANSLATE_NOOP("zhibiao::AuditNote", "import %1")).arg(match.captured(1));
    static const QRegularExpression adopted(QStringLiteral("^adopted from the (\\d{4}) report proposals$"));
    if (const auto match = adopted.match(stored); match.hasMatch())
        return translated(QT_TRANSLATE_NOOP("zhibiao::AuditNote", "adopted from the %1 report proposals"))
            .arg(match.captured(1));
    return stored;
}

} // namespace zhibiao::AuditNote
