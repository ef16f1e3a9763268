// SPDX-License-Identifier: GPL-3.0-or-later
// StreamSplitter: how the stream is cut, and whether each piece comes as a QByteArray the splitter
// may keep or as a view it must copy, never changes what comes out: the same packets, the same
// error at the same offset, exact byte counts after every piece. Nothing the feeder does to its
// arrays after append(), and nothing the taker does to the payloads it got, leaks into what the
// splitter returns.
#include "core/protocol/streamsplitter.h"
#include "tests/protocol/splittertestsupport.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace mms;
using namespace codectest;

namespace {

// How each piece is handed to append().
enum class Feed {
    Array, // a QByteArray of its own, as QTcpSocket::readAll() returns (may be kept)
    View, // a QByteArrayView (copied)
    RawData, // QByteArray::fromRawData over the feeder's buffer (not the splitter's to keep)
    SlackArray, // a QByteArray with far more capacity than bytes (not worth keeping)
};

const char *feedName(Feed feed)
{
    switch (feed) {
    case Feed::Array:
        return "QByteArray";
    case Feed::View:
        return "view";
    case Feed::RawData:
        return "fromRawData";
    case Feed::SlackArray:
        return "QByteArray with slack";
    }
    return "?";
}

constexpr Feed AllFeeds[] = { Feed::Array, Feed::View, Feed::RawData, Feed::SlackArray };

// A command's id is the MID of the first message in it (MS-MMSP 2.2.4: chunkLen, then MID).
bool idIsFirstMid(const CommandPacket &command)
{
    return command.id == MessageId(qFromLittleEndian<quint32>(command.message.constData() + 4));
}

struct Run
{
    QList<QByteArray> packets; // as on the wire
    CodecError last; // what stopped the last drain
    QString failure; // the first broken expectation (byte counts, ids, offsets), if any
};

// Feeds `stream` in pieces of the given sizes, draining after each, checking totalBytesFed() and
// bufferedBytes() after every append() and every packet. After each append() the feeder scribbles
// over its piece, as a reused socket buffer would be.
Run feedStream(const QByteArray &stream, const QList<qsizetype> &sizes, Feed feed,
               StreamSplitter::Limits limits = {})
{
    StreamSplitter splitter(limits);
    Run run;
    qint64 fed = 0;
    qint64 returned = 0;
    auto checkCounts = [&](const char *when) {
        const qint64 buffered = splitter.hasError() ? 0 : fed - returned;
        if (run.failure.isEmpty()
            && (splitter.totalBytesFed() != fed || splitter.bufferedBytes() != buffered))
            run.failure = QStringLiteral(
                "%1 at byte %2: totalBytesFed %3 (want %4), bufferedBytes %5 (want %6)")
                              .arg(QLatin1String(when))
                              .arg(fed)
                              .arg(splitter.totalBytesFed())
                              .arg(fed)
                              .arg(splitter.bufferedBytes())
                              .arg(buffered);
    };
    qsizetype pos = 0;
    for (const qsizetype size : sizes) {
        QByteArray piece = stream.sliced(pos, size);
        pos += size;
        switch (feed) {
        case Feed::Array:
            splitter.append(piece);
            break;
        case Feed::View:
            splitter.append(QByteArrayView(piece));
            break;
        case Feed::RawData:
            splitter.append(QByteArray::fromRawData(piece.constData(), piece.size()));
            break;
        case Feed::SlackArray: {
            QByteArray slack;
            slack.reserve(size * 8 + 64);
            slack.append(piece);
            splitter.append(slack);
            slack.fill('\x5A'); // in place: nobody else holds it unless the splitter kept it
            break;
        }
        }
        piece.fill('\xA5'); // detaches first if the splitter shares it; else writes in place
        fed += size;
        checkCounts("after append");
        for (;;) {
            const StreamSplitter::Item item = splitter.next();
            if (!item.ok()) {
                run.last = item.error;
                if (item.error.status == CodecStatus::NeedMoreData && item.error.offset != fed
                    && run.failure.isEmpty())
                    run.failure = QStringLiteral("NeedMoreData offset %1, want %2")
                                      .arg(item.error.offset)
                                      .arg(fed);
                break;
            }
            const auto *command = std::get_if<CommandPacket>(&item.packet);
            if (command && !idIsFirstMid(*command) && run.failure.isEmpty())
                run.failure = QStringLiteral("command id is not the MID of its first message");
            run.packets.append(wireBytes(item));
            returned += run.packets.last().size();
            checkCounts("after a packet");
        }
        checkCounts("after draining");
    }
    Q_ASSERT(pos == stream.size());
    return run;
}

// The ways to cut `stream` (whose packets are `packets`): whole, a byte at a time, fixed sizes a
// socket returns, random sizes (fixed seeds), at every packet boundary, and at every packet and
// header-field boundary (8 bytes into a Data packet; 8, 12, 16, 32 and 40 into a command).
QList<std::pair<QString, QList<qsizetype>>> chunkings(const QByteArray &stream,
                                                      const QList<QByteArray> &packets)
{
    QList<std::pair<QString, QList<qsizetype>>> all;
    all.append({ QStringLiteral("whole"), { stream.size() } });
    all.append({ QStringLiteral("bytes"), QList<qsizetype>(stream.size(), 1) });
    for (const qsizetype fixed : { qsizetype(7), qsizetype(1460), qsizetype(16384) }) {
        QList<qsizetype> sizes;
        for (qsizetype pos = 0; pos < stream.size(); pos += fixed)
            sizes.append(qMin(fixed, stream.size() - pos));
        all.append({ QStringLiteral("%1-byte pieces").arg(fixed), sizes });
    }
    for (const quint32 seed : { 1u, 2u, 3u }) {
        QRandomGenerator random(seed);
        QList<qsizetype> sizes;
        for (qsizetype pos = 0; pos < stream.size();) {
            // Half small pieces (headers cut anywhere), half large (several packets at once).
            const qsizetype want =
                random.bounded(2) ? random.bounded(1, 48) : random.bounded(1, 20000);
            sizes.append(qMin(want, stream.size() - pos));
            pos += sizes.last();
        }
        all.append({ QStringLiteral("random, seed %1").arg(seed), sizes });
    }
    QList<qsizetype> packetCuts;
    QList<qsizetype> fieldCuts;
    for (const QByteArray &p : packets) {
        packetCuts.append(p.size());
        const bool command =
            p.size() >= 8 && qFromLittleEndian<quint32>(p.constData() + 4) == SessionIdValue;
        qsizetype at = 0;
        const QList<qsizetype> fields = command ? QList<qsizetype> { 8, 12, 16, 32, 40 }
                                                : QList<qsizetype> { 8 };
        for (const qsizetype cut : fields) {
            if (cut < p.size()) {
                fieldCuts.append(cut - at);
                at = cut;
            }
        }
        fieldCuts.append(p.size() - at);
    }
    all.append({ QStringLiteral("packet boundaries"), packetCuts });
    all.append({ QStringLiteral("field boundaries"), fieldCuts });
    return all;
}

// The sample session plus media packets of the sizes a stream has, a Ping between them, the
// largest Data packet a u16 allows and a command too big to be allocated whole before it arrives.
QList<QByteArray> mixedPackets()
{
    QList<QByteArray> packets = samplePackets();
    for (quint32 i = 0; i < 6; ++i)
        packets.append(dataPacket(100 + i, 11, quint8(i), 3200));
    packets.append(encodePacket(Ping {}, 7));
    packets.append(dataPacket(200, 11, 0, 2500));
    packets.append(dataPacket(201, 11, 0, DataPacket::MaxPayload));
    packets.append(wrapMessage(encodeMessage(Ping {}) + QByteArray(70000, '\x33'), 8));
    packets.append(dataPacket(202, 11, 0, 3200));
    packets.append(encodePacket(ReportEndOfStream { 0, 11 }, 9));
    return packets;
}

} // namespace

