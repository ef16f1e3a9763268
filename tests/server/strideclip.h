// SPDX-License-Identifier: GPL-3.0-or-later
// clip.wmv as the stride tests (MMS StartStriding, MMSH Play with a rate) see it: its video
// stream, where its key frames start, and the checks both protocols' strides must pass.
#pragma once

#include "core/asf/asffile.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <memory>

class StrideClip {
public:
    // A Data packet as the client saw it: where it came from, its bytes, when (ms) it came, and
    // the send time (ms) the stride's rate is measured by.
    struct Packet {
        quint32 locationId = 0;
        QByteArray payload;
        qint64 atMs = 0;
        quint32 sendTime = 0;
    };

    // Opens `path` and finds its first video stream and key frames; checks (QVERIFY) that the
    // clip has video and at least 8 key frames. Call from initTestCase.
    void load(const QString &path);

    const asf::AsfFile &file() const { return *m_file; }
    int video() const { return m_video; }
    // Packet index -> send time (ms) of the packets where a key frame of the video starts.
    const QMap<quint32, quint32> &keyFrames() const { return m_keyFrames; }

    // What a stride must send: each packet whole, holding a key frame and only the video
    // stream's payloads, none twice; the key frame starts in the stride's direction with none
    // passed over; media time moving at about `rate` x real time.
    void checkStride(const QList<Packet> &packets, double rate) const;

private:
    std::unique_ptr<asf::AsfFile> m_file;
    int m_video = 0;
    QMap<quint32, quint32> m_keyFrames;
};
