#pragma once

class QCoreApplication;

namespace zhibiao::Translations {
// Loads the program's and Qt's Chinese catalogues when the system locale is Chinese.
void installForSystemLocale(QCoreApplication &app);
} // namespace zhibiao::Translations
