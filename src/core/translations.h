#pragma once

class QCoreApplication;
class QLocale;

namespace zhibiao::Translations {
// Loads the program's and Qt's Chinese catalogues when the system locale is Chinese.
void installForSystemLocale(QCoreApplication &app);
// The same for a chosen locale (the language setting); English needs no catalogue.
void install(QCoreApplication &app, const QLocale &locale);
} // namespace zhibiao::Translations
