// SPDX-License-Identifier: GPL-3.0-or-later
// FilePacketFeed reads the file in blocks of whole packets: what it hands out must be exactly what
// AsfFile::packet() reads one by one, whatever the block size, wherever a play starts, with
// streams filtered out, and when the file is cut short while it is open.
#include "core/asf/asffile.h"
#include "core/asf/asfpacket.h"
#include "server/filepacketfeed.h"
#include "server/pacingschedule.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

QString mediaFile(const char *name)
{
    return QStringLiteral(MMS_MEDIA_DIR "/") + QLatin1String(name);
}

std::unique_ptr<asf::AsfFile> openFile(const QString &path)
{
    asf::AsfFile::OpenResult opened = asf::AsfFile::open(path);
    return opened.ok() ? std::move(opened.file) : nullptr;
}

struct Served {
    QList<FilePacketFeed::Packet> packets;
    QList<QByteArray> bytes; // a copy of each packet's bytes: the views die with the next call
    FilePacketFeed::Status status = FilePacketFeed::Status::Packet;
    QString error;
};

// Every packet the feed hands out until it stops.
Served serveAll(FilePacketFeed &feed)
{
    Served served;
    FilePacketFeed::Packet packet;
    while ((served.status = feed.next(packet, served.error)) == FilePacketFeed::Status::Packet) {
        served.packets.append(packet);
        served.bytes.append(packet.bytes.toByteArray());
    }
    return served;
}

} // namespace

class tst_FilePacketFeed : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void wholeFileInBlocks_data();
    void wholeFileInBlocks();
    void startInTheMiddle_data();
    void startInTheMiddle();
    void restartWhilePlaying();
    void startPastTheEnd();
    void dueTimesFollowTheSendTimes();
    void unpacedFeedHasNoDueTimes();
    void streamSelectionFromBlocks();
    void fileTruncatedWhileOpen_data();
    void fileTruncatedWhileOpen();
    void stopFreesTheBlock();

private:
    std::unique_ptr<asf::AsfFile> m_clip;
    quint64 m_count = 0;
    qsizetype m_packetSize = 0;
    QTemporaryDir m_dir;
};

void tst_FilePacketFeed::initTestCase()
{
    m_clip = openFile(mediaFile("clip.wmv"));
    QVERIFY(m_clip);
    m_count = m_clip->packetCount();
    m_packetSize = m_clip->packetSize();
    // Enough packets for several blocks of every size below, and a last block that is partial.
    QVERIFY(m_count > 40);
    QVERIFY(m_count % 7 != 0);
    QVERIFY(m_dir.isValid());
}

void tst_FilePacketFeed::wholeFileInBlocks_data()
{
    QTest::addColumn<qsizetype>("readAhead");
    // One byte still reads a whole packet; 7 packets and some bytes is 7 packets per block (a
    // partial last block, checked above); more than the file reads it all at once.
    QTest::newRow("one byte") << qsizetype(1);
    QTest::newRow("one packet") << qsizetype(3200);
    QTest::newRow("two packets") << qsizetype(2 * 3200);
    QTest::newRow("7 packets and a bit") << qsizetype(7 * 3200 + 100);
    QTest::newRow("default") << FilePacketFeed::DefaultReadAheadBytes;
    QTest::newRow("256 KiB") << qsizetype(256 * 1024);
    QTest::newRow("more than the file") << qsizetype(64 * 1024 * 1024);
}

void tst_FilePacketFeed::wholeFileInBlocks()
{
    QFETCH(qsizetype, readAhead);
    QCOMPARE(m_packetSize, 3200); // the rows are in multiples of it
    FilePacketFeed feed(*m_clip);
    feed.setReadAheadBytes(readAhead);
    feed.start(0, 0, 0);
    const Served served = serveAll(feed);
    QCOMPARE(served.status, FilePacketFeed::Status::End);
    QVERIFY(served.error.isEmpty());
    QCOMPARE(quint64(served.packets.size()), m_count);
    for (quint64 i = 0; i < m_count; ++i) {
        QCOMPARE(served.packets.at(qsizetype(i)).locationId, quint32(i));
        QCOMPARE(served.bytes.at(qsizetype(i)), m_clip->packet(i));
    }
    // The end stays the end.
    FilePacketFeed::Packet packet;
    QString error;
    QCOMPARE(feed.next(packet, error), FilePacketFeed::Status::End);
}

