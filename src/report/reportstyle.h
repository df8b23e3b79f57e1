#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace zhibiao {

// The faces the user asked for, per role (a setting); empty: the role's GB/T 9704 face.
struct FontChoice
{
    QString title;
    QString body;
    QString heading;    // 一、
    QString subheading; // （一）
};

// A role whose face is not installed, and what was used in its place.
struct FontFallback
{
    QString role;   // "title", "body", "heading 1", "heading 2" (translated)
    QString wanted; // "仿宋_GB2312"
    QString used;   // "Noto Serif CJK SC"
    friend bool operator==(const FontFallback &, const FontFallback &) = default;
};

struct ResolvedStyle;

// The font of each role in the printed report; GB/T 9704 asks for 小标宋 titles, 仿宋 body,
// 黑体 first-level and 楷体 second-level headings. Machines with the bureau fonts (统信UOS,
// 麒麟) have them; elsewhere the packaged free faces stand in, and resolve() says so.
struct ReportStyle
{
    QString titleFamily;
    QString bodyFamily;
    QString headingFamily;    // 一、
    QString subheadingFamily; // （一）
    double titlePointSize = 22.0;
    double bodyPointSize = 16.0;
    double tablePointSize = 10.5; // 五号

    // The GB/T 9704 faces that are installed, else the free fallbacks. Needs a
    // QGuiApplication (the font database).
    static ReportStyle defaults();
    // Each role's chosen face if installed, else its GB/T 9704 face if installed, else the
    // packaged fallback (Noto Serif CJK SC, Bold for the title; Noto Serif CJK SC; Noto Sans
    // CJK SC; AR PL UKai CN). installed: the font families of the machine.
    static ResolvedStyle resolve(const FontChoice &choice, const QStringList &installed);
    static ResolvedStyle resolve(const FontChoice &choice); // with QFontDatabase::families()
};

struct ResolvedStyle
{
    ReportStyle style;
    QList<FontFallback> fallbacks;
    // One line for the user, empty without a fallback:
    // "Fonts: body 仿宋_GB2312 not installed, used Noto Serif CJK SC; …"
    QString summary() const;
};

} // namespace zhibiao
