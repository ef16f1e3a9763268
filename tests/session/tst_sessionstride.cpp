// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSession fast-forward and rewind (StartStriding, notes §6.9, §7.11) against our own server:
// canStride() follows CANSTRIDE, StartStriding goes out with the rate and a new incarnation (after
// StopPlaying when streaming), stridingStarted() comes with ReportStartStriding and before the
// stride's packets, their send times move by about rate x elapsed, and startPlaying() plays
// normally again.
#include "core/protocol/mmscodec.h"
#include "core/protocol/streamsplitter.h"
#include "core/session/mmssession.h"
#include "server/mmsserver.h"
#include "strideevents.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <memory>

using Id = mms::MessageId;

class tst_SessionStride : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void noStrideWithoutVideo();
    void fastForwardFromReady();
    void rewindWhilePlayingThenPlay();

private:
    using Event = StrideEvent;
    // Opens `path` on the server, records the session's events; true once the header is in.
    bool open(MmsSession &session, const char *path);
    QList<mms::CommandPacket> serverSaw(Id id) const;

    std::unique_ptr<MmsServer> m_server;
    QList<mms::CommandPacket> m_seen;
    QList<Event> m_events;
    QElapsedTimer m_clock;
};

void tst_SessionStride::initTestCase()
{
    MmsServerConfig config;
    config.rootDir = QStringLiteral(MMS_MEDIA_DIR);
    config.port = 0;
    m_server = std::make_unique<MmsServer>(config);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    connect(m_server.get(), &MmsServer::messageReceived, this,
        [this](int, Id id, const QByteArray &message) {
            mms::CommandPacket packet;
            packet.id = id;
            packet.message = message;
            m_seen.append(packet);
        });
}

bool tst_SessionStride::open(MmsSession &session, const char *path)
{
    m_seen.clear();
    m_events.clear();
    m_clock.start();
    session.setTimeout(30000);
    recordStrideEvents(session, &m_events, &m_clock);
    QSignalSpy header(&session, &MmsSession::headerReceived);
    session.open(QUrl(QStringLiteral("mms://127.0.0.1:%1/%2")
                          .arg(m_server->serverPort())
                          .arg(QLatin1String(path))));
    return header.wait(30000) || !header.isEmpty();
}

QList<mms::CommandPacket> tst_SessionStride::serverSaw(Id id) const
{
    QList<mms::CommandPacket> out;
    for (const mms::CommandPacket &packet : m_seen) {
        if (packet.id == id)
            out.append(packet);
    }
    return out;
}

void tst_SessionStride::noStrideWithoutVideo()
{
    MmsSession session;
    QVERIFY(open(session, "audio.wma"));
    QVERIFY(!session.canStride());
    session.startStriding(5.0, 0.0); // ignored, with a warning
    QCOMPARE(session.state(), MmsSession::State::Ready);
    QVERIFY(serverSaw(Id::StartStriding).isEmpty());
    session.close();
}

void tst_SessionStride::fastForwardFromReady()
{
    MmsSession session;
    QVERIFY(open(session, "clip.wmv"));
    QVERIFY(session.canStride());
    QCOMPARE(session.strideRate(), 0.0);
    QSignalSpy striding(&session, &MmsSession::stridingStarted);
    session.startStriding(5.0, 0.0);
    QVERIFY(striding.wait(10000));
    QCOMPARE(striding.first().first().toDouble(), 5.0);
    QCOMPARE(session.strideRate(), 5.0);
    QCOMPARE(session.state(), MmsSession::State::Streaming);
    // The request: StartStriding with the rate, a PlayIncarnation of 9..0xFE, the position.
    const QList<mms::CommandPacket> strides = serverSaw(Id::StartStriding);
    QCOMPARE(strides.size(), 1);
    const auto request = mms::decodeMessage<mms::StartStriding>(strides.first().message).value;
    QCOMPARE(request.rate, 5.0);
    QCOMPARE(request.position, 0.0);
    QVERIFY(request.playIncarnation >= 9 && request.playIncarnation <= 0xFE);
    QCOMPARE(serverSaw(Id::StartPlaying).size(), 0);

    // The whole clip at 5x, then the server's end of stream.
    QTRY_VERIFY_WITH_TIMEOUT(!m_events.isEmpty() && m_events.last().kind == Event::End, 20000);
    QCOMPARE(m_events.first().kind, Event::Striding); // before any packet of the stride
    const QList<Event> packets = strideEventPackets(m_events);
    QVERIFY(packets.size() >= 5);
    for (const Event &packet : packets)
        QCOMPARE(packet.streams.size(), 1); // the video stream's key frames only
    const double rate = measuredRate(packets);
    QVERIFY2(rate > 2.5 && rate < 8.0, qPrintable(QString::number(rate)));
    QCOMPARE(session.state(), MmsSession::State::Ready);
    QCOMPARE(session.strideRate(), 0.0);

    // Play returns to normal play: StartPlaying, every stream again.
    m_events.clear();
    session.startPlaying(1.0);
    QTRY_VERIFY_WITH_TIMEOUT(m_events.size() >= 3, 10000);
    QCOMPARE(m_events.first().kind, Event::Started);
    QCOMPARE(session.strideRate(), 0.0);
    QCOMPARE(serverSaw(Id::StartPlaying).size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_events.cbegin(), m_events.cend(),
                                 [](const Event &e) { return e.streams.size() > 1; }),
        10000);
    session.close();
}

