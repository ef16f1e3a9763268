// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/buffer/asfstreambuffer.h"
#include "core/session/mmssession.h"
#include "server/mmsserver.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>

// MmsServer -> MmsSession -> AsfStreamBuffer -> QMediaPlayer, wired the way the app wires them.
class tst_SessionPlayback : public QObject
{
    Q_OBJECT
private slots:
    void playsClipFromServer();
    void bufferStaysBoundedWhileConsumerPaused();

private:
    std::unique_ptr<MmsServer> startServer(MmsServerConfig::Pace pace);
};

std::unique_ptr<MmsServer> tst_SessionPlayback::startServer(MmsServerConfig::Pace pace)
{
    MmsServerConfig config;
    config.rootDir = QStringLiteral(MMS_MEDIA_DIR);
    config.port = 0;
    config.pace = pace;
    auto server = std::make_unique<MmsServer>(config);
    return server->listen() ? std::move(server) : nullptr;
}

void tst_SessionPlayback::playsClipFromServer()
{
    auto server = startServer(MmsServerConfig::Pace::Realtime);
    QVERIFY(server);
    MmsSession session;
    QMediaPlayer player;
    QAudioOutput audio;
    QVideoSink sink;
    player.setAudioOutput(&audio);
    player.setVideoSink(&sink);
    QSet<qint64> frames;
    connect(&sink, &QVideoSink::videoFrameChanged, this, [&](const QVideoFrame &frame) {
        if (frame.isValid())
            frames.insert(frame.startTime());
    });
    QList<QMediaPlayer::MediaStatus> statuses;
    connect(&player, &QMediaPlayer::mediaStatusChanged, this,
            [&](QMediaPlayer::MediaStatus status) { statuses.append(status); });

    QPointer<AsfStreamBuffer> buffer = new AsfStreamBuffer(this);
    connect(buffer, &AsfStreamBuffer::backpressureChanged, &session, &MmsSession::setReadingPaused);
    connect(buffer, &AsfStreamBuffer::drained, buffer, &QObject::deleteLater);
    connect(&session, &MmsSession::headerReceived, this,
            [&](const asf::Header &header, const QByteArray &bytes) {
                buffer->setBitrate(header.totalBitrate());
                buffer->append(bytes);
                player.setSourceDevice(buffer, QUrl(QStringLiteral("stream.asf")));
                player.play();
            });
    connect(&session, &MmsSession::dataPacketReceived, buffer,
            [&](quint32, const QByteArray &packet) { QVERIFY(buffer->append(packet)); });
    QSignalSpy endOfStream(&session, &MmsSession::endOfStream);
    connect(&session, &MmsSession::endOfStream, buffer, &AsfStreamBuffer::finish);

    session.open(QUrl(QStringLiteral("mms://127.0.0.1:%1/clip.wmv").arg(server->serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), MmsSession::State::Ready, 60000);
    session.startPlaying(0.0);
    QTRY_COMPARE_WITH_TIMEOUT(endOfStream.count(), 1, 60000);
    QCOMPARE(endOfStream.at(0).at(0).toUInt(), 0u);
    QTRY_VERIFY_WITH_TIMEOUT(statuses.contains(QMediaPlayer::EndOfMedia), 60000);
    QVERIFY(buffer.isNull());
    QVERIFY2(frames.size() >= 125 * 9 / 10, qPrintable(QString::number(frames.size())));
    QVERIFY(frames.size() <= 125);
    QVERIFY(!player.error());
}

void tst_SessionPlayback::bufferStaysBoundedWhileConsumerPaused()
{
    // A burst server and a consumer that reads only when the buffer asks the producer to pause:
    // the level never passes the capacity and nothing is dropped, yet every byte arrives.
    auto server = startServer(MmsServerConfig::Pace::Burst);
    QVERIFY(server);
    MmsSession session;
    AsfStreamBuffer buffer;
    buffer.setLimits(256 * 1024, 192 * 1024, 64 * 1024);
    connect(&buffer, &AsfStreamBuffer::backpressureChanged, &session, &MmsSession::setReadingPaused);
    qint64 maxLevel = 0;
    connect(&buffer, &AsfStreamBuffer::levelChanged, this,
            [&](qint64 level) { maxLevel = std::max(maxLevel, level); });
    connect(&session, &MmsSession::headerReceived, this,
            [&](const asf::Header &, const QByteArray &bytes) { buffer.append(bytes); });
    connect(&session, &MmsSession::dataPacketReceived, this,
            [&](quint32, const QByteArray &packet) { buffer.append(packet); });
    QSignalSpy pressure(&buffer, &AsfStreamBuffer::backpressureChanged);
    QSignalSpy endOfStream(&session, &MmsSession::endOfStream);

    session.open(QUrl(QStringLiteral("mms://127.0.0.1:%1/demo.wmv").arg(server->serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), MmsSession::State::Ready, 60000);
    session.startPlaying(0.0);
    qint64 read = 0;
    int pauses = 0;
    while (endOfStream.isEmpty()) {
        // The consumer is paused until the buffer reports it is full.
        QTRY_VERIFY_WITH_TIMEOUT(buffer.isBackpressureActive() || !endOfStream.isEmpty(), 60000);
        if (buffer.isBackpressureActive())
            ++pauses;
        QVERIFY(buffer.level() <= buffer.capacity());
        read += buffer.read(buffer.capacity()).size();
    }
    read += buffer.readAll().size();
    QVERIFY2(pauses >= 5, qPrintable(QString::number(pauses))); // demo.wmv is ~3.5 MB
    QVERIFY(maxLevel <= buffer.capacity());
    QVERIFY(maxLevel >= buffer.highWatermark());
    QCOMPARE(buffer.bytesDropped(), 0);
    QCOMPARE(read, buffer.bytesAppended());
    QCOMPARE(quint64(read), session.headerBytes().size() + session.packetsReceived()
                     * session.header().packetSize());
    QVERIFY(pressure.count() >= 2 * pauses - 1);
}

QTEST_MAIN(tst_SessionPlayback)
#include "tst_sessionplayback.moc"
