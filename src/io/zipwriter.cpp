#include "io/zipwriter.h"

#include <minizip/zip.h>

#include <QDateTime>

#include <algorithm>
#include <cstring>

namespace zhibiao {

// The archive's bytes, written through minizip's I/O hooks (it seeks back to patch each
// entry's local header with the sizes and CRC).
struct ZipWriter::Sink
{
    Sink()
    {
        io.zopen64_file = [](voidpf opaque, const void *, int) -> voidpf { return opaque; };
        io.zread_file = [](voidpf, voidpf, void *, uLong) -> uLong { return 0; };
        io.zwrite_file = [](voidpf opaque, voidpf, const void *buf, uLong size) -> uLong {
            auto *sink = static_cast<Sink *>(opaque);
            const qint64 end = sink->pos + static_cast<qint64>(size);
            if (end > sink->data.size())
                sink->data.resize(end);
            std::memcpy(sink->data.data() + sink->pos, buf, size);
            sink->pos = end;
            return size;
        };
        io.ztell64_file = [](voidpf opaque, voidpf) -> ZPOS64_T {
            return static_cast<ZPOS64_T>(static_cast<Sink *>(opaque)->pos);
        };
        io.zseek64_file = [](voidpf opaque, voidpf, ZPOS64_T offset, int origin) -> long {
            auto *sink = static_cast<Sink *>(opaque);
            const qint64 base = origin == ZLIB_FILEFUNC_SEEK_SET   ? 0
                                : origin == ZLIB_FILEFUNC_SEEK_CUR ? sink->pos
                                                                   : sink->data.size();
            const qint64 target = base + static_cast<qint64>(offset);
            if (target < 0 || target > sink->data.size())
                return -1;
            sink->pos = target;
            return 0;
        };
        io.zclose_file = [](voidpf, voidpf) -> int { return 0; };
        io.zerror_file = [](voidpf, voidpf) -> int { return 0; };
        io.opaque = this;
        handle = zipOpen2_64("archive.zip", APPEND_STATUS_CREATE, nullptr, &io);
    }

    QByteArray data;
    qint64 pos = 0;
    zlib_filefunc64_def io{};
    zipFile handle = nullptr;
};

ZipWriter::ZipWriter() : m_sink(std::make_unique<Sink>())
{
    m_failed = m_sink->handle == nullptr;
}

ZipWriter::~ZipWriter()
{
    if (m_sink->handle)
        zipClose(m_sink->handle, nullptr);
}

bool ZipWriter::add(const QString &name, const QByteArray &data, Method method)
{
    if (m_failed || !m_sink->handle)
        return false;
    zip_fileinfo info{};
    const QDateTime now = QDateTime::currentDateTime();
    info.tmz_date.tm_year = static_cast<uInt>(now.date().year());
    info.tmz_date.tm_mon = static_cast<uInt>(now.date().month() - 1);
    info.tmz_date.tm_mday = static_cast<uInt>(now.date().day());
    info.tmz_date.tm_hour = static_cast<uInt>(now.time().hour());
    info.tmz_date.tm_min = static_cast<uInt>(now.time().minute());
    info.tmz_date.tm_sec = static_cast<uInt>(now.time().second());
    const QByteArray utf8Name = name.toUtf8();
    const bool stored = method == Method::Stored;
    // zip64 off: the parts are small, and some readers mishandle zip64 extra fields.
    const int opened = zipOpenNewFileInZip64(m_sink->handle, utf8Name.constData(), &info, nullptr, 0, nullptr,
                                             0, nullptr, stored ? 0 : Z_DEFLATED,
                                             stored ? 0 : Z_DEFAULT_COMPRESSION, 0);
    if (opened != ZIP_OK) {
        m_failed = true;
        return false;
    }
    const bool written =
        data.isEmpty() || zipWriteInFileInZip(m_sink->handle, data.constData(), static_cast<unsigned>(data.size())) == ZIP_OK;
    const bool closed = zipCloseFileInZip(m_sink->handle) == ZIP_OK;
    m_failed = !written || !closed;
    return !m_failed;
}

QByteArray ZipWriter::finish()
{
    if (!m_sink->handle)
        return {};
    const bool closed = zipClose(m_sink->handle, nullptr) == ZIP_OK;
    m_sink->handle = nullptr;
    if (m_failed || !closed)
        return {};
    return m_sink->data;
}

} // namespace zhibiao
