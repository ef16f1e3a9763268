// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/buffer/asfstreambuffer.h"

#include <QSignalSpy>
#include <QTest>

// AsfStreamBuffer's device semantics: what GStreamer's appsrc path relies on (bytesAvailable,
// readData returning 0 when empty, readyRead), the watermarks and the bound, and the end.
class tst_AsfStreamBuffer : public QObject
{
    Q_OBJECT
private slots:
    void emptyDeviceReadsNothing();
    void readsBytesInOrderAcrossChunks();
    void appendEmitsReadyReadAndLevel();
    void watermarksFireExactlyAtThresholds();
    void refusesDataPastCapacity();
    void boundHoldsWhenProducerRespectsSignal();
    void drainedAfterFinishAndLastRead();
    void drainedAtOnceWhenFinishedEmpty();
    void levelInSeconds();
    void writeThroughQIODeviceFails();
    void peakLevelIsHighestLevel();
    void levelSettledOncePerPass();
    void levelSettledSkipsUnchangedLevel();
    void levelSettledInSteps();
    void pendingSettleDiesWithBuffer();
    void keepsReadChunksUpToTheHistoryLimit();
    void playedChunksComeBeforeUnreadOnes();
};

static QByteArray pattern(int size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((seed * 31 + i) & 0xFF);
    return bytes;
}

void tst_AsfStreamBuffer::emptyDeviceReadsNothing()
{
    AsfStreamBuffer buffer;
    QVERIFY(buffer.isOpen());
    QVERIFY(buffer.isSequential());
    QVERIFY(buffer.isReadable());
    QCOMPARE(buffer.bytesAvailable(), 0);
    char byte = 0;
    QCOMPARE(buffer.read(&byte, 1), 0); // 0, not -1: the reader waits for readyRead
    QVERIFY(!buffer.atEnd()); // not finished: more may come
    QCOMPARE(buffer.level(), 0);
}

void tst_AsfStreamBuffer::readsBytesInOrderAcrossChunks()
{
    AsfStreamBuffer buffer;
    QByteArray all;
    for (int i = 0; i < 5; ++i) {
        const QByteArray chunk = pattern(1000 + i * 7, i);
        QVERIFY(buffer.append(chunk));
        all += chunk;
    }
    QCOMPARE(buffer.bytesAvailable(), all.size());
    QByteArray got;
    // Reads that end inside chunks and span several of them.
    for (int size : { 1, 999, 3, 1500, 700 }) {
        const QByteArray part = buffer.read(size);
        QCOMPARE(part.size(), size);
        got += part;
        QCOMPARE(buffer.bytesAvailable(), all.size() - got.size());
    }
    got += buffer.readAll();
    QCOMPARE(got, all);
    QCOMPARE(buffer.bytesAvailable(), 0);
    QCOMPARE(buffer.read(16), QByteArray());
    QCOMPARE(buffer.bytesAppended(), all.size());
}

void tst_AsfStreamBuffer::appendEmitsReadyReadAndLevel()
{
    AsfStreamBuffer buffer;
    QSignalSpy readyRead(&buffer, &QIODevice::readyRead);
    QSignalSpy level(&buffer, &AsfStreamBuffer::levelChanged);
    QVERIFY(buffer.append(pattern(100, 1)));
    QVERIFY(buffer.append(pattern(50, 2)));
    QCOMPARE(readyRead.count(), 2);
    QCOMPARE(level.count(), 2);
    QCOMPARE(level.at(0).at(0).toLongLong(), 100);
    QCOMPARE(level.at(1).at(0).toLongLong(), 150);
    buffer.read(120);
    QCOMPARE(level.count(), 3);
    QCOMPARE(level.at(2).at(0).toLongLong(), 30);
    QCOMPARE(buffer.level(), 30);
    QVERIFY(buffer.append(QByteArray())); // nothing to announce
    QCOMPARE(readyRead.count(), 2);
}

void tst_AsfStreamBuffer::watermarksFireExactlyAtThresholds()
{
    AsfStreamBuffer buffer;
    buffer.setLimits(1000, 600, 200);
    QSignalSpy pressure(&buffer, &AsfStreamBuffer::backpressureChanged);

    for (int i = 1; i <= 5; ++i) {
        QVERIFY(buffer.append(pattern(100, i)));
        QCOMPARE(pressure.count(), 0); // 100 .. 500: below the high watermark
    }
    QVERIFY(buffer.append(pattern(100, 6))); // 600: exactly the high watermark
    QCOMPARE(pressure.count(), 1);
    QCOMPARE(pressure.at(0).at(0).toBool(), true);
    QVERIFY(buffer.isBackpressureActive());
    QVERIFY(buffer.append(pattern(100, 7))); // 700: no repeat
    QCOMPARE(pressure.count(), 1);

    buffer.read(300); // 400
    QCOMPARE(pressure.count(), 1);
    buffer.read(199); // 201: still above the low watermark
    QCOMPARE(pressure.count(), 1);
    buffer.read(1); // 200: exactly the low watermark
    QCOMPARE(pressure.count(), 2);
    QCOMPARE(pressure.at(1).at(0).toBool(), false);
    QVERIFY(!buffer.isBackpressureActive());
    buffer.read(200);
    QCOMPARE(pressure.count(), 2);

    // Hysteresis: filling to just under the high mark again says nothing.
    QVERIFY(buffer.append(pattern(599, 8)));
    QCOMPARE(pressure.count(), 2);
    QVERIFY(buffer.append(pattern(1, 9)));
    QCOMPARE(pressure.count(), 3);
    QCOMPARE(pressure.at(2).at(0).toBool(), true);
}

