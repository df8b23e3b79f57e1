#include "app/admin/cataloguevalidator.h"

#include "core/textrules.h"

#include <QRegularExpression>

#include <utility>

namespace zhibiao {

namespace {
const Indicator *findCode(const QList<Indicator> &catalogue, const QString &code)
{
    for (const Indicator &each : catalogue) {
        if (each.code == code)
            return &each;
    }
    return nullptr;
}
} // namespace

QString CatalogueValidator::check(Indicator &indicator, const QString &scheduleText,
                                  const QList<Indicator> &catalogue, bool isNew)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9_-]{1,20}$"));
    indicator.code = indicator.code.trimmed();
    indicator.name = indicator.name.trimmed();
    indicator.category = indicator.category.trimmed();
    indicator.subcategory = indicator.subcategory.trimmed();
    indicator.unit = indicator.unit.trimmed();
    indicator.parentCode = indicator.parentCode.trimmed();

    if (indicator.code.isEmpty())
        return tr("Enter a code: letters and digits, such as JY05.");
    if (!codePattern.match(indicator.code).hasMatch())
        return tr("The code \"%1\" may only hold Latin letters, digits, - and _ (at most 20), "
                  "such as JY05.")
            .arg(indicator.code);
    if (isNew && findCode(catalogue, indicator.code))
        return tr("%1 already exists. Choose another code, or select %1 in the list to edit it.")
            .arg(indicator.code);
    if (indicator.name.isEmpty())
        return tr("Enter the indicator's name, as the reports write it.");
    if (indicator.category.isEmpty())
        return tr("Enter a category, such as 就业创业.");
    if (indicator.unit.isEmpty())
        return tr("Enter a unit, such as 万人, %, 个.");
    for (const auto &[field, text] : {std::pair{tr("name"), indicator.name}, std::pair{tr("category"), indicator.category},
                                      std::pair{tr("sub-category"), indicator.subcategory},
                                      std::pair{tr("unit"), indicator.unit}}) {
        if (const QString problem = TextRules::problem(text, TextRules::kMaxNameLength); !problem.isEmpty())
            return tr("The %1 cannot be stored: %2.").arg(field, problem);
    }
    if (indicator.isPercentage() && indicator.unit != QStringLiteral("%"))
        return tr("A rate or growth indicator is measured in %: set the unit to %, or choose "
                  "another kind.");
    if (!indicator.parentCode.isEmpty()) {
        if (indicator.parentCode == indicator.code)
            return tr("An indicator cannot be a part of itself: clear the parent, or choose "
                      "another indicator.");
        const Indicator *parent = findCode(catalogue, indicator.parentCode);
        if (!parent)
            return tr("There is no indicator %1 to be the parent. Enter an existing code, or "
                      "leave the parent empty.")
                .arg(indicator.parentCode);
        if (parent->parentCode == indicator.code)
            return tr("%1 is already a part of %2: the two cannot be parts of each other.")
                .arg(parent->code, indicator.code);
    }
    if (const QString problem = TextRules::problem(indicator.phrase, TextRules::kMaxNoteLength); !problem.isEmpty())
        return tr("The report wording cannot be stored: %1.").arg(problem);
    bool ok = true;
    QString error;
    indicator.schedule = Schedule::parse(scheduleText.trimmed(), &ok, &error);
    if (!ok)
        return tr("The schedule \"%1\" is not valid (%2). Write four shares in percent that "
                  "never decrease and end at 100, such as 20/45/75/100, or leave it empty for "
                  "the linear 25/50/75/100.")
            .arg(scheduleText.trimmed(), error);
    return {};
}

} // namespace zhibiao
