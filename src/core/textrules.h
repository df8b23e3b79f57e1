#pragma once

#include <QCoreApplication>
#include <QString>

namespace zhibiao {

// What a text the program stores may hold: no control characters (a terminal escape in a
// name would pass raw into every report and listing), no direction overrides, and a sane
// length. The same rules serve the import, the dialogs and storage.
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::TextRules)

public:
    static constexpr int kMaxCodeLength = 32;
    static constexpr int kMaxNameLength = 100;  // names, categories, units
    static constexpr int kMaxNoteLength = 2000; // notes and reasons
    static constexpr int kMaxNarrativeLength = 20000;

    // Why the text cannot be stored (empty: it can). Line breaks and tabs are allowed only
    // where multiLine is true (notes).
    static QString problem(const QString &text, int maxLength, bool multiLine = false);
    // The text made safe to quote in a message: control characters shown as \\uXXXX, cut
    // to 60 characters.
    static QString printable(const QString &text);
};

} // namespace zhibiao