class tst_SplitterChunking : public QObject
{
    Q_OBJECT

private slots:
    void sameItemsHoweverCut();
    void sameErrorHoweverCut_data();
    void sameErrorHoweverCut();
    void errorComesAfterThePacketsBeforeIt();
    void callerChangesFedArray();
    void takerKeepsAndChangesPayloads();
    void copiedSplitterIsIndependent();
};

void tst_SplitterChunking::sameItemsHoweverCut()
{
    const QList<QByteArray> packets = mixedPackets();
    const QByteArray stream = joined(packets);
    for (const auto &[name, sizes] : chunkings(stream, packets)) {
        for (const Feed feed : AllFeeds) {
            const QString what = QStringLiteral("%1, %2").arg(name, QLatin1String(feedName(feed)));
            const Run run = feedStream(stream, sizes, feed);
            QVERIFY2(run.failure.isEmpty(), qPrintable(what + QStringLiteral(": ") + run.failure));
            QVERIFY2(run.packets == packets, qPrintable(what));
            QCOMPARE(run.last.status, CodecStatus::NeedMoreData);
        }
    }
}

void tst_SplitterChunking::sameErrorHoweverCut_data()
{
    // The stream in parts (packets, the faulty one among them) so that it is also cut at its
    // packet and field boundaries, the faulty header's included.
    QTest::addColumn<QByteArrayList>("parts");
    QTest::addColumn<qsizetype>("maxDataPacketBytes");
    QTest::addColumn<int>("packetsBefore");
    QTest::addColumn<CodecStatus>("status");
    QTest::addColumn<qint64>("offset");

    // Good packets first (some whole in a piece, some cut), then the fault, then good bytes that
    // must be ignored.
    const QByteArrayList before = mixedPackets();
    const int n = int(before.size());
    const qint64 at = joined(before).size();
    const QByteArray ping = encodePacket(Ping {}, 1);
    const QByteArrayList after { ping, dataPacket(1, 1, 0, 3200) };
    const qsizetype limit = StreamSplitter::Limits().maxDataPacketBytes;
    auto row = [&](const char *name, const QByteArray &fault, CodecStatus status,
                   qint64 fieldOffset) {
        QTest::newRow(name) << before + QByteArrayList { fault } + after << limit << n << status
                            << at + fieldOffset;
    };
    row("PacketSize 8", hex("00 00 00 00 04 00 08 00 ff"), CodecStatus::Malformed, 6);
    row("PacketSize 1", hex("00 00 00 00 04 00 01 00"), CodecStatus::Malformed, 6);
    row("rep 2", hex("02") + ping.sliced(1), CodecStatus::Malformed, 0);
    row("versionMinor 1", hex("01 00 01") + ping.sliced(3), CodecStatus::Malformed, 2);
    row("messageLength huge", patchU32(ping, 8, 0xFFFFFFF8), CodecStatus::TooLarge, 8);
    row("messageLength 36", patchU32(ping, 8, 36), CodecStatus::BadLength, 8);
    row("seal", patchU32(ping, 12, 0), CodecStatus::BadSeal, 12);
    row("chunkLen 0", patchU32(ping, 32, 0), CodecStatus::BadLength, 32);
    row("seal and chunkLen", patchU32(patchU32(ping, 12, 0), 32, 9), CodecStatus::BadSeal, 12);

    const QByteArrayList small = samplePackets(); // no Data packet over 300 bytes
    QTest::newRow("PacketSize over a lower limit")
        << small + QByteArrayList { dataPacket(1, 1, 0, 4089) } + after << qsizetype(4096)
        << int(small.size()) << CodecStatus::TooLarge << joined(small).size() + 6;
    QTest::newRow("version of the first packet")
        << QByteArrayList { hex("01 01 00 00") + ping.sliced(4) } + after << limit << 0
        << CodecStatus::Malformed << qint64(1);
}

