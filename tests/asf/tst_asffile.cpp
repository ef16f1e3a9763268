// SPDX-License-Identifier: GPL-3.0-or-later
#include "asftestutil.h"
#include "core/asf/asffile.h"
#include "core/asf/asfpacket.h"

#include <QTemporaryDir>
#include <QTest>

using namespace asf;
using namespace asftest;

Q_DECLARE_METATYPE(asf::AsfStatus)

class tst_AsfFile : public QObject
{
    Q_OBJECT

private slots:
    void headerAndPacketsMatchFileBytes_data();
    void headerAndPacketsMatchFileBytes();
    void sendTimeSearch();
    void fileOffsetToPacket();
    void measuredBitrates();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void truncatedFiles();

private:
    QTemporaryDir m_dir;
};

void tst_AsfFile::headerAndPacketsMatchFileBytes_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("clip.wmv") << mediaFile("clip.wmv");
    QTest::newRow("multi.wmv") << mediaFile("multi.wmv");
    QTest::newRow("mp43") << dataFile(QStringLiteral("real/mp43-wma2-160x120.asf"));
}

void tst_AsfFile::headerAndPacketsMatchFileBytes()
{
    QFETCH(QString, file);
    const QByteArray bytes = readAll(file);
    const AsfFile::OpenResult opened = AsfFile::open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error.what));
    const AsfFile &f = *opened.file;
    const qint64 headerSize = qFromLittleEndian<qint64>(bytes.constData() + 16);
    QCOMPARE(f.mmsHeaderBytes(), bytes.left(headerSize + 50));
    QVERIFY(f.mmsHeaderBytes().endsWith(QByteArray("\x01\x01", 2))); // notes §8.6 completion test 3
    QCOMPARE(f.firstPacketOffset(), headerSize + 50);
    QCOMPARE(f.packetSize(), f.header().file.maxPacketSize);
    QCOMPARE(f.packetCount(), f.header().file.dataPacketsCount);
    // The Data Object fills the file up to the index objects ffmpeg and WMS append.
    QVERIFY(f.firstPacketOffset() + qint64(f.packetCount() * f.packetSize()) <= bytes.size());
    for (quint64 i = 0; i < f.packetCount(); ++i) {
        AsfError error {AsfStatus::IoError, 0, QStringLiteral("not set")};
        const QByteArray packet = f.packet(i, &error);
        QVERIFY(error.ok());
        QCOMPARE(
            packet, bytes.mid(f.firstPacketOffset() + qint64(i * f.packetSize()), f.packetSize()));
    }
    AsfError error;
    QVERIFY(f.packet(f.packetCount(), &error).isEmpty());
    QCOMPARE(error.status, AsfStatus::BadCount);
    QVERIFY(f.packet(~quint64(0), &error).isEmpty());
    QCOMPARE(error.status, AsfStatus::BadCount);
    QCOMPARE(f.packetSendTime(f.packetCount()), 0u);
}

void tst_AsfFile::sendTimeSearch()
{
    const AsfFile::OpenResult opened = AsfFile::open(mediaFile("clip.wmv"));
    QVERIFY(opened.ok());
    const AsfFile &f = *opened.file;
    QList<quint32> times;
    for (quint64 i = 0; i < f.packetCount(); ++i) {
        const PacketParseResult r = parsePacket(f.packet(i), f.packetSize());
        QVERIFY(r.ok());
        QCOMPARE(f.packetSendTime(i), r.info.sendTime);
        times << r.info.sendTime;
    }
    QVERIFY(times.constLast() > 4000); // a 5 s clip
    // The answer by linear scan, for every time stamp present, one ms either side, and the ends.
    const auto expected = [&times](quint32 ms) {
        return quint64(std::find_if(times.cbegin(), times.cend(), [ms](quint32 t) {
            return t >= ms;
        }) - times.cbegin());
    };
    QList<quint32> probes {0, times.constLast() + 1, 0xFFFFFFFFu};
    for (quint32 t : std::as_const(times))
        probes << t << t + 1 << (t ? t - 1 : 0);
    for (quint32 ms : std::as_const(probes))
        QCOMPARE(f.packetIndexForSendTime(ms), expected(ms));
    QCOMPARE(f.packetIndexForSendTime(0xFFFFFFFFu), f.packetCount());
}

void tst_AsfFile::fileOffsetToPacket()
{
    const AsfFile::OpenResult opened = AsfFile::open(mediaFile("clip.wmv"));
    QVERIFY(opened.ok());
    const AsfFile &f = *opened.file;
    const quint64 first = quint64(f.firstPacketOffset());
    QCOMPARE(f.packetIndexForFileOffset(0), 0u);
    QCOMPARE(f.packetIndexForFileOffset(first - 1), 0u);
    QCOMPARE(f.packetIndexForFileOffset(first), 0u);
    QCOMPARE(f.packetIndexForFileOffset(first + f.packetSize() - 1), 0u);
    QCOMPARE(f.packetIndexForFileOffset(first + f.packetSize()), 1u);
    QCOMPARE(f.packetIndexForFileOffset(first + 10 * f.packetSize() + 17), 10u);
    QCOMPARE(f.packetIndexForFileOffset(first + f.packetCount() * f.packetSize()), f.packetCount());
    QCOMPARE(f.packetIndexForFileOffset(~quint64(0)), f.packetCount());
}

