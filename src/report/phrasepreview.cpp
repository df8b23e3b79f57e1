#include "report/phrasepreview.h"

#include "core/evaluation.h"
#include "report/indicatorsection.h"
#include "report/phrasebookstore.h"
#include "storage/figurerepository.h"
#include "storage/orgunitrepository.h"

namespace zhibiao::PhrasePreview {

QString sentence(const Database &db, const Indicator &indicator)
{
    const OrgTree tree = OrgUnitRepository(db).tree();
    if (!tree.root() || indicator.code.isEmpty())
        return {};
    const QString root = tree.root()->code;
    const FigureRepository figures(db);
    const std::optional<Period> latest = figures.latestPeriod(indicator.code, root);
    if (!latest)
        return {};
    const YearFigures year = figures.yearFigures(latest->year, root);
    const auto target = year.targets.constFind(indicator.code);
    Indicator described = indicator;
    described.retired = false;
    const StatusRow row{described,
                        evaluate(described, target != year.targets.cend() ? std::optional<double>(*target) : std::nullopt,
                                 year.values.value(indicator.code), *latest),
                        {}};
    const Phrasebook book = PhrasebookStore::load(db);
    return IndicatorSection(book, Phrasebook::fill(book.text(QStringLiteral("citySubject")), {{QStringLiteral("level"), QStringLiteral("市")}}), *latest, {row})
        .categoryText(described.category);
}

} // namespace zhibiao::PhrasePreview
