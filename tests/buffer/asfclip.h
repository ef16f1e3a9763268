// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QtEndian>

// Splits a local ASF file the way an MMS server sends it: the "ASF file header" (Header Object +
// 50-byte Data Object preamble, MS-MMSP 2.2.2) and the data packets. Reads only the two object
// sizes and the File Properties packet size, so the buffer tests do not depend on the ASF parser.
struct AsfClip
{
    QByteArray header;
    QList<QByteArray> packets;
    bool ok = false;

    static AsfClip load(const QString &path)
    {
        AsfClip clip;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return clip;
        const QByteArray bytes = file.readAll();
        if (bytes.size() < 30)
            return clip;
        const qint64 headerSize = qFromLittleEndian<quint64>(bytes.constData() + 16);
        if (headerSize + 50 > bytes.size())
            return clip;
        const qint64 dataSize = qFromLittleEndian<quint64>(bytes.constData() + headerSize + 16);
        const quint32 packetSize = findPacketSize(bytes.left(headerSize));
        if (packetSize == 0 || headerSize + dataSize > bytes.size())
            return clip;
        clip.header = bytes.left(headerSize + 50);
        for (qint64 at = headerSize + 50; at + packetSize <= headerSize + dataSize; at += packetSize)
            clip.packets.append(bytes.mid(at, packetSize));
        clip.ok = !clip.packets.isEmpty();
        return clip;
    }

private:
    // File Properties Object (ASF 3.2): GUID 8CABDCA1-A947-11CF-8EE4-00C00C205365; the maximum
    // data packet size sits 96 bytes after the object's start.
    static quint32 findPacketSize(const QByteArray &header)
    {
        static const char guid[16] = { '\xA1', '\xDC', '\xAB', '\x8C', '\x47', '\xA9', '\xCF', '\x11',
                                       '\x8E', '\xE4', '\x00', '\xC0', '\x0C', '\x20', '\x53', '\x65' };
        const qsizetype at = header.indexOf(QByteArray(guid, 16));
        if (at < 0 || at + 104 > header.size())
            return 0;
        return qFromLittleEndian<quint32>(header.constData() + at + 96);
    }
};