void tst_SplitterChunking::sameErrorHoweverCut()
{
    QFETCH(QByteArrayList, parts);
    QFETCH(qsizetype, maxDataPacketBytes);
    QFETCH(int, packetsBefore);
    QFETCH(CodecStatus, status);
    QFETCH(qint64, offset);

    const QByteArray stream = joined(parts);
    const StreamSplitter::Limits limits { StreamSplitter::Limits().maxCommandBytes, maxDataPacketBytes };
    for (const auto &[name, sizes] : chunkings(stream, parts)) {
        for (const Feed feed : AllFeeds) {
            const QString what = QStringLiteral("%1, %2").arg(name, QLatin1String(feedName(feed)));
            const Run run = feedStream(stream, sizes, feed, limits);
            QVERIFY2(run.failure.isEmpty(), qPrintable(what + QStringLiteral(": ") + run.failure));
            QVERIFY2(run.packets == parts.first(packetsBefore), qPrintable(what));
            QVERIFY2(run.last.status == status, qPrintable(what));
            QVERIFY2(run.last.offset == offset,
                qPrintable(what + QStringLiteral(": offset %1").arg(run.last.offset)));
            QVERIFY(!run.last.what.isEmpty());
        }
    }
}

void tst_SplitterChunking::errorComesAfterThePacketsBeforeIt()
{
    // The bad bytes arrive in the same piece as good packets: those come out first, with the
    // byte counts as if nothing were wrong yet; then the error, and from then on nothing.
    const QByteArray good = dataPacket(1, 2, 3, 3200) + encodePacket(Ping {}, 1);
    const QByteArray stream =
        good + patchU32(encodePacket(Ping {}, 2), 12, 0) + dataPacket(4, 2, 3, 100);
    for (const Feed feed : { Feed::Array, Feed::View }) {
        StreamSplitter splitter;
        if (feed == Feed::Array)
            splitter.append(stream);
        else
            splitter.append(QByteArrayView(stream));
        QVERIFY(!splitter.hasError());
        QCOMPARE(splitter.bufferedBytes(), stream.size());
        QVERIFY(splitter.next().isData());
        QCOMPARE(splitter.bufferedBytes(), stream.size() - 3208);
        QVERIFY(splitter.next().isCommand());
        QCOMPARE(splitter.bufferedBytes(), stream.size() - good.size());
        QVERIFY(!splitter.hasError());
        const StreamSplitter::Item bad = splitter.next();
        QCOMPARE(bad.error.status, CodecStatus::BadSeal);
        QCOMPARE(bad.error.offset, good.size() + 12);
        QVERIFY(splitter.hasError());
        QCOMPARE(splitter.bufferedBytes(), 0);
        splitter.append(dataPacket(5, 2, 3, 10));
        QCOMPARE(splitter.next().error.status, CodecStatus::BadSeal);
        QCOMPARE(splitter.bufferedBytes(), 0);
        QCOMPARE(splitter.totalBytesFed(), stream.size() + 18);
    }
}

