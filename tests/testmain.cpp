#include "testmain.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    return zhibiao::test::runAllTests<QCoreApplication>(argc, argv);
}