void tst_AsfFile::measuredBitrates()
{
    const QString file = mediaFile("multi.wmv");
    const AsfFile::OpenResult opened = AsfFile::open(file);
    QVERIFY(opened.ok());
    const Header &h = opened.file->header();
    QCOMPARE(h.stream(1)->bitrate, 0u); // ffmpeg gives no video bitrate: what this is for
    const QMap<int, qint64> bytes = ffprobeStreamBytes(file);
    QCOMPARE(bytes.size(), 3);
    AsfError error {AsfStatus::IoError, 0, QStringLiteral("not set")};
    const QHash<int, quint32> rates = opened.file->measureStreamBitrates(&error);
    QVERIFY(error.ok());
    QCOMPARE(rates.size(), 3);
    for (auto it = bytes.cbegin(); it != bytes.cend(); ++it) {
        const double expected = double(it.value()) * 8 / h.durationSeconds();
        QVERIFY2(qAbs(rates.value(it.key()) - expected) <= 1.0,
            qPrintable(QStringLiteral("stream %1: %2 vs %3")
                           .arg(it.key())
                           .arg(rates.value(it.key()))
                           .arg(expected)));
    }
    // The 100k rendition (stream 2) must come out clearly cheaper than the 300k one (stream 1).
    QVERIFY(rates.value(2) * 3 < rates.value(1) * 2);
}

void tst_AsfFile::rejectsBadFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<AsfStatus>("status");
    QTest::newRow("missing") << dataFile(QStringLiteral("malformed/no-such-file.wma"))
                             << AsfStatus::IoError;
    QTest::newRow("empty") << dataFile(QStringLiteral("malformed/empty.wma")) << AsfStatus::NotAsf;
    QTest::newRow("one byte") << dataFile(QStringLiteral("malformed/one-byte.asf"))
                              << AsfStatus::NotAsf;
    QTest::newRow("count") << dataFile(QStringLiteral("malformed/object-count-0xffffffff.wma"))
                           << AsfStatus::BadCount;
    QTest::newRow("too small") << dataFile(QStringLiteral("malformed/object-size-too-small.wma"))
                               << AsfStatus::BadObjectSize;
    QTest::newRow("packet size 0")
        << dataFile(QStringLiteral("malformed/zero-packet-size.wma")) << AsfStatus::BadPacketSize;
    QTest::newRow("zero size") << dataFile(QStringLiteral("malformed/zero-size-subobject.wma"))
                               << AsfStatus::BadObjectSize;
    QTest::newRow("not asf") << QStringLiteral(MMS_TEST_SOURCE_DIR "/asf/tst_asffile.cpp")
                             << AsfStatus::NotAsf;
}

void tst_AsfFile::rejectsBadFiles()
{
    QFETCH(QString, file);
    const AsfFile::OpenResult opened = AsfFile::open(file);
    QTEST(opened.error.status, "status");
    QVERIFY(!opened.file);
    QVERIFY(!opened.error.what.isEmpty());
}

void tst_AsfFile::truncatedFiles()
{
    QVERIFY(m_dir.isValid());
    const QByteArray clip = readAll(mediaFile("clip.wmv"));
    const qint64 mmsHeader = qFromLittleEndian<qint64>(clip.constData() + 16) + 50;
    const auto write = [this](const QString &name, const QByteArray &bytes) {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    };
    // Two and a half packets: only the two whole ones are served.
    const AsfFile::OpenResult partial =
        AsfFile::open(write(QStringLiteral("partial.wmv"), clip.left(mmsHeader + 3200 * 5 / 2)));
    QVERIFY2(partial.ok(), qPrintable(partial.error.what));
    QCOMPARE(partial.file->packetCount(), 2u);
    QCOMPARE(partial.file->packet(1), clip.mid(mmsHeader + 3200, 3200));
    QVERIFY(partial.file->packet(2).isEmpty());
    const AsfFile::OpenResult noData =
        AsfFile::open(write(QStringLiteral("nodata.wmv"), clip.left(mmsHeader - 50)));
    QCOMPARE(noData.error.status, AsfStatus::MissingObject);
    const AsfFile::OpenResult cut =
        AsfFile::open(write(QStringLiteral("cut.wmv"), clip.left(mmsHeader - 51)));
    QCOMPARE(cut.error.status, AsfStatus::BadObjectSize);
    QVERIFY2(cut.error.what.contains(QLatin1String("runs past the end of the file")),
        qPrintable(cut.error.what));
}

QTEST_GUILESS_MAIN(tst_AsfFile)
#include "tst_asffile.moc"
