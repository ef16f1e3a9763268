// SPDX-License-Identifier: GPL-3.0-or-later
// clip.wmv (MMS_MEDIA_DIR) with its packets known by their bytes, so that a test can tell which
// packet of the file each packet a client received is (every packet of the clip differs).
#pragma once

#include "core/asf/asffile.h"

#include <QByteArray>
#include <QHash>
#include <memory>

class ClipPackets {
public:
    // Opens the clip and indexes its packets; checks (QVERIFY) that it opens, that no two of
    // its packets are alike and that it has a video stream. Call from initTestCase.
    void load();

    const asf::AsfFile &file() const { return *m_file; }
    // The index in the file of `packet`, or -1 for one that is no packet of the file.
    int indexOf(const QByteArray &packet) const { return m_indexes.value(packet, -1); }
    // The stream whose key frames a broadcast joins at (LiveSource::keyStreamOf).
    int videoStream() const { return m_videoStream; }

private:
    std::unique_ptr<asf::AsfFile> m_file;
    QHash<QByteArray, int> m_indexes;
    int m_videoStream = 0;
};