void tst_AsfStreamBuffer::refusesDataPastCapacity()
{
    AsfStreamBuffer buffer;
    buffer.setLimits(1000, 800, 100);
    QVERIFY(buffer.append(pattern(900, 1)));
    QSignalSpy readyRead(&buffer, &QIODevice::readyRead);
    QVERIFY(!buffer.append(pattern(101, 2))); // 1001 > capacity
    QCOMPARE(buffer.level(), 900);
    QCOMPARE(buffer.bytesDropped(), 101);
    QCOMPARE(readyRead.count(), 0);
    QVERIFY(buffer.append(pattern(100, 3))); // exactly the capacity fits
    QCOMPARE(buffer.level(), 1000);
    QCOMPARE(buffer.read(900), pattern(900, 1));
    QCOMPARE(buffer.read(100), pattern(100, 3));
}

void tst_AsfStreamBuffer::boundHoldsWhenProducerRespectsSignal()
{
    // A producer that stops at backpressureChanged(true) but still delivers what was "in flight"
    // (up to 4 packets, as a socket's already-read bytes would), and a consumer that reads in
    // sizes unrelated to the packets. The level never passes the capacity and nothing is dropped.
    constexpr int PacketSize = 3200;
    AsfStreamBuffer buffer;
    buffer.setLimits(64 * PacketSize, 48 * PacketSize, 16 * PacketSize);
    bool paused = false;
    int pauses = 0;
    int resumes = 0;
    connect(&buffer, &AsfStreamBuffer::backpressureChanged, this, [&](bool active) {
        QCOMPARE(active, !paused); // strictly alternating
        paused = active;
        ++(active ? pauses : resumes);
    });

    QByteArray sent;
    QByteArray received;
    qint64 maxLevel = 0;
    int packet = 0;
    int inFlight = 0;
    const int readSizes[] = { 4096, 777, 65536, 12345 };
    for (int round = 0; round < 2000; ++round) {
        // The producer writes a few packets per round while allowed, plus its in-flight tail.
        for (int i = 0; i < 5; ++i) {
            if (paused && inFlight == 0)
                break;
            inFlight = paused ? inFlight - 1 : 4;
            const QByteArray bytes = pattern(PacketSize, packet++);
            QVERIFY(buffer.append(bytes));
            sent += bytes;
            maxLevel = std::max(maxLevel, buffer.level());
        }
        // The consumer reads less per round than the producer writes, so the buffer fills up.
        if (round % 3 == 0)
            received += buffer.read(readSizes[round % 4]);
        QVERIFY(buffer.level() <= buffer.capacity());
    }
    received += buffer.readAll();
    QVERIFY(pauses >= 2);
    QVERIFY(resumes >= 1);
    QVERIFY(maxLevel >= buffer.highWatermark());
    QVERIFY(maxLevel <= buffer.capacity());
    QCOMPARE(buffer.bytesDropped(), 0);
    QCOMPARE(received, sent);
}

void tst_AsfStreamBuffer::drainedAfterFinishAndLastRead()
{
    AsfStreamBuffer buffer;
    QSignalSpy drained(&buffer, &AsfStreamBuffer::drained);
    QVERIFY(buffer.append(pattern(300, 1)));
    buffer.finish();
    QVERIFY(buffer.isFinished());
    QCOMPARE(drained.count(), 0); // bytes are still waiting
    QVERIFY(!buffer.atEnd());
    QVERIFY(!buffer.append(pattern(10, 2))); // nothing after the end
    QCOMPARE(buffer.level(), 300);
    buffer.read(299);
    QCOMPARE(drained.count(), 0);
    buffer.read(1);
    QCOMPARE(drained.count(), 1);
    QVERIFY(buffer.atEnd());
    buffer.finish();
    buffer.read(1);
    QCOMPARE(drained.count(), 1); // once only
}

