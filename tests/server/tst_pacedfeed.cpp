// SPDX-License-Identifier: GPL-3.0-or-later
// PacedFeed, the send loop both server sessions share: burst hands out every packet at once;
// realtime holds a packet that is not due and has the pacer call back when it is, and the
// packets come out in order, each once, whatever the holding.
#include "core/asf/asffile.h"
#include "server/pacedfeed.h"

#include <QTest>
#include <memory>

class tst_PacedFeed : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void burstTakesEveryPacketAtOnce();
    void realtimeHoldsUntilDue();
    void stopDropsTheHeldPacket();

private:
    std::unique_ptr<asf::AsfFile> m_clip;
};

void tst_PacedFeed::initTestCase()
{
    asf::AsfFile::OpenResult opened = asf::AsfFile::open(QStringLiteral(MMS_MEDIA_DIR "/clip.wmv"));
    QVERIFY(opened.ok());
    m_clip = std::move(opened.file);
    QVERIFY(m_clip->packetCount() > 20);
}

void tst_PacedFeed::burstTakesEveryPacketAtOnce()
{
    PacketPacer pacer;
    int calls = 0;
    PacedFeed paced(&pacer, [&calls] { ++calls; });
    FilePacketFeed feed(*m_clip);
    paced.start(&feed, false, 4, 0, 0);
    QVERIFY(!feed.isPaced()); // burst: no due times computed
    QCOMPARE(feed.readAheadBytes(), PacedFeed::BurstReadAheadBytes);
    FilePacketFeed::Packet packet;
    QString error;
    QList<quint32> ids;
    PacedFeed::Take taken;
    while ((taken = paced.take(packet, error)) == PacedFeed::Take::Packet) {
        QCOMPARE(packet.bytes.toByteArray(), m_clip->packet(packet.locationId));
        ids.append(packet.locationId);
    }
    QCOMPARE(taken, PacedFeed::Take::End);
    QCOMPARE(quint64(ids.size()), m_clip->packetCount() - 4);
    for (qsizetype i = 0; i < ids.size(); ++i)
        QCOMPARE(ids.at(i), quint32(4 + i));
    QCOMPARE(calls, 0);
    QCOMPARE(pacer.scheduledCount(), 0);
}

void tst_PacedFeed::realtimeHoldsUntilDue()
{
    PacketPacer pacer;
    int calls = 0;
    PacedFeed paced(&pacer, [&calls] { ++calls; });
    FilePacketFeed feed(*m_clip);
    paced.start(&feed, true, 0, 0, 0);
    QVERIFY(feed.isPaced());
    QCOMPARE(feed.readAheadBytes(), PacedFeed::RealtimeReadAheadBytes);
    FilePacketFeed::Packet packet;
    QString error;
    QList<quint32> ids;
    // Take what is due, then wait for the pacer's call-back, until a packet was held twice.
    int waits = 0;
    while (waits < 2 && ids.size() < 200) {
        const PacedFeed::Take taken = paced.take(packet, error);
        if (taken == PacedFeed::Take::Packet) {
            ids.append(packet.locationId);
            continue;
        }
        QCOMPARE(taken, PacedFeed::Take::Wait);
        QCOMPARE(pacer.scheduledCount(), 1);
        const int before = calls;
        QTRY_VERIFY_WITH_TIMEOUT(calls > before, 30000);
        ++waits;
    }
    QCOMPARE(waits, 2);
    // Every packet once, in order, none skipped across the holds.
    for (qsizetype i = 0; i < ids.size(); ++i)
        QCOMPARE(ids.at(i), quint32(i));
}

void tst_PacedFeed::stopDropsTheHeldPacket()
{
    PacketPacer pacer;
    int calls = 0;
    PacedFeed paced(&pacer, [&calls] { ++calls; });
    FilePacketFeed feed(*m_clip);
    paced.start(&feed, true, 0, 0, 0);
    FilePacketFeed::Packet packet;
    QString error;
    PacedFeed::Take taken;
    while ((taken = paced.take(packet, error)) == PacedFeed::Take::Packet) { }
    QCOMPARE(taken, PacedFeed::Take::Wait);
    QCOMPARE(pacer.scheduledCount(), 1);
    paced.stop();
    QCOMPARE(pacer.scheduledCount(), 0);
    // A new start serves from its own first packet, not the one that was held.
    paced.start(&feed, false, 10, 0, 0);
    QCOMPARE(paced.take(packet, error), PacedFeed::Take::Packet);
    QCOMPARE(packet.locationId, quint32(10));
}

QTEST_MAIN(tst_PacedFeed)
#include "tst_pacedfeed.moc"
