// SPDX-License-Identifier: GPL-3.0-or-later
// shiftPacketTimes: every time in a real packet moves by the same amount, nothing else changes.
#include "core/asf/asffile.h"
#include "core/asf/asfpacket.h"
#include "core/asf/asfpackettimes.h"

#include <QTest>

class tst_PacketRetimer : public QObject
{
    Q_OBJECT
private slots:
    void shiftsSendAndPresentationTimes_data();
    void shiftsSendAndPresentationTimes();
    void refusesTruncatedAndOverflowing();
};

void tst_PacketRetimer::shiftsSendAndPresentationTimes_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("clip") << QStringLiteral(MMS_MEDIA_DIR "/clip.wmv");
    QTest::newRow("multi") << QStringLiteral(MMS_MEDIA_DIR "/multi.wmv");
    QTest::newRow("audio") << QStringLiteral(MMS_MEDIA_DIR "/audio.wma");
}

void tst_PacketRetimer::shiftsSendAndPresentationTimes()
{
    QFETCH(QString, file);
    auto opened = asf::AsfFile::open(file);
    QVERIFY(opened.ok());
    const asf::AsfFile &asf = *opened.file;
    const quint32 delta = 5123;
    for (quint64 i = 0; i < asf.packetCount(); i += 7) {
        const QByteArray original = asf.packet(i);
        QByteArray shifted = original;
        QVERIFY(asf::shiftPacketTimes(shifted, delta));
        QCOMPARE(shifted.size(), original.size());
        const auto before = asf::parsePacket(original, asf.packetSize());
        const auto after = asf::parsePacket(shifted, asf.packetSize());
        QVERIFY(before.ok() && after.ok());
        QCOMPARE(after.info.sendTime, before.info.sendTime + delta);
        QCOMPARE(after.info.payloads.size(), before.info.payloads.size());
        int differing = 0;
        for (qsizetype p = 0; p < before.info.payloads.size(); ++p) {
            QCOMPARE(after.info.payloads.at(p).presentationTime, before.info.payloads.at(p).presentationTime + delta);
            QCOMPARE(after.info.payloads.at(p).streamNumber, before.info.payloads.at(p).streamNumber);
        }
        for (qsizetype b = 0; b < original.size(); ++b)
            differing += original.at(b) != shifted.at(b);
        // Only the time fields changed: at most 4 bytes per time.
        QVERIFY(differing <= 4 * (1 + before.info.payloads.size()));
        // Backwards (the player's rewind) by the same amount gives the packet back.
        QVERIFY(asf::shiftPacketTimes(shifted, -qint64(delta)));
        QCOMPARE(shifted, original);
    }
}

void tst_PacketRetimer::refusesTruncatedAndOverflowing()
{
    auto opened = asf::AsfFile::open(QStringLiteral(MMS_MEDIA_DIR "/clip.wmv"));
    QVERIFY(opened.ok());
    const QByteArray packet = opened.file->packet(3);
    for (int size : { 0, 1, 5, 12, 20 }) {
        QByteArray cut = packet.left(size);
        const QByteArray copy = cut;
        QVERIFY(!asf::shiftPacketTimes(cut, 10));
        QCOMPARE(cut, copy);
    }
    QByteArray big = packet;
    const QByteArray copy = big;
    QVERIFY(!asf::shiftPacketTimes(big, 0xFFFFFFF0u));
    QCOMPARE(big, copy);
    // Nor below zero.
    QVERIFY(!asf::shiftPacketTimes(big, -qint64(0xFFFFFFF0u)));
    QCOMPARE(big, copy);
}

QTEST_GUILESS_MAIN(tst_PacketRetimer)
#include "tst_packetretimer.moc"
