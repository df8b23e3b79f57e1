#include "fuzzsupport.h"

#include "io/demobureau.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace zhibiao::fuzz {

namespace {

int g_argc = 1;
char g_name[] = "zhibiao-fuzz";
char *g_argv[] = {g_name, nullptr};

struct Fixture
{
    QCoreApplication app{g_argc, g_argv};
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
};

Fixture &fixture()
{
    // Never destroyed: libFuzzer may exit from any thread at any moment.
    static Fixture *f = new Fixture;
    return *f;
}

} // namespace

void initialise()
{
    Fixture &f = fixture();
    if (f.db)
        return;
    if (!f.dir.isValid())
        fail("cannot create a temporary folder");
    OpenError error;
    f.db = Database::open(f.dir.filePath(QStringLiteral("fuzz.db")), Database::Mode::CreateIfMissing, &error);
    if (!f.db)
        fail("cannot create the fuzzing database", error.message.toUtf8());
    const ImportResult installed = DemoBureau::install(*f.db);
    if (!installed.ok())
        fail("cannot install the demo bureau", installed.errors.first().toString().toUtf8());
}

const Database &demoDatabase()
{
    initialise();
    return *fixture().db;
}

void fail(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "fuzz property violated: %s\n%s\n", what, detail.constData());
    std::abort();
}

} // namespace zhibiao::fuzz
