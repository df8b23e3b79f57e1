#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace zhibiao {

// A zip archive built in memory with minizip: the container of ODT and DOCX files. Entries
// are written in the order they are added, each stored (ODF's mimetype must be the first
// entry and uncompressed, for programs that sniff it at byte 38) or deflated.
class ZipWriter
{
public:
    enum class Method { Stored, Deflated };

    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    // False when minizip refused the entry; the archive is then unusable.
    bool add(const QString &name, const QByteArray &data, Method method = Method::Deflated);
    // Closes the archive (writes its central directory) and returns its bytes; empty if any
    // step failed. No entries may be added afterwards.
    QByteArray finish();

private:
    struct Sink;
    std::unique_ptr<Sink> m_sink;
    bool m_failed = false;
};

} // namespace zhibiao