void tst_FilePacketFeed::startInTheMiddle_data()
{
    QTest::addColumn<quint64>("first");
    // Blocks of 7 packets: starts on, just before and just after a block boundary of a play
    // from 0, elsewhere, and in the last (partial) block. clip.wmv has more than 40 packets.
    for (quint64 first : {quint64(1), quint64(6), quint64(7), quint64(8), quint64(20), quint64(38)})
        QTest::newRow(qPrintable(QStringLiteral("packet %1").arg(first))) << first;
    QTest::newRow("last packet") << ~quint64(0); // m_count - 1, filled in below
}

void tst_FilePacketFeed::startInTheMiddle()
{
    QFETCH(quint64, first);
    if (first == ~quint64(0))
        first = m_count - 1;
    QVERIFY(first < m_count);
    FilePacketFeed feed(*m_clip);
    feed.setReadAheadBytes(7 * m_packetSize);
    // As a StartPlaying that names the packet (MS-MMSP 2.2.4.25 locationId) starts it.
    mms::StartPlaying request;
    request.locationId = quint32(first);
    QCOMPARE(feed.startPacketFor(request), first);
    feed.start(feed.startPacketFor(request), 0, 0);
    const Served served = serveAll(feed);
    QCOMPARE(served.status, FilePacketFeed::Status::End);
    QCOMPARE(quint64(served.packets.size()), m_count - first);
    for (qsizetype i = 0; i < served.packets.size(); ++i) {
        QCOMPARE(served.packets.at(i).locationId, quint32(first + quint64(i)));
        QCOMPARE(served.bytes.at(i), m_clip->packet(first + quint64(i)));
    }
}

void tst_FilePacketFeed::restartWhilePlaying()
{
    // A StartPlaying while streaming (a seek) starts over at the new packet, backwards or
    // forwards, inside the block in hand or outside it.
    FilePacketFeed feed(*m_clip);
    feed.setReadAheadBytes(7 * m_packetSize);
    FilePacketFeed::Packet packet;
    QString error;
    feed.start(10, 0, 0);
    for (quint64 i = 10; i < 13; ++i) {
        QCOMPARE(feed.next(packet, error), FilePacketFeed::Status::Packet);
        QCOMPARE(packet.locationId, quint32(i));
    }
    for (quint64 first : {quint64(11), quint64(2), quint64(40), quint64(39), m_count - 2}) {
        feed.start(first, 0, 0);
        for (quint64 i = first; i < qMin(first + 9, m_count); ++i) {
            QCOMPARE(feed.next(packet, error), FilePacketFeed::Status::Packet);
            QCOMPARE(packet.locationId, quint32(i));
            QCOMPARE(packet.bytes.toByteArray(), m_clip->packet(i));
        }
    }
    QCOMPARE(feed.next(packet, error), FilePacketFeed::Status::End);
}

void tst_FilePacketFeed::startPastTheEnd()
{
    FilePacketFeed feed(*m_clip);
    FilePacketFeed::Packet packet;
    QString error;
    feed.start(m_count, 0, 0);
    QCOMPARE(feed.next(packet, error), FilePacketFeed::Status::End);
    feed.start(~quint64(0), 0, 0);
    QCOMPARE(feed.next(packet, error), FilePacketFeed::Status::End);
    QVERIFY(error.isEmpty());
}

void tst_FilePacketFeed::dueTimesFollowTheSendTimes()
{
    // Pacing is unchanged by the blocks: each due time is the schedule's answer for the packet's
    // own send time, with and without Fast Start.
    for (const auto &[accelBandwidth, accelDuration] :
        {std::pair<quint32, quint32>(0, 0), {2000000, 1500}}) {
        const quint64 first = 5;
        FilePacketFeed feed(*m_clip);
        feed.setReadAheadBytes(7 * m_packetSize);
        feed.start(first, accelBandwidth, accelDuration);
        PacingSchedule expected;
        expected.start(m_clip->packetSendTime(first), accelBandwidth, accelDuration);
        const Served served = serveAll(feed);
        QCOMPARE(quint64(served.packets.size()), m_count - first);
        for (qsizetype i = 0; i < served.packets.size(); ++i) {
            const asf::PacketParseResult parsed =
                asf::parsePacket(m_clip->packet(first + quint64(i)), m_clip->packetSize());
            QVERIFY(parsed.ok());
            QCOMPARE(
                served.packets.at(i).dueMs, expected.dueMs(parsed.info.sendTime, m_packetSize));
        }
    }
}

