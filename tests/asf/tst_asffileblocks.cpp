// SPDX-License-Identifier: GPL-3.0-or-later
// AsfFile::readPackets: several packets with one read, the same bytes as packet() one by one;
// ranges checked before anything is read. (Files cut short while open: tst_filepacketfeed.)
#include "asftestutil.h"
#include "core/asf/asffile.h"

#include <QTest>

using namespace asf;
using namespace asftest;

class tst_AsfFileBlocks : public QObject
{
    Q_OBJECT
private slots:
    void blocksEqualPackets_data();
    void blocksEqualPackets();
    void rangesOutsideTheFile();
};

void tst_AsfFileBlocks::blocksEqualPackets_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("clip.wmv") << mediaFile("clip.wmv");
    QTest::newRow("mp43") << dataFile(QStringLiteral("real/mp43-wma2-160x120.asf"));
}

void tst_AsfFileBlocks::blocksEqualPackets()
{
    QFETCH(QString, file);
    const AsfFile::OpenResult opened = AsfFile::open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error.what));
    const AsfFile &f = *opened.file;
    const quint64 count = f.packetCount();
    const qsizetype size = f.packetSize();
    QVERIFY(count > 10);
    // Every block length from 1 to 9 packets, tiling the file from every start 0..8, so blocks
    // start and end everywhere and the last one of each tiling is partial or exact.
    for (quint64 length = 1; length <= 9; ++length) {
        for (quint64 start = 0; start < 9; ++start) {
            for (quint64 first = start; first < count; first += length) {
                const quint64 n = qMin(length, count - first);
                QByteArray block(qsizetype(n) * size, '\x5A');
                AsfError error {AsfStatus::IoError, 0, QStringLiteral("not set")};
                QCOMPARE(f.readPackets(first, n, block.data(), &error), n);
                QVERIFY(error.ok());
                for (quint64 i = 0; i < n; ++i)
                    QCOMPARE(block.mid(qsizetype(i) * size, size), f.packet(first + i));
            }
        }
    }
    // The whole file in one read.
    QByteArray all(qsizetype(count) * size, '\0');
    QCOMPARE(f.readPackets(0, count, all.data()), count);
    QCOMPARE(all, readAll(file).mid(f.firstPacketOffset(), all.size()));
}

void tst_AsfFileBlocks::rangesOutsideTheFile()
{
    const AsfFile::OpenResult opened = AsfFile::open(mediaFile("clip.wmv"));
    QVERIFY(opened.ok());
    const AsfFile &f = *opened.file;
    const quint64 count = f.packetCount();
    // Nothing is written for a range that does not fit: a guard byte stays as it was.
    QByteArray block(3 * qsizetype(f.packetSize()), '\x5A');
    AsfError error;
    QCOMPARE(f.readPackets(count, 1, block.data(), &error), 0u);
    QCOMPARE(error.status, AsfStatus::BadCount);
    QCOMPARE(error.what, QStringLiteral("Data Object: packet %1 requested, the file has %1").arg(count));
    QCOMPARE(f.readPackets(count - 2, 3, block.data(), &error), 0u);
    QCOMPARE(error.status, AsfStatus::BadCount);
    QCOMPARE(f.readPackets(1, ~quint64(0), block.data(), &error), 0u);
    QCOMPARE(error.status, AsfStatus::BadCount);
    QCOMPARE(f.readPackets(~quint64(0), 2, block.data(), &error), 0u);
    QCOMPARE(error.status, AsfStatus::BadCount);
    QCOMPARE(block, QByteArray(block.size(), '\x5A'));
    // The last packets exactly.
    QCOMPARE(f.readPackets(count - 3, 3, block.data(), &error), 3u);
    QVERIFY(error.ok());
    QCOMPARE(block.right(f.packetSize()), f.packet(count - 1));
}

QTEST_GUILESS_MAIN(tst_AsfFileBlocks)
#include "tst_asffileblocks.moc"
