// The entry grid's number parser. Properties: an accepted entry is a finite number with no
// more decimals than allowed, and what is accepted complete is also accepted while typing.
#include "fuzzsupport.h"

#include "core/numberinput.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace zhibiao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size == 0)
        return 0;
    const int maxDecimals = static_cast<int>(bytes[0] % 8) - 1; // -1 (any) .. 6
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(bytes + 1),
                                           static_cast<qsizetype>(size - 1));
    const NumberInput input = parseNumberInput(text, maxDecimals);
    const NumberInputError partial = checkPartialNumberInput(text, maxDecimals);
    if (input.ok()) {
        if (!input.value || !std::isfinite(*input.value))
            fuzz::fail("an accepted entry without a finite value", text.toUtf8());
        if (std::signbit(*input.value) && *input.value == 0.0)
            fuzz::fail("an accepted entry of -0", text.toUtf8());
        if (partial != NumberInputError::None)
            fuzz::fail("accepted complete but refused while typing", text.toUtf8());
        const QString trimmed = text.trimmed();
        const qsizetype point = trimmed.indexOf(QLatin1Char('.'));
        if (maxDecimals >= 0 && point >= 0 && trimmed.size() - point - 1 > maxDecimals)
            fuzz::fail("more decimals accepted than allowed", text.toUtf8());
    } else {
        if (input.value)
            fuzz::fail("a refused entry with a value", text.toUtf8());
        if (input.position >= text.size())
            fuzz::fail("an error position outside the text", text.toUtf8());
        if (numberInputMessage(input.error, maxDecimals).isEmpty())
            fuzz::fail("a refused entry without a message", text.toUtf8());
    }
    return 0;
}
