#include "testsupport.h"

#include "storage/narrativerepository.h"

#include <gtest/gtest.h>

using namespace zhibiao;
using namespace zhibiao::test;

TEST(NarrativeRepository, SaveReadUpdateAndRemove)
{
    TempDatabase temp;
    const NarrativeRepository narratives(temp.db());
    const Narrative second{2019, QStringLiteral("practice"), QStringLiteral("“四促”稳就业"), 20,
                           QStringLiteral("全年新增就业{{JY01.value}}。")};
    const Narrative first{2019, QStringLiteral("practice"), QStringLiteral("社保扩面"), 10,
                          QStringLiteral("扩面征缴。\n第二段。")};
    const Narrative plan{2019, QStringLiteral("plan"), QStringLiteral("就业"), 10, QStringLiteral("计划")};
    const Narrative otherYear{2018, QStringLiteral("plan"), QStringLiteral("就业"), 10, QStringLiteral("旧")};
    for (const Narrative &n : {second, first, plan, otherYear})
        narratives.save(n);

    EXPECT_EQ(narratives.narratives(2019, QStringLiteral("practice")), (QList<Narrative>{first, second}));
    EXPECT_EQ(narratives.narratives(2019, QStringLiteral("plan")), (QList<Narrative>{plan}));
    EXPECT_EQ(narratives.narratives(2019).size(), 3);
    EXPECT_EQ(narratives.narratives(2018), (QList<Narrative>{otherYear}));

    Narrative edited = first;
    edited.body = QStringLiteral("改写后的正文");
    edited.sortOrder = 30;
    narratives.save(edited);
    EXPECT_EQ(narratives.narratives(2019, QStringLiteral("practice")), (QList<Narrative>{second, edited}));

    narratives.remove(2019, QStringLiteral("practice"), second.theme);
    EXPECT_EQ(narratives.narratives(2019, QStringLiteral("practice")), (QList<Narrative>{edited}));
    EXPECT_EQ(narratives.narratives(2018).size(), 1);
}