void tst_SessionStride::rewindWhilePlayingThenPlay()
{
    MmsSession session;
    QVERIFY(open(session, "clip.wmv"));
    session.startPlaying(3.0);
    QTRY_VERIFY_WITH_TIMEOUT(m_events.size() >= 3, 10000);
    QSignalSpy striding(&session, &MmsSession::stridingStarted);
    m_events.clear();
    session.startStriding(-5.0, 4.5);
    QVERIFY(striding.wait(10000));
    QCOMPARE(striding.first().first().toDouble(), -5.0);
    // Notes §9.3: StopPlaying, its ReportEndOfStream, then StartStriding.
    QList<Id> order;
    for (const mms::CommandPacket &packet : std::as_const(m_seen)) {
        if (packet.id == Id::StopPlaying || packet.id == Id::StartStriding
            || packet.id == Id::StartPlaying)
            order.append(packet.id);
    }
    QCOMPARE(order, (QList<Id> {Id::StartPlaying, Id::StopPlaying, Id::StartStriding}));
    const auto request =
        mms::decodeMessage<mms::StartStriding>(serverSaw(Id::StartStriding).first().message).value;
    const auto play =
        mms::decodeMessage<mms::StartPlaying>(serverSaw(Id::StartPlaying).first().message).value;
    QCOMPARE(request.rate, -5.0);
    QCOMPARE(request.position, 4.5);
    QVERIFY(request.playIncarnation != play.playIncarnation);

    // Nothing of the normal play after stridingStarted; send times go back by about 5x elapsed.
    QTRY_VERIFY_WITH_TIMEOUT(std::count_if(m_events.cbegin(), m_events.cend(),
                                 [](const Event &e) { return e.kind == Event::Packet; })
            >= 6,
        10000);
    const QList<Event> packets = strideEventPackets(m_events);
    // (The stop's acknowledgement, endOfStream(0), may come first.)
    const auto firstNotEnd = std::find_if(
        m_events.cbegin(), m_events.cend(), [](const Event &e) { return e.kind != Event::End; });
    QCOMPARE(firstNotEnd->kind, Event::Striding);
    QVERIFY(packets.first().sendTime <= 4500);
    const double rate = measuredRate(packets);
    QVERIFY2(rate < -2.5 && rate > -8.0, qPrintable(QString::number(rate)));

    // Play from where the stride is: StopPlaying, then StartPlaying there; normal again.
    const double here = session.resumePosition();
    QVERIFY(here < 4.0);
    // (The stride may have reached the start already: then no StopPlaying is needed.)
    const bool wasStriding = session.state() == MmsSession::State::Streaming;
    m_events.clear();
    session.startPlaying(here);
    const auto started = [this] {
        return std::find_if(m_events.cbegin(), m_events.cend(),
            [](const Event &e) { return e.kind != Event::End; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(started() != m_events.cend(), 10000);
    QCOMPARE(started()->kind, Event::Started);
    QCOMPARE(session.strideRate(), 0.0);
    QCOMPARE(serverSaw(Id::StopPlaying).size(), wasStriding ? 2 : 1);
    QCOMPARE(serverSaw(Id::StartPlaying).size(), 2);
    const auto again =
        mms::decodeMessage<mms::StartPlaying>(serverSaw(Id::StartPlaying).last().message).value;
    QCOMPARE(again.position, here);
    session.close();
}

QTEST_GUILESS_MAIN(tst_SessionStride)
#include "tst_sessionstride.moc"