void tst_SplitterChunking::callerChangesFedArray()
{
    // The splitter may keep the array it was given, shared; the feeder's own copy stays the
    // feeder's: changing it (Qt detaches first), or dropping it, changes nothing here.
    const QList<QByteArray> packets = mixedPackets();
    QByteArray fed = joined(packets);
    const QByteArray original = fed;
    StreamSplitter splitter;
    splitter.append(fed);
    fed[8] = '\x77';
    fed.fill('\0');
    fed.clear();
    QCOMPARE(drain(splitter), packets);

    // An array over the feeder's own buffer is copied: the buffer can be reused at once.
    QByteArray buffer = original;
    StreamSplitter raw;
    raw.append(QByteArray::fromRawData(buffer.constData(), buffer.size()));
    std::memset(buffer.data(), 0, size_t(buffer.size()));
    QCOMPARE(drain(raw), packets);
}

void tst_SplitterChunking::takerKeepsAndChangesPayloads()
{
    // A payload array may be reused for a later packet once its taker has dropped it: never while
    // the taker still holds it, changed or not, whatever the chunking.
    QList<QByteArray> packets;
    for (quint32 i = 0; i < 40; ++i)
        packets.append(dataPacket(i, 1, 0, i % 7 == 6 ? 1000 : 3200)); // mostly one size
    const QByteArray stream = joined(packets);
    for (const qsizetype piece : { qsizetype(1460), qsizetype(3208), qsizetype(65536) }) {
        for (const Feed feed : { Feed::Array, Feed::View }) {
            StreamSplitter splitter;
            QList<QByteArray> kept;
            QList<QByteArray> expected;
            quint32 next = 0;
            for (qsizetype pos = 0; pos < stream.size(); pos += piece) {
                const QByteArray chunk = stream.sliced(pos, qMin(piece, stream.size() - pos));
                if (feed == Feed::Array)
                    splitter.append(chunk);
                else
                    splitter.append(QByteArrayView(chunk));
                for (StreamSplitter::Item item = splitter.next(); item.ok();
                     item = splitter.next()) {
                    QVERIFY(item.isData());
                    const DataPacket &data = std::get<DataPacket>(item.packet);
                    QCOMPARE(data.encode(), packets.at(next));
                    if (next % 3 == 0) {
                        kept.append(data.payload);
                        expected.append(packets.at(next).sliced(DataPacketHeaderSize));
                        if (next % 2 == 0) { // a taker that changes what it kept
                            kept.last()[0] = '\x7F';
                            expected.last()[0] = '\x7F';
                        }
                    }
                    ++next;
                }
            }
            QCOMPARE(next, quint32(packets.size()));
            QCOMPARE(kept, expected);
        }
    }
}

void tst_SplitterChunking::copiedSplitterIsIndependent()
{
    // A splitter copied in the middle of a packet (its payload array shared) and each fed the
    // rest differently: each returns its own packet.
    const QByteArray packet = dataPacket(1, 2, 3, 3200);
    QByteArray changed = packet;
    changed[3000] = '\x11';
    StreamSplitter original;
    original.append(packet.first(1000));
    StreamSplitter copy = original;
    original.append(packet.sliced(1000));
    copy.append(changed.sliced(1000));
    QCOMPARE(drain(original), QList<QByteArray> { packet });
    QCOMPARE(drain(copy), QList<QByteArray> { changed });

    // Copied with packets still in a kept chunk and a payload to reuse: both return them all.
    StreamSplitter a;
    a.append(joined(mixedPackets()));
    QVERIFY(a.next().ok());
    StreamSplitter b = a;
    const QList<QByteArray> rest = mixedPackets().sliced(1);
    QCOMPARE(drain(a), rest);
    QCOMPARE(drain(b), rest);
}

QTEST_GUILESS_MAIN(tst_SplitterChunking)
#include "tst_splitterchunking.moc"
