#include "report/tounicodefixer.h"

#include <QFont>
#include <QRawFont>
#include <QRegularExpression>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <map>

namespace zhibiao::ToUnicodeFixer {

namespace {

constexpr char16_t kRadicalsFirst = 0x2E80;


QString fromHex(QStringView hex)
{
    QString text;
    for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
        text += QChar(static_cast<char16_t>(hex.mid(i, 4).toUInt(nullptr, 16)));
    return text;
}

QString toHex(const QString &text)
{
    QString hex;
    for (const QChar c : text)
        hex += QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    return hex;
}

} // namespace

QHash<char16_t, char16_t> replacements(const QSet<char16_t> &suspects, const QSet<char16_t> &written,
                                       const QStringList &families)
{
    QHash<char16_t, char16_t> map;
    QString missing;
    for (const char16_t c : suspects) {
        const QString decomposed = QChar(c).decomposition();
        if (decomposed.size() == 1 && written.contains(decomposed.at(0).unicode()))
            map.insert(c, decomposed.at(0).unicode());
        else
            missing += QChar(c);
    }
    if (missing.isEmpty())
        return map;
    QString candidates;
    for (const char16_t c : written) {
        if (c >= kRadicalsFirst)
            candidates += QChar(c);
    }
    for (const QString &family : families) {
        const QRawFont raw = QRawFont::fromFont(QFont(family));
        if (!raw.isValid())
            continue;
        const QList<quint32> missingGlyphs = raw.glyphIndexesForString(missing);
        const QList<quint32> candidateGlyphs = raw.glyphIndexesForString(candidates);
        QHash<quint32, char16_t> byGlyph;
        for (qsizetype i = 0; i < candidateGlyphs.size(); ++i) {
            if (candidateGlyphs.at(i) != 0)
                byGlyph.insert(candidateGlyphs.at(i), candidates.at(i).unicode());
        }
        for (qsizetype i = 0; i < missingGlyphs.size(); ++i) {
            const auto found = byGlyph.constFind(missingGlyphs.at(i));
            if (missingGlyphs.at(i) != 0 && found != byGlyph.cend() && !map.contains(missing.at(i).unicode()))
                map.insert(missing.at(i).unicode(), *found);
        }
    }
    return map;
}

QByteArray fixCMap(const QByteArray &cmap, const QHash<char16_t, char16_t> &radicals, QSet<char16_t> *found)
{
    const QString text = QString::fromLatin1(cmap);
    std::map<uint, QString> mapping;
    int codeDigits = 4;
    static const QRegularExpression chars(QStringLiteral("beginbfchar(.*?)endbfchar"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression ranges(QStringLiteral("beginbfrange(.*?)endbfrange"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression pair(QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>"));
    static const QRegularExpression range(
        QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(<[0-9A-Fa-f]+>|\\[[^\\]]*\\])"));
    static const QRegularExpression hexString(QStringLiteral("<([0-9A-Fa-f]+)>"));
    for (auto block = chars.globalMatch(text); block.hasNext();) {
        const QString body = block.next().captured(1);
        for (auto it = pair.globalMatch(body); it.hasNext();) {
            const auto m = it.next();
            codeDigits = static_cast<int>(m.captured(1).size());
            mapping[m.captured(1).toUInt(nullptr, 16)] = fromHex(m.captured(2));
        }
    }
    for (auto block = ranges.globalMatch(text); block.hasNext();) {
        const QString body = block.next().captured(1);
        for (auto it = range.globalMatch(body); it.hasNext();) {
            const auto m = it.next();
            codeDigits = static_cast<int>(m.captured(1).size());
            const uint low = m.captured(1).toUInt(nullptr, 16);
            const uint high = m.captured(2).toUInt(nullptr, 16);
            const QString target = m.captured(3);
            if (target.startsWith(QLatin1Char('['))) {
                uint code = low;
                for (auto h = hexString.globalMatch(target); h.hasNext() && code <= high; ++code)
                    mapping[code] = fromHex(h.next().captured(1));
            } else {
                QString first = fromHex(QStringView(target).mid(1, target.size() - 2));
                for (uint code = low; code <= high && !first.isEmpty(); ++code) {
                    mapping[code] = first;
                    first.back() = QChar(static_cast<char16_t>(first.back().unicode() + 1));
                }
            }
        }
    }
    bool changed = false;
    for (auto &[code, unicode] : mapping) {
        // Noto CJK draws "——" as one ligature glyph, which Qt maps to U+2E3A (⸺).
        if (unicode == QStringView(u"\u2E3A")) {
            unicode = QStringLiteral("\u2014\u2014");
            changed = true;
        } else if (unicode == QStringView(u"\u2E3B")) {
            unicode = QStringLiteral("\u2014\u2014\u2014");
            changed = true;
        }
        for (QChar &c : unicode) {
            if (found)
                found->insert(c.unicode());
            if (radicals.contains(c.unicode()) && !(found && radicals.isEmpty())) {
                c = QChar(radicals.value(c.unicode()));
                changed = true;
            }
        }
    }
    if (!changed)
        return cmap;

    const qsizetype head = text.indexOf(QLatin1String("endcodespacerange"));
    const qsizetype tail = text.lastIndexOf(QLatin1String("endcmap"));
    if (head < 0 || tail < 0)
        return cmap;
    QString out = text.left(head + qsizetype(sizeof("endcodespacerange") - 1)) + QLatin1Char('\n');
    std::vector<std::pair<uint, QString>> entries(mapping.begin(), mapping.end());
    for (size_t i = 0; i < entries.size(); i += 100) {
        const size_t count = std::min<size_t>(100, entries.size() - i);
        out += QStringLiteral("%1 beginbfchar\n").arg(count);
        for (size_t j = i; j < i + count; ++j)
            out += QStringLiteral("<%1> <%2>\n")
                       .arg(entries[j].first, codeDigits, 16, QLatin1Char('0'))
                       .arg(toHex(entries[j].second));
        out += QStringLiteral("endbfchar\n");
    }
    out += text.mid(tail);
    return out.toLatin1();
}

QByteArray fix(const QByteArray &pdf, const QStringList &families, const QString &written, QString *error)
{
    try {
        QPDF document;
        document.processMemoryFile("report.pdf", pdf.constData(), static_cast<size_t>(pdf.size()));
        std::vector<std::pair<QPDFObjectHandle, QByteArray>> maps;
        QSet<char16_t> used;
        for (QPDFObjectHandle object : document.getAllObjects()) {
            if (!object.isDictionary() || !object.hasKey("/ToUnicode"))
                continue;
            QPDFObjectHandle stream = object.getKey("/ToUnicode");
            if (!stream.isStream())
                continue;
            const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
            maps.emplace_back(stream, QByteArray(reinterpret_cast<const char *>(data->getBuffer()),
                                                 static_cast<qsizetype>(data->getSize())));
            fixCMap(maps.back().second, {}, &used);
        }
        QSet<char16_t> writtenChars;
        for (const QChar c : written)
            writtenChars.insert(c.unicode());
        QSet<char16_t> suspects;
        for (const char16_t c : used) {
            if (c >= kRadicalsFirst && !writtenChars.contains(c))
                suspects.insert(c);
        }
        const QHash<char16_t, char16_t> radicals = replacements(suspects, writtenChars, families);
        for (auto &[stream, cmap] : maps) {
            const QByteArray fixed = fixCMap(cmap, radicals);
            if (fixed != cmap)
                stream.replaceStreamData(fixed.toStdString(), QPDFObjectHandle::newNull(),
                                         QPDFObjectHandle::newNull());
        }
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.setCompressStreams(true);
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), static_cast<qsizetype>(out->getSize()));
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromLocal8Bit(e.what());
        return pdf;
    }
}

} // namespace zhibiao::ToUnicodeFixer
