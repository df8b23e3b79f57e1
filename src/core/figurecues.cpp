#include "core/figurecues.h"

#include <algorithm>

namespace zhibiao::FigureCues {

namespace {

bool endsWithAny(QStringView text, std::initializer_list<const char16_t *> words)
{
    return std::any_of(words.begin(), words.end(), [&](const char16_t *w) { return text.endsWith(w); });
}

bool containsAny(QStringView text, std::initializer_list<const char16_t *> words)
{
    return std::any_of(words.begin(), words.end(), [&](const char16_t *w) { return text.contains(w); });
}

// 目标 right after the figure, allowing 的 and 年度 between: "3万人年度目标", "90%的年度目标".
bool targetFollows(QStringView after)
{
    if (after.startsWith(u'的'))
        after = after.sliced(1);
    if (after.startsWith(u"年度"))
        after = after.sliced(2);
    return after.startsWith(u"目标");
}

} // namespace

FigureCue cueOf(const RecognizedFigure &figure, QStringView before, QStringView after)
{
    const bool absolute = !figure.baseUnit.isEmpty() && figure.baseUnit != u"%";
    const std::initializer_list<const char16_t *> beyond{u"超出", u"超过", u"超", u"高于",
                                                         u"低于", u"差",   u"少", u"多"};
    if (figure.isYear)
        return FigureCue::Plain;
    if (figure.baseUnit.endsWith(u"百分点"))
        return FigureCue::Difference;
    if (before.endsWith(u"控制在"))
        return FigureCue::Ceiling;
    if (before.endsWith(u'的') && before.contains(u"完成"))
        return FigureCue::Completion;
    const QStringView growth = before.endsWith(u'了') ? before.chopped(1) : before;
    if (endsWithAny(growth, {u"增长", u"增速", u"增幅", u"提高"}))
        return FigureCue::Growth;
    if (targetFollows(after))
        return FigureCue::Target;
    if (before.endsWith(u"目标")) // "超出年度目标132人" tells the distance, "年度目标4.3万人" the target
        return absolute && containsAny(before, beyond) ? FigureCue::Difference : FigureCue::Target;
    if (absolute && endsWithAny(before, beyond))
        return FigureCue::Difference;
    return FigureCue::Plain;
}

} // namespace zhibiao::FigureCues
