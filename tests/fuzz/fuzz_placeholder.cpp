// The placeholder syntax of the staff's narratives. Whatever is typed, no double brace may
// reach the report and every placeholder that is not replaced is listed.
#include "fuzzsupport.h"

#include "core/evaluation.h"
#include "report/placeholderresolver.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace zhibiao;

namespace {

const PlaceholderResolver &resolver()
{
    static const PlaceholderResolver *r = [] {
        Indicator flow;
        flow.code = QStringLiteral("JY01");
        flow.name = QStringLiteral("城镇新增就业");
        flow.unit = QStringLiteral("万人");
        flow.precision = 2;
        Indicator rate = flow;
        rate.code = QStringLiteral("JY03");
        rate.unit = QStringLiteral("%");
        rate.precision = 1;
        const Period period{2019, 3};
        QHash<QString, QList<StatusRow>> rows;
        rows.insert(QStringLiteral("CITY"),
                    {StatusRow{flow, evaluate(flow, 4.5, {1.2, 2.5, 3.9, std::nullopt}, period), {}},
                     StatusRow{rate, evaluate(rate, std::nullopt, {3.1, 3.0, 2.9, std::nullopt}, period), {}}});
        rows.insert(QStringLiteral("D01"),
                    {StatusRow{flow, evaluate(flow, 1.5, {0.3, 0.7, 1.1, std::nullopt}, period), {}}});
        return new PlaceholderResolver(rows, QStringLiteral("CITY"), QStringLiteral("（待补）"));
    }();
    return *r;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray data(reinterpret_cast<const char *>(bytes + 1), static_cast<qsizetype>(size - 1));
    // Odd first byte: raw UTF-16 as a damaged file could hold it (lone surrogates included).
    const QString text = bytes[0] % 2 == 0
                             ? QString::fromUtf8(data)
                             : QString(reinterpret_cast<const QChar *>(data.constData()), data.size() / 2);
    const PlaceholderResolver::Result result = resolver().resolve(text);
    if (result.text.contains(QLatin1String("{{")) || result.text.contains(QLatin1String("}}")))
        fuzz::fail("a double brace reached the report", result.text.toUtf8());
    if (text.contains(QLatin1String("{{")) && !text.contains(QLatin1String("}}")) && result.unresolved.isEmpty())
        fuzz::fail("a half-typed placeholder was not listed", text.toUtf8());
    return 0;
}
