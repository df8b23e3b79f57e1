#include "testmain.h"

#include <QGuiApplication>

// Laying out the report needs fonts, hence a QGuiApplication.
int main(int argc, char **argv)
{
    return zhibiao::test::runAllTests<QGuiApplication>(argc, argv);
}
