#include "io/zipreader.h"

#include <minizip/unzip.h>

#include <algorithm>
#include <cstring>

namespace zhibiao {

struct ZipReader::Source
{
    explicit Source(const QByteArray &bytes) : data(bytes)
    {
        io.zopen64_file = [](voidpf opaque, const void *, int) -> voidpf { return opaque; };
        io.zread_file = [](voidpf opaque, voidpf, void *buf, uLong size) -> uLong {
            auto *source = static_cast<Source *>(opaque);
            const qint64 n = std::clamp<qint64>(source->data.size() - source->pos, 0, static_cast<qint64>(size));
            std::memcpy(buf, source->data.constData() + source->pos, static_cast<size_t>(n));
            source->pos += n;
            return static_cast<uLong>(n);
        };
        io.zwrite_file = [](voidpf, voidpf, const void *, uLong) -> uLong { return 0; };
        io.ztell64_file = [](voidpf opaque, voidpf) -> ZPOS64_T {
            return static_cast<ZPOS64_T>(static_cast<Source *>(opaque)->pos);
        };
        io.zseek64_file = [](voidpf opaque, voidpf, ZPOS64_T offset, int origin) -> long {
            auto *source = static_cast<Source *>(opaque);
            const qint64 base = origin == ZLIB_FILEFUNC_SEEK_SET   ? 0
                                : origin == ZLIB_FILEFUNC_SEEK_CUR ? source->pos
                                                                   : source->data.size();
            const qint64 target = base + static_cast<qint64>(offset);
            if (target < 0 || target > source->data.size())
                return -1;
            source->pos = target;
            return 0;
        };
        io.zclose_file = [](voidpf, voidpf) -> int { return 0; };
        io.zerror_file = [](voidpf, voidpf) -> int { return 0; };
        io.opaque = this;
        handle = unzOpen2_64("archive.zip", &io);
    }
    ~Source()
    {
        if (handle)
            unzClose(handle);
    }

    QByteArray data;
    qint64 pos = 0;
    zlib_filefunc64_def io{};
    unzFile handle = nullptr;
};

ZipReader::ZipReader(const QByteArray &archive) : m_source(std::make_unique<Source>(archive)) {}

ZipReader::~ZipReader() = default;

bool ZipReader::isOpen() const
{
    return m_source->handle != nullptr;
}

QStringList ZipReader::names() const
{
    QStringList result;
    if (!isOpen())
        return result;
    for (int status = unzGoToFirstFile(m_source->handle); status == UNZ_OK; status = unzGoToNextFile(m_source->handle)) {
        char name[1024];
        if (unzGetCurrentFileInfo64(m_source->handle, nullptr, name, sizeof name, nullptr, 0, nullptr, 0) == UNZ_OK)
            result << QString::fromUtf8(name);
    }
    return result;
}

std::optional<bool> ZipReader::isStored(const QString &name) const
{
    if (!isOpen() || unzLocateFile(m_source->handle, name.toUtf8().constData(), 1) != UNZ_OK)
        return std::nullopt;
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_source->handle, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return std::nullopt;
    return info.compression_method == 0;
}

std::optional<QByteArray> ZipReader::entry(const QString &name) const
{
    return entry(name, -1);
}

std::optional<qint64> ZipReader::declaredSize(const QString &name) const
{
    if (!isOpen() || unzLocateFile(m_source->handle, name.toUtf8().constData(), 1) != UNZ_OK)
        return std::nullopt;
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_source->handle, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return std::nullopt;
    return static_cast<qint64>(info.uncompressed_size);
}

// maxBytes < 0: no limit.
std::optional<QByteArray> ZipReader::entry(const QString &name, qint64 maxBytes) const
{
    if (!isOpen() || unzLocateFile(m_source->handle, name.toUtf8().constData(), 1) != UNZ_OK)
        return std::nullopt;
    if (unzOpenCurrentFile(m_source->handle) != UNZ_OK)
        return std::nullopt;
    QByteArray bytes;
    char buffer[65536];
    int n = 0;
    while ((n = unzReadCurrentFile(m_source->handle, buffer, sizeof buffer)) > 0) {
        if (maxBytes >= 0 && bytes.size() + n > maxBytes) {
            unzCloseCurrentFile(m_source->handle);
            return std::nullopt;
        }
        bytes.append(buffer, n);
    }
    const int closed = unzCloseCurrentFile(m_source->handle); // checks the CRC
    if (n < 0 || closed != UNZ_OK)
        return std::nullopt;
    return bytes;
}

} // namespace zhibiao
