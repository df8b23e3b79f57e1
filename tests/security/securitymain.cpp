#include "testmain.h"

#include <QGuiApplication>

// The ODT writer lays out text, hence a QGuiApplication.
int main(int argc, char **argv)
{
    return zhibiao::test::runAllTests<QGuiApplication>(argc, argv);
}
