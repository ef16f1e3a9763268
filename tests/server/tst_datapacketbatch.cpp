// SPDX-License-Identifier: GPL-3.0-or-later
// DataPacketBatch writes the same bytes as DataPacket::encode() for each packet, one after the
// other, and they decode back to the packets.
#include "core/protocol/datapacket.h"
#include "server/datapacketbatch.h"

#include <QTest>

using namespace mms;

class tst_DataPacketBatch : public QObject
{
    Q_OBJECT
private slots:
    void sameBytesAsEncode_data();
    void sameBytesAsEncode();
    void takeEmptiesTheBatch();
};

void tst_DataPacketBatch::sameBytesAsEncode_data()
{
    QTest::addColumn<QList<DataPacket>>("packets");
    const auto packet = [](quint32 location, quint8 incarnation, quint8 flags, QByteArray payload) {
        DataPacket p;
        p.locationId = location;
        p.playIncarnation = incarnation;
        p.afFlags = flags;
        p.payload = std::move(payload);
        return p;
    };
    QByteArray media(3200, Qt::Uninitialized);
    for (qsizetype i = 0; i < media.size(); ++i)
        media[i] = char(i * 7 + 3);
    QTest::newRow("one") << QList<DataPacket> { packet(0, 4, 0, media) };
    QList<DataPacket> run;
    for (quint32 i = 0; i < 25; ++i)
        run << packet(1000 + i, 4, quint8(250 + i), media.left(3200 - qsizetype(i)));
    QTest::newRow("a burst's worth, AFFlags wrapping") << run;
    QTest::newRow("edge values") << QList<DataPacket> { packet(0xFFFFFFFFu, 0xFF, 0xFF, QByteArray(DataPacket::MaxPayload, '\xAA')),
                                                        packet(0x12345678u, 0x80, 0x0C, QByteArray(1, '\0')) };
}

void tst_DataPacketBatch::sameBytesAsEncode()
{
    QFETCH(QList<DataPacket>, packets);
    DataPacketBatch batch;
    batch.reserve(64 * 1024);
    QByteArray expected;
    for (const DataPacket &p : packets) {
        batch.append(p.locationId, p.playIncarnation, p.afFlags, p.payload);
        expected += p.encode();
        QCOMPARE(batch.size(), expected.size());
    }
    const QByteArray bytes = batch.take();
    QCOMPARE(bytes, expected);
    // And back: each packet decodes from where the previous one ended.
    qsizetype at = 0;
    for (const DataPacket &p : packets) {
        const Decoded<DataPacket> decoded = DataPacket::decode(QByteArrayView(bytes).sliced(at));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value, p);
        at += p.payload.size() + DataPacketHeaderSize;
    }
    QCOMPARE(at, bytes.size());
}

void tst_DataPacketBatch::takeEmptiesTheBatch()
{
    DataPacketBatch batch;
    QVERIFY(batch.isEmpty());
    batch.append(1, 2, 3, "abc");
    QVERIFY(!batch.isEmpty());
    QCOMPARE(batch.take().size(), 11);
    QVERIFY(batch.isEmpty());
    QCOMPARE(batch.size(), 0);
    batch.append(4, 5, 6, "de");
    DataPacket only;
    only.locationId = 4;
    only.playIncarnation = 5;
    only.afFlags = 6;
    only.payload = "de";
    QCOMPARE(batch.take(), only.encode());
}

QTEST_GUILESS_MAIN(tst_DataPacketBatch)
#include "tst_datapacketbatch.moc"
