#pragma once

#include <QString>

namespace zhibiao {

// The font of each role in the printed report (a setting); defaults follow GB/T 9704 with
// the faces Debian installs: 仿宋 body if one is installed, else Noto Serif CJK SC; 黑体
// headings in Noto Sans CJK SC; 楷体 subheadings in AR PL UKai CN if installed.
struct ReportStyle
{
    QString titleFamily;
    QString bodyFamily;
    QString headingFamily;    // 一、
    QString subheadingFamily; // （一）
    double titlePointSize = 22.0;
    double bodyPointSize = 16.0;
    double tablePointSize = 10.5; // 五号

    // Needs a QGuiApplication (the font database).
    static ReportStyle defaults();
};

} // namespace zhibiao