void tst_AsfStreamBuffer::drainedAtOnceWhenFinishedEmpty()
{
    AsfStreamBuffer buffer;
    QSignalSpy drained(&buffer, &AsfStreamBuffer::drained);
    buffer.finish();
    QCOMPARE(drained.count(), 1);
    QVERIFY(buffer.atEnd());
}

void tst_AsfStreamBuffer::levelInSeconds()
{
    AsfStreamBuffer buffer;
    QVERIFY(buffer.append(pattern(2000, 1)));
    QCOMPARE(buffer.levelSeconds(), 0.0); // bit rate unknown
    buffer.setBitrate(8000); // 1000 bytes per second
    QCOMPARE(buffer.levelSeconds(), 2.0);
    buffer.read(500);
    QCOMPARE(buffer.levelSeconds(), 1.5);
}

void tst_AsfStreamBuffer::writeThroughQIODeviceFails()
{
    AsfStreamBuffer buffer;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (AsfStreamBuffer): ReadOnly device");
    QCOMPARE(buffer.write("abc"), -1);
    QCOMPARE(buffer.level(), 0);
}

void tst_AsfStreamBuffer::peakLevelIsHighestLevel()
{
    AsfStreamBuffer buffer;
    QCOMPARE(buffer.peakLevel(), 0);
    QVERIFY(buffer.append(pattern(100, 1)));
    QVERIFY(buffer.append(pattern(200, 2)));
    QCOMPARE(buffer.peakLevel(), 300);
    buffer.read(250);
    QCOMPARE(buffer.level(), 50);
    QCOMPARE(buffer.peakLevel(), 300); // reads do not lower it
    QVERIFY(buffer.append(pattern(250, 3)));
    QCOMPARE(buffer.peakLevel(), 300); // back to the peak, not past it
    QVERIFY(buffer.append(pattern(1, 4)));
    QCOMPARE(buffer.peakLevel(), 301);
    buffer.setLimits(400, 300, 100);
    QVERIFY(!buffer.append(pattern(100, 5))); // dropped bytes never count
    QCOMPARE(buffer.peakLevel(), 301);
}

void tst_AsfStreamBuffer::levelSettledOncePerPass()
{
    // Appends and reads of one pass (what happens while the player keeps up: the read follows the
    // append inside its readyRead) give one report, after the pass, of the level they left.
    AsfStreamBuffer buffer;
    QSignalSpy changed(&buffer, &AsfStreamBuffer::levelChanged);
    QSignalSpy settled(&buffer, &AsfStreamBuffer::levelSettled);
    QVERIFY(buffer.append(pattern(3200, 1)));
    QVERIFY(buffer.append(pattern(3200, 2)));
    buffer.read(4096);
    QVERIFY(buffer.append(pattern(3200, 3)));
    QCOMPARE(changed.count(), 4);
    QCOMPARE(settled.count(), 0); // not inside the pass
    QCoreApplication::sendPostedEvents(&buffer, QEvent::MetaCall);
    QCOMPARE(settled.count(), 1);
    QCOMPARE(settled.at(0).at(0).toLongLong(), 3 * 3200 - 4096);
    QCoreApplication::sendPostedEvents(&buffer, QEvent::MetaCall);
    QCOMPARE(settled.count(), 1); // nothing moved since

    buffer.read(1000);
    QCoreApplication::sendPostedEvents(&buffer, QEvent::MetaCall);
    QCOMPARE(settled.count(), 2);
    QCOMPARE(settled.at(1).at(0).toLongLong(), 3 * 3200 - 4096 - 1000);
}

void tst_AsfStreamBuffer::levelSettledSkipsUnchangedLevel()
{
    // A packet appended and read in the same pass leaves the level where it was: no report, so a
    // label bound to it is not set twice per packet.
    AsfStreamBuffer buffer;
    QSignalSpy changed(&buffer, &AsfStreamBuffer::levelChanged);
    QSignalSpy settled(&buffer, &AsfStreamBuffer::levelSettled);
    for (int i = 0; i < 10; ++i) {
        QVERIFY(buffer.append(pattern(3200, i)));
        QCOMPARE(buffer.read(3200).size(), 3200);
        QCoreApplication::sendPostedEvents(&buffer, QEvent::MetaCall);
    }
    QCOMPARE(changed.count(), 20);
    QCOMPARE(settled.count(), 0);

    QVERIFY(buffer.append(pattern(500, 11)));
    QCoreApplication::sendPostedEvents(&buffer, QEvent::MetaCall);
    QCOMPARE(settled.count(), 1);
    QCOMPARE(settled.at(0).at(0).toLongLong(), 500);
    QVERIFY(buffer.append(pattern(3200, 12)));
    buffer.read(3200);
    QCoreApplication::sendPostedEvents(&buffer, QEvent::MetaCall);
    QCOMPARE(settled.count(), 1); // 500 again: already reported
    buffer.read(500);
    QCoreApplication::sendPostedEvents(&buffer, QEvent::MetaCall);
    QCOMPARE(settled.count(), 2);
    QCOMPARE(settled.at(1).at(0).toLongLong(), 0);
}

