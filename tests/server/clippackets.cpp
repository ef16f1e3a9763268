// SPDX-License-Identifier: GPL-3.0-or-later
#include "clippackets.h"

#include "server/livesource.h"

#include <QTest>

void ClipPackets::load()
{
    asf::AsfFile::OpenResult opened = asf::AsfFile::open(QStringLiteral(MMS_MEDIA_DIR "/clip.wmv"));
    QVERIFY(opened.ok());
    m_file = std::move(opened.file);
    for (quint64 i = 0; i < m_file->packetCount(); ++i)
        m_indexes.insert(m_file->packet(i), int(i));
    QCOMPARE(m_indexes.size(), int(m_file->packetCount())); // every packet tells its index
    m_videoStream = LiveSource::keyStreamOf(m_file->header());
    QVERIFY(m_videoStream != 0);
}
