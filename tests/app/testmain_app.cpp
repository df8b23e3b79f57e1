#include "testmain.h"

#include <QApplication>

// The widget tests need a QApplication.
int main(int argc, char **argv)
{
    return zhibiao::test::runAllTests<QApplication>(argc, argv);
}
