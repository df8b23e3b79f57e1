#include <QGuiApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

// Like tests/testmain.cpp, but with a QGuiApplication: the ODT writer lays out text.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
