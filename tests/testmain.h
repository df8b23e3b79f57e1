#pragma once

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace zhibiao::test {

// What every test binary's main does, with the application object its tests need
// (QCoreApplication, QGuiApplication for fonts, QApplication for widgets). `prepare` runs
// once the application exists.
template <typename Application, typename Prepare>
int runAllTests(int argc, char **argv, Prepare prepare)
{
    // gtest_discover_tests runs the binaries outside ctest's environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    Application app(argc, argv);
    // Settings of this process only: ctest runs tests side by side, and one that changes a
    // preference (the thresholds, recent files, the last user) must not change what
    // another one reads, nor the real settings.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    prepare();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

template <typename Application>
int runAllTests(int argc, char **argv)
{
    return runAllTests<Application>(argc, argv, [] {});
}

} // namespace zhibiao::test
