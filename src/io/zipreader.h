#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace zhibiao {

// A zip archive read from memory with minizip: its entries in their stored order, how each
// is compressed, and their bytes (CRC checked). For checking the ODT and DOCX written.
class ZipReader
{
public:
    explicit ZipReader(const QByteArray &archive);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    bool isOpen() const;
    QStringList names() const; // in the order of the central directory
    // Whether the entry is stored uncompressed; nullopt when there is no such entry.
    std::optional<bool> isStored(const QString &name) const;
    // The entry's bytes; nullopt when missing or damaged.
    std::optional<QByteArray> entry(const QString &name) const;
    // The uncompressed size the archive declares for the entry; nullopt when there is none.
    // Only a claim: a zip bomb may declare less, hence entry()'s limit below.
    std::optional<qint64> declaredSize(const QString &name) const;
    // As entry(), but nullopt as soon as more than maxBytes come out, whatever was declared.
    std::optional<QByteArray> entry(const QString &name, qint64 maxBytes) const;

private:
    struct Source;
    std::unique_ptr<Source> m_source;
};

} // namespace zhibiao
