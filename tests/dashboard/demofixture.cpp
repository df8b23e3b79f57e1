#include "demofixture.h"

#include "io/demobureau.h"

#include <gtest/gtest.h>

namespace zhibiao::test {

DemoFixture::DemoFixture()
{
    const ImportResult result = DemoBureau::install(m_db.db());
    if (!result.ok())
        ADD_FAILURE() << "demo bureau not installed: " << result.errors.first().toString().toStdString();
}

} // namespace zhibiao::test
