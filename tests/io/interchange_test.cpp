#include "io/interchange.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace zhibiao;

TEST(Interchange, KindNamesRoundTrip)
{
    for (InterchangeKind kind : {InterchangeKind::Indicators, InterchangeKind::OrgUnits,
                                 InterchangeKind::Targets, InterchangeKind::Figures})
        EXPECT_EQ(Interchange::kindFromName(Interchange::name(kind)), kind);
    EXPECT_EQ(Interchange::name(InterchangeKind::OrgUnits), QStringLiteral("org-units"));
    EXPECT_FALSE(Interchange::kindFromName(QStringLiteral("figure")));
}

TEST(Interchange, Columns)
{
    EXPECT_EQ(Interchange::columns(InterchangeKind::Figures).join(QLatin1Char(',')),
              QStringLiteral("code,org_unit,year,quarter,value,note"));
    EXPECT_EQ(Interchange::columns(InterchangeKind::Targets).join(QLatin1Char(',')),
              QStringLiteral("code,org_unit,year,target"));
    EXPECT_EQ(Interchange::columns(InterchangeKind::OrgUnits).join(QLatin1Char(',')),
              QStringLiteral("code,name,parent"));
    EXPECT_EQ(Interchange::columns(InterchangeKind::Indicators).size(), 11);
}

TEST(Interchange, ValuesAreShortAndReadBackExactly)
{
    EXPECT_EQ(Interchange::formatValue(1.4), QStringLiteral("1.4"));
    EXPECT_EQ(Interchange::formatValue(4.5), QStringLiteral("4.5"));
    EXPECT_EQ(Interchange::formatValue(1200.0), QStringLiteral("1200"));
    EXPECT_EQ(Interchange::formatValue(-0.63), QStringLiteral("-0.63"));
    EXPECT_EQ(Interchange::formatValue(59790.0), QStringLiteral("59790"));
    for (double value : {0.1 + 0.2, 1.0 / 3.0, 2.675, 100.94, 1e-7, 123456789.123, 61.18 * 3, -1.0 / 7.0}) {
        const QString text = Interchange::formatValue(value);
        bool ok = false;
        EXPECT_EQ(text.toDouble(&ok), value) << text.toStdString();
        EXPECT_TRUE(ok);
    }
}