void tst_AsfStreamBuffer::levelSettledInSteps()
{
    // Reported once it is a step away from the last report, or empty; jitter below a step is not.
    AsfStreamBuffer buffer;
    QCOMPARE(buffer.levelReportStep(), 1);
    buffer.setLevelReportStep(0);
    QCOMPARE(buffer.levelReportStep(), 1); // a step of 0 would report unmoved levels
    buffer.setLevelReportStep(1000);
    QSignalSpy settled(&buffer, &AsfStreamBuffer::levelSettled);
    auto pass = [&buffer] { QCoreApplication::sendPostedEvents(&buffer, QEvent::MetaCall); };

    QVERIFY(buffer.append(pattern(500, 1)));
    pass(); // 500: 500 from the last report (0)
    QCOMPARE(settled.count(), 0);
    QVERIFY(buffer.append(pattern(600, 2)));
    pass(); // 1100
    QCOMPARE(settled.count(), 1);
    QCOMPARE(settled.at(0).at(0).toLongLong(), 1100);
    buffer.read(300);
    pass(); // 800
    buffer.read(100);
    pass(); // 700
    QVERIFY(buffer.append(pattern(1300, 3)));
    pass(); // 2000: 900 from 1100
    QCOMPARE(settled.count(), 1);
    QVERIFY(buffer.append(pattern(100, 4)));
    pass(); // 2100: a full step
    QCOMPARE(settled.count(), 2);
    QCOMPARE(settled.at(1).at(0).toLongLong(), 2100);
    buffer.read(2100);
    pass(); // empty is always told
    QCOMPARE(settled.count(), 3);
    QCOMPARE(settled.at(2).at(0).toLongLong(), 0);
    QVERIFY(buffer.append(pattern(999, 5)));
    pass();
    buffer.read(999);
    pass(); // empty again: already told
    QCOMPARE(settled.count(), 3);
}

void tst_AsfStreamBuffer::pendingSettleDiesWithBuffer()
{
    // The owner deletes a drained buffer while its report may still be queued.
    int reports = 0;
    {
        AsfStreamBuffer buffer;
        connect(&buffer, &AsfStreamBuffer::levelSettled, this, [&] { ++reports; });
        QVERIFY(buffer.append(pattern(100, 1)));
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    QCOMPARE(reports, 0);
}

void tst_AsfStreamBuffer::keepsReadChunksUpToTheHistoryLimit()
{
    AsfStreamBuffer buffer;
    buffer.setHistoryLimit(250);
    const QByteArray a = pattern(100, 1), b = pattern(100, 2), c = pattern(100, 3);
    buffer.append(a);
    buffer.append(b);
    buffer.append(c);
    QCOMPARE(buffer.historyBytes(), 0);
    // A partly read chunk is not history yet; it stays among the unread ones.
    QCOMPARE(buffer.read(150).size(), 150);
    QCOMPARE(buffer.historyBytes(), 100);
    QCOMPARE(buffer.retainedChunks(), (QList<QByteArray> {a, b, c}));
    QCOMPARE(buffer.level(), 150); // the history is not part of the level
    QCOMPARE(buffer.read(150).size(), 150);
    // a + b + c = 300 bytes > 250: the oldest goes.
    QCOMPARE(buffer.historyBytes(), 200);
    QCOMPARE(buffer.retainedChunks(), (QList<QByteArray> {b, c}));
    QCOMPARE(buffer.level(), 0);

    AsfStreamBuffer none;
    none.setHistoryLimit(0);
    none.append(a);
    QCOMPARE(none.read(100), a);
    QCOMPARE(none.historyBytes(), 0);
    QVERIFY(none.retainedChunks().isEmpty());
}

void tst_AsfStreamBuffer::playedChunksComeBeforeUnreadOnes()
{
    AsfStreamBuffer buffer;
    buffer.setHistoryLimit(150);
    const QByteArray a = pattern(100, 1), b = pattern(100, 2), c = pattern(100, 3);
    buffer.appendPlayed(a);
    buffer.appendPlayed(b); // 200 > 150: a goes
    buffer.append(c);
    QCOMPARE(buffer.historyBytes(), 100);
    QCOMPARE(buffer.level(), 100);
    QCOMPARE(buffer.bytesAvailable(), 100);
    QCOMPARE(buffer.retainedChunks(), (QList<QByteArray> {b, c}));
    QCOMPARE(buffer.readAll(), c); // played chunks are not read again
}

QTEST_GUILESS_MAIN(tst_AsfStreamBuffer)
#include "tst_asfstreambuffer.moc"