void tst_FilePacketFeed::unpacedFeedHasNoDueTimes()
{
    // Burst sessions turn pacing off: the same packets, in the same order, with the same bytes,
    // and no due time (the feed does not parse packets for their send times then).
    FilePacketFeed paced(*m_clip);
    paced.start(3, 2000000, 1500);
    const Served expected = serveAll(paced);
    QVERIFY(paced.isPaced());
    QVERIFY(expected.packets.last().dueMs > 0);

    FilePacketFeed burst(*m_clip);
    burst.setPaced(false);
    QVERIFY(!burst.isPaced());
    burst.start(3, 2000000, 1500);
    const Served served = serveAll(burst);
    QCOMPARE(served.status, FilePacketFeed::Status::End);
    QCOMPARE(served.packets.size(), expected.packets.size());
    QCOMPARE(served.bytes, expected.bytes);
    for (qsizetype i = 0; i < served.packets.size(); ++i) {
        QCOMPARE(served.packets.at(i).locationId, expected.packets.at(i).locationId);
        QCOMPARE(served.packets.at(i).dueMs, qint64(0));
    }
}

void tst_FilePacketFeed::streamSelectionFromBlocks()
{
    // MS-MMSP 3.2.5.11.1 from blocks: each packet filtered as filterPacket() does it on the
    // packet read alone; packets left empty are skipped, the rest keep their numbers.
    auto multi = openFile(mediaFile("multi.wmv"));
    QVERIFY(multi);
    for (const QSet<int> &keep : {QSet<int> {1, 3}, QSet<int> {2}, QSet<int> {3}}) {
        QList<quint32> expectedIds;
        QList<QByteArray> expectedBytes;
        for (quint64 i = 0; i < multi->packetCount(); ++i) {
            const asf::PadResult filtered =
                asf::filterPacket(multi->packet(i), multi->packetSize(), keep);
            QVERIFY(filtered.ok());
            if (filtered.packet.isEmpty())
                continue;
            expectedIds.append(quint32(i));
            expectedBytes.append(filtered.packet);
        }
        QVERIFY(!expectedIds.isEmpty());
        FilePacketFeed feed(*multi);
        feed.setReadAheadBytes(5 * qsizetype(multi->packetSize()));
        feed.setSelection(keep, false);
        feed.start(0, 0, 0);
        const Served served = serveAll(feed);
        QCOMPARE(served.status, FilePacketFeed::Status::End);
        QCOMPARE(served.packets.size(), expectedIds.size());
        for (qsizetype i = 0; i < expectedIds.size(); ++i) {
            QCOMPARE(served.packets.at(i).locationId, expectedIds.at(i));
            QCOMPARE(served.bytes.at(i), expectedBytes.at(i));
        }
    }
}

void tst_FilePacketFeed::fileTruncatedWhileOpen_data()
{
    QTest::addColumn<qsizetype>("readAhead");
    QTest::addColumn<quint64>("cutPacket"); // the packet the file now ends in
    QTest::addColumn<qsizetype>("cutInto"); // how many of its bytes are left
    // Blocks of 7 from packet 0: packet 17 is in the middle of the block 14..20.
    QTest::newRow("mid-packet, mid-block") << qsizetype(7 * 3200) << quint64(17) << qsizetype(1600);
    QTest::newRow("one byte short, mid-block")
        << qsizetype(7 * 3200) << quint64(17) << qsizetype(3199);
    QTest::newRow("on a packet boundary") << qsizetype(7 * 3200) << quint64(17) << qsizetype(0);
    QTest::newRow("first packet of a block")
        << qsizetype(7 * 3200) << quint64(14) << qsizetype(100);
    QTest::newRow("first packet") << qsizetype(7 * 3200) << quint64(0) << qsizetype(100);
    QTest::newRow("one packet per block") << qsizetype(1) << quint64(17) << qsizetype(1600);
    QTest::newRow("whole file in a block")
        << qsizetype(64 * 1024 * 1024) << quint64(40) << qsizetype(1600);
}

