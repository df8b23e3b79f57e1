#pragma once

#include <QString>

#include <cstring>

namespace zhibiao {

// Whether two texts are equal, inline: the batch loops compare short codes per row, where
// QString's own comparison costs a call each time. Shared texts compare by pointer.
inline bool sameText(const QString &a, const QString &b)
{
    return a.size() == b.size()
           && (a.constData() == b.constData()
               || std::memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size()) * sizeof(QChar)) == 0);
}

} // namespace zhibiao
