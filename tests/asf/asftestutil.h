// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/asf/asfguids.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QtEndian>

// Builders for hand-made ASF objects (layouts: ASF 1.20 §3-4, notes §11.2 in shared/), so tests can
// make exactly the malformed input they need. Plain functions, shared by the tests in tests/asf.
namespace asftest {

inline QString mediaFile(const char *name)
{
    return QStringLiteral(MMS_MEDIA_DIR "/") + QLatin1String(name);
}

inline QString dataFile(const QString &relative)
{
    return QStringLiteral(MMS_TEST_SOURCE_DIR "/data/asf/") + relative;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Per ASF stream number, the bytes of all media objects ffprobe's demuxer reassembles from the
// file's payloads (ffprobe index i is the i-th Stream Properties: stream i + 1 in ffmpeg files).
inline QMap<int, qint64> ffprobeStreamBytes(const QString &file)
{
    QProcess probe;
    probe.start(QStringLiteral("ffprobe"),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
            QStringLiteral("packet=stream_index,size"), QStringLiteral("-of"),
            QStringLiteral("csv=p=0"), file});
    QMap<int, qint64> bytes;
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        return bytes;
    for (const QByteArray &line : probe.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(',');
        if (fields.size() == 2)
            bytes[fields.at(0).toInt() + 1] += fields.at(1).toLongLong();
    }
    return bytes;
}

template<typename T>
void put(QByteArray &b, T v)
{
    char buf[sizeof(T)];
    qToLittleEndian<T>(v, buf);
    b.append(buf, sizeof(T));
}

inline QByteArray utf16z(const QString &s) // UTF-16LE with the terminating NUL
{
    QByteArray b;
    for (QChar c : s)
        put<quint16>(b, c.unicode());
    put<quint16>(b, 0);
    return b;
}

// GUID + u64 size + body; `size` overrides the real size when non-zero.
inline QByteArray object(const QUuid &guid, const QByteArray &body, quint64 size = 0)
{
    QByteArray b = asf::guidToBytes(guid);
    put<quint64>(b, size ? size : quint64(24 + body.size()));
    return b + body;
}

// Only an object's GUID and size field, with any size (0, 23, 2^64-1): for malformed input.
inline QByteArray objectHeader(const QUuid &guid, quint64 size)
{
    QByteArray b = asf::guidToBytes(guid);
    put<quint64>(b, size);
    return b;
}

struct FileProps
{
    quint32 minPacketSize = 1000;
    quint32 maxPacketSize = 1000;
    quint64 preroll = 3000;
    quint64 playDuration = 130000000; // 13 s in 100 ns, preroll included
    quint64 sendDuration = 100000000;
    quint64 packets = 10;
    quint32 flags = 2; // seekable
    quint32 maxBitrate = 128000;
};

inline QByteArray fileProperties(const FileProps &p = {})
{
    QByteArray b =
        asf::guidToBytes(QUuid(0x01020304, 0x0506, 0x0708, 9, 10, 11, 12, 13, 14, 15, 16));
    put<quint64>(b, 123456); // file size
    put<quint64>(b, 0); // creation date
    put<quint64>(b, p.packets);
    put<quint64>(b, p.playDuration);
    put<quint64>(b, p.sendDuration);
    put<quint64>(b, p.preroll);
    put<quint32>(b, p.flags);
    put<quint32>(b, p.minPacketSize);
    put<quint32>(b, p.maxPacketSize);
    put<quint32>(b, p.maxBitrate);
    return object(asf::guids::FileProperties, b);
}

// Stream Properties with the given type-specific data; `typeLength` overrides its declared length.
inline QByteArray streamProperties(
    const QUuid &type, quint16 flags, const QByteArray &typeData, qint64 typeLength = -1)
{
    QByteArray b = asf::guidToBytes(type);
    b += QByteArray(16, '\0'); // error correction type
    put<quint64>(b, 0); // time offset
    put<quint32>(b, typeLength < 0 ? quint32(typeData.size()) : quint32(typeLength));
    put<quint32>(b, 0); // error correction data length
    put<quint16>(b, flags);
    put<quint32>(b, 0);
    return object(asf::guids::StreamProperties, b + typeData);
}

inline QByteArray audioStream(
    int number, quint32 sampleRate = 44100, quint16 channels = 2, quint32 avgBytes = 8000)
{
    QByteArray w;
    put<quint16>(w, 0x0161);
    put<quint16>(w, channels);
    put<quint32>(w, sampleRate);
    put<quint32>(w, avgBytes);
    put<quint16>(w, 1000); // block align
    put<quint16>(w, 16);
    put<quint16>(w, 0); // cbSize
    return streamProperties(asf::guids::AudioMedia, quint16(number), w);
}

inline QByteArray videoStream(int number, quint32 width, quint32 height, const char fourcc[4])
{
    QByteArray v;
    put<quint32>(v, width);
    put<quint32>(v, height);
    v.append('\x02');
    put<quint16>(v, 40);
    put<quint32>(v, 40); // BITMAPINFOHEADER
    put<qint32>(v, qint32(width));
    put<qint32>(v, qint32(height));
    put<quint16>(v, 1);
    put<quint16>(v, 24);
    v.append(fourcc, 4);
    v += QByteArray(20, '\0');
    return streamProperties(asf::guids::VideoMedia, quint16(number), v);
}

inline QByteArray headerExtension(const QByteArray &children)
{
    QByteArray b = asf::guidToBytes(asf::guids::HeaderExtensionReserved1);
    put<quint16>(b, 6);
    put<quint32>(b, quint32(children.size()));
    return object(asf::guids::HeaderExtension, b + children);
}

inline QByteArray extendedStream(int number, quint32 dataBitrate, quint16 languageIndex,
    const QString &name = {}, const QByteArray &embedded = {})
{
    QByteArray b;
    put<quint64>(b, 0);
    put<quint64>(b, 0);
    put<quint32>(b, dataBitrate);
    b += QByteArray(72 - 44, '\0');
    put<quint16>(b, quint16(number));
    put<quint16>(b, languageIndex);
    put<quint64>(b, 400000); // average time per frame: 40 ms
    put<quint16>(b, name.isEmpty() ? 0 : 1);
    put<quint16>(b, 0);
    if (!name.isEmpty()) {
        const QByteArray text = utf16z(name);
        put<quint16>(b, 0);
        put<quint16>(b, quint16(text.size()));
        b += text;
    }
    return object(asf::guids::ExtendedStreamProperties, b + embedded);
}

inline QByteArray languageList(const QList<QString> &languages)
{
    QByteArray b;
    put<quint16>(b, quint16(languages.size()));
    for (const QString &l : languages) {
        const QByteArray text = utf16z(l);
        b.append(char(text.size()));
        b += text;
    }
    return object(asf::guids::LanguageList, b);
}

inline QByteArray bitrateProperties(const QList<QPair<int, quint32>> &records)
{
    QByteArray b;
    put<quint16>(b, quint16(records.size()));
    for (const auto &r : records) {
        put<quint16>(b, quint16(r.first));
        put<quint32>(b, r.second);
    }
    return object(asf::guids::StreamBitrateProperties, b);
}

inline QByteArray contentDescription(
    const QList<QString> &fields) // title, author, ©, description, rating
{
    QByteArray lengths, strings;
    for (const QString &f : fields) {
        const QByteArray text = utf16z(f);
        put<quint16>(lengths, quint16(text.size()));
        strings += text;
    }
    return object(asf::guids::ContentDescription, lengths + strings);
}

// Header Object around `children`; `count` < 0 means the real number of children.
inline QByteArray header(const QList<QByteArray> &children, qint64 count = -1, quint64 size = 0)
{
    QByteArray body;
    put<quint32>(body, count < 0 ? quint32(children.size()) : quint32(count));
    body.append('\x01');
    body.append('\x02');
    for (const QByteArray &c : children)
        body += c;
    return object(asf::guids::Header, body, size);
}

inline QByteArray dataPreamble(quint64 packets, quint32 packetSize)
{
    QByteArray b =
        asf::guidToBytes(QUuid(0x01020304, 0x0506, 0x0708, 9, 10, 11, 12, 13, 14, 15, 16));
    put<quint64>(b, packets);
    b.append('\x01');
    b.append('\x01');
    QByteArray o = asf::guidToBytes(asf::guids::Data);
    put<quint64>(o, 50 + packets * packetSize);
    return o + b;
}

} // namespace asftest