void tst_FilePacketFeed::fileTruncatedWhileOpen()
{
    // The file is cut short after it was opened (packetCount() still counts the packets it had):
    // every whole packet before the cut is served as it was, then a clear error names the packet
    // that could not be read; nothing past it is served.
    QFETCH(qsizetype, readAhead);
    QFETCH(quint64, cutPacket);
    QFETCH(qsizetype, cutInto);
    const QString path = m_dir.filePath(QStringLiteral("cut-%1.wmv")
                                            .arg(QTest::currentDataTag())
                                            .replace(QLatin1Char(' '), QLatin1Char('-')));
    QFile::remove(path);
    QVERIFY(QFile::copy(mediaFile("clip.wmv"), path));
    auto file = openFile(path);
    QVERIFY(file);
    QCOMPARE(file->packetCount(), m_count);
    const qint64 cutAt = file->firstPacketOffset() + qint64(cutPacket) * m_packetSize + cutInto;
    QVERIFY(QFile::resize(path, cutAt));

    FilePacketFeed feed(*file);
    feed.setReadAheadBytes(readAhead);
    feed.start(0, 0, 0);
    const Served served = serveAll(feed);
    QCOMPARE(served.status, FilePacketFeed::Status::ReadError);
    QCOMPARE(quint64(served.packets.size()), cutPacket);
    for (quint64 i = 0; i < cutPacket; ++i)
        QCOMPARE(served.bytes.at(qsizetype(i)), m_clip->packet(i));
    QVERIFY2(
        served.error.startsWith(QStringLiteral(
            "packet %1 unreadable: Data Object: reading packet %1: the file ends before byte %2")
                                    .arg(cutPacket)
                                    .arg(cutAt - cutInto + m_packetSize)),
        qPrintable(served.error));

    // AsfFile says the same for the packet alone and for a block that runs into the cut.
    asf::AsfError error;
    QVERIFY(file->packet(cutPacket, &error).isEmpty());
    QCOMPARE(error.status, asf::AsfStatus::IoError);
    QCOMPARE(error.offset, cutAt - cutInto);
    QVERIFY2(error.what.contains(QStringLiteral("reading packet %1:").arg(cutPacket)),
        qPrintable(error.what));
    QByteArray block(4 * m_packetSize, '\0');
    const quint64 from = cutPacket >= 2 ? cutPacket - 2 : 0;
    QCOMPARE(file->readPackets(from, 4, block.data(), &error), cutPacket - from);
    QVERIFY2(error.what.contains(QStringLiteral("reading packet %1:").arg(cutPacket)),
        qPrintable(error.what));
    for (quint64 i = from; i < cutPacket; ++i)
        QCOMPARE(block.mid(qsizetype(i - from) * m_packetSize, m_packetSize), m_clip->packet(i));

    // A play that starts past the cut fails at once, with the same error for its first packet.
    if (cutPacket + 3 < m_count) {
        feed.start(cutPacket + 3, 0, 0);
        FilePacketFeed::Packet packet;
        QString feedError;
        QCOMPARE(feed.next(packet, feedError), FilePacketFeed::Status::ReadError);
        QVERIFY2(feedError.startsWith(
                     QStringLiteral("packet %1 unreadable: Data Object: reading packet %1:")
                         .arg(cutPacket + 3)),
            qPrintable(feedError));
    }
}

void tst_FilePacketFeed::stopFreesTheBlock()
{
    // stop() lets a session that no longer streams drop its read-ahead; the next play reads the
    // file again and serves the same bytes.
    FilePacketFeed feed(*m_clip);
    feed.setReadAheadBytes(7 * m_packetSize);
    FilePacketFeed::Packet packet;
    QString error;
    feed.start(3, 0, 0);
    QCOMPARE(feed.next(packet, error), FilePacketFeed::Status::Packet);
    feed.stop();
    QCOMPARE(feed.next(packet, error), FilePacketFeed::Status::Packet);
    QCOMPARE(packet.locationId, 4u);
    QCOMPARE(packet.bytes.toByteArray(), m_clip->packet(4));
}

QTEST_GUILESS_MAIN(tst_FilePacketFeed)
#include "tst_filepacketfeed.moc"
