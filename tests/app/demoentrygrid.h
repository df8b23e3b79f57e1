#pragma once

#include "app/entry/entrycontroller.h"
#include "app/entry/entrygridloader.h"
#include "app/entry/entrygridmodel.h"
#include "io/demobureau.h"
#include "storage/figurerepository.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <optional>

namespace zhibiao::test {

// The entry grid on the demo bureau's 就业创业 for D01 in 2019 (status quarter Q4), with its
// controller writing as "staff": the set-up the entry tests share.
class DemoEntryGrid : public ::testing::Test
{
protected:
    static constexpr int kYear = 2019;

    void SetUp() override
    {
        ASSERT_TRUE(DemoBureau::install(m_file.db()).ok());
        EntryGridData data = EntryGridLoader::load(m_file.db(), QStringLiteral("就业创业"), {},
                                                   orgUnit(), kYear);
        data.quarter = 4;
        m_model.setData(std::move(data));
        m_controller.setDatabase(&m_file.db());
        m_controller.setUserName(QStringLiteral("staff"));
    }

    static QString orgUnit() { return QStringLiteral("D01"); }

    // The figure as the file holds it now.
    std::optional<double> stored(const QString &code, int quarter) const
    {
        const auto figure = FigureRepository(m_file.db()).find(code, orgUnit(), {kYear, quarter});
        return figure ? std::optional<double>(figure->value) : std::nullopt;
    }

    QModelIndex cell(const QString &code, int quarter) const
    {
        return m_model.index(m_model.rowOf(code), EntryGridModel::columnOfQuarter(quarter));
    }

    TempDatabase m_file;
    EntryGridModel m_model;
    EntryController m_controller{&m_model};
};

} // namespace zhibiao::test
