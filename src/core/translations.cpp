#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace zhibiao::Translations {

void installForSystemLocale(QCoreApplication &app)
{
    install(app, QLocale::system());
}

void install(QCoreApplication &app, const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("zhibiao"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace zhibiao::Translations
