#include "testmain.h"

#include <QApplication>

// The ODT writer lays out text and the dashboard command draws widgets: a QApplication.
int main(int argc, char **argv)
{
    return zhibiao::test::runAllTests<QApplication>(argc, argv);
}
