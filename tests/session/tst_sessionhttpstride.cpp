// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSession fast-forward and rewind over HTTP ([MS-WMSP]) against our own server: canStride()
// follows features="stridable" (not for audio-only files or a broadcast), startStriding() sends
// a Play with the rate and the position in its Pragma (after a Stop when playing),
// stridingStarted() comes before the stride's packets, which are key frames of the video stream
// whose send times move by about rate x elapsed, and startPlaying() plays at rate 1 again.
#include "core/mmsh/httphead.h"
#include "core/mmsh/mmshpragma.h"
#include "core/session/mmssession.h"
#include "server/mmsserver.h"
#include "strideevents.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <memory>

class tst_SessionHttpStride : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void noStrideWithoutVideoOrLive();
    void fastForwardFromReady_data() { modes(); }
    void fastForwardFromReady();
    void rewindWhilePlayingThenPlay_data() { modes(); }
    void rewindWhilePlayingThenPlay();
    void rateTheServerRefuses();

private:
    using Event = StrideEvent;
    struct Request {
        QByteArray method;
        mms::MmshPragma pragma;
        QByteArray firstPragma; // the first Pragma line, as sent
    };
    static void modes()
    {
        QTest::addColumn<bool>("pipelined");
        QTest::newRow("non-pipelined") << false;
        QTest::newRow("pipelined") << true;
    }
    // On the server of the test's mode (pipelined when the client offers it, or never).
    bool open(MmsSession &session, const char *path);
    QList<Request> plays() const; // GETs with xPlayStrm=1
    QList<Event> packets() const;

    std::unique_ptr<MmsServer> m_servers[2]; // [1]: pipelined mode accepted
    QList<Request> m_requests;
    QList<Event> m_events;
    QElapsedTimer m_clock;
};

void tst_SessionHttpStride::initTestCase()
{
    MmsServerConfig config;
    config.rootDir = QStringLiteral(MMS_MEDIA_DIR);
    config.port = 0;
    config.live.insert(QStringLiteral("live"), QStringLiteral(MMS_MEDIA_DIR "/clip.wmv"));
    for (int pipelined = 0; pipelined < 2; ++pipelined) {
        config.httpPipelining = pipelined != 0;
        auto &server = m_servers[pipelined];
        server = std::make_unique<MmsServer>(config);
        QVERIFY2(server->listen(), qPrintable(server->errorString()));
        connect(server.get(), &MmsServer::httpRequestHeadReceived, this,
            [this](int, const mms::HttpHead &head) {
                m_requests.append({head.method, mms::parsePragmas(head.values("Pragma")).value,
                    head.values("Pragma").value(0)});
            });
    }
}

bool tst_SessionHttpStride::open(MmsSession &session, const char *path)
{
    m_requests.clear();
    m_events.clear();
    m_clock.start();
    session.setTimeout(30000);
    recordStrideEvents(session, &m_events, &m_clock);
    QSignalSpy header(&session, &MmsSession::headerReceived);
    const bool pipelined =
        QTest::currentDataTag() && QByteArray(QTest::currentDataTag()) == "pipelined";
    session.open(QUrl(QStringLiteral("mmsh://127.0.0.1:%1/%2")
                          .arg(m_servers[pipelined ? 1 : 0]->serverPort())
                          .arg(QLatin1String(path))));
    return header.wait(30000) || !header.isEmpty();
}

QList<tst_SessionHttpStride::Request> tst_SessionHttpStride::plays() const
{
    QList<Request> out;
    for (const Request &r : m_requests) {
        if (r.method == "GET" && r.pragma.xPlayStrm == std::optional<quint32>(1))
            out.append(r);
    }
    return out;
}

QList<tst_SessionHttpStride::Event> tst_SessionHttpStride::packets() const
{
    return strideEventPackets(m_events);
}

void tst_SessionHttpStride::noStrideWithoutVideoOrLive()
{
    for (const char *path : {"audio.wma", "live"}) {
        MmsSession session;
        QVERIFY(open(session, path));
        QVERIFY2(!session.canStride(), path);
        session.startStriding(5.0, 0.0); // ignored, with a warning
        QCOMPARE(session.state(), MmsSession::State::Ready);
        QVERIFY(plays().isEmpty());
        session.close();
    }
}

void tst_SessionHttpStride::fastForwardFromReady()
{
    MmsSession session;
    QVERIFY(open(session, "clip.wmv"));
    QVERIFY(session.canStride());
    QCOMPARE(session.strideRate(), 0.0);
    QSignalSpy striding(&session, &MmsSession::stridingStarted);
    QSignalSpy started(&session, &MmsSession::startedPlaying);
    session.startStriding(5.0, 0.0);
    QVERIFY(striding.wait(10000));
    QCOMPARE(striding.first().first().toDouble(), 5.0);
    QCOMPARE(session.strideRate(), 5.0);
    QCOMPARE(session.state(), MmsSession::State::Streaming);
    QCOMPARE(started.size(), 0); // a stride, not a play
    // The request: a Play whose first Pragma carries the rate and the position.
    const QList<Request> sent = plays();
    QCOMPARE(sent.size(), 1);
    QVERIFY2(sent.first().firstPragma.startsWith("no-cache,rate=5.000000,stream-time=0,"),
        sent.first().firstPragma.constData());

    // The whole clip at 5x, then the server's end of stream.
    QTRY_VERIFY_WITH_TIMEOUT(!m_events.isEmpty() && m_events.last().kind == Event::End, 20000);
    QCOMPARE(m_events.first().kind, Event::Striding); // before any packet of the stride
    const QList<Event> stride = packets();
    QVERIFY(stride.size() >= 5);
    for (const Event &packet : stride) {
        QCOMPARE(packet.streams.size(), 1); // the video stream's key frames only
        QVERIFY(packet.keyFrame);
    }
    const double rate = measuredRate(stride);
    QVERIFY2(rate > 2.5 && rate < 8.0, qPrintable(QString::number(rate)));
    QCOMPARE(session.state(), MmsSession::State::Ready);
    QCOMPARE(session.strideRate(), 0.0);

    // Play returns to normal play: rate 1, every stream again.
    m_events.clear();
    session.startPlaying(1.0);
    QTRY_VERIFY_WITH_TIMEOUT(m_events.size() >= 3, 10000);
    QCOMPARE(m_events.first().kind, Event::Started);
    QCOMPARE(session.strideRate(), 0.0);
    QCOMPARE(plays().size(), 2);
    QVERIFY2(plays().last().firstPragma.startsWith("no-cache,rate=1.000000,stream-time=1000,"),
        plays().last().firstPragma.constData());
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_events.cbegin(), m_events.cend(),
                                 [](const Event &e) { return e.streams.size() > 1; }),
        10000);
    session.close();
}

void tst_SessionHttpStride::rewindWhilePlayingThenPlay()
{
    MmsSession session;
    QVERIFY(open(session, "clip.wmv"));
    session.startPlaying(3.0);
    QTRY_VERIFY_WITH_TIMEOUT(packets().size() >= 3, 10000);
    QSignalSpy striding(&session, &MmsSession::stridingStarted);
    const qsizetype before = m_requests.size();
    m_events.clear();
    session.startStriding(-5.0, 4.5);
    QVERIFY(striding.wait(10000));
    QCOMPARE(striding.first().first().toDouble(), -5.0);
    QCOMPARE(session.strideRate(), -5.0);
    // As for a seek: Stop (xStopStrm), then the Play with the rate.
    QList<QByteArray> order;
    for (qsizetype i = before; i < m_requests.size(); ++i) {
        const Request &r = m_requests.at(i);
        if (r.pragma.xStopStrm)
            order.append("stop");
        else if (r.pragma.xPlayStrm == std::optional<quint32>(1))
            order.append(r.pragma.rate);
    }
    QCOMPARE(order, (QList<QByteArray> {"stop", "-5.000000"}));
    QCOMPARE(plays().last().pragma.streamTimeMs, std::optional<quint32>(4500));

    // Key frames only after stridingStarted, send times going back by about 5x elapsed.
    QTRY_VERIFY_WITH_TIMEOUT(packets().size() >= 6, 10000);
    const auto firstNotEnd = std::find_if(
        m_events.cbegin(), m_events.cend(), [](const Event &e) { return e.kind != Event::End; });
    QCOMPARE(firstNotEnd->kind, Event::Striding);
    const QList<Event> stride = packets();
    for (const Event &packet : stride)
        QVERIFY(packet.keyFrame && packet.streams.size() == 1);
    QVERIFY(stride.first().sendTime <= 4500);
    const double rate = measuredRate(stride);
    QVERIFY2(rate < -2.5 && rate > -8.0, qPrintable(QString::number(rate)));

    // Play from where the stride is: rate 1 again, at that position.
    const double here = session.resumePosition();
    QVERIFY(here < 4.0);
    m_events.clear();
    session.startPlaying(here);
    const auto started = [this] {
        return std::find_if(m_events.cbegin(), m_events.cend(),
            [](const Event &e) { return e.kind != Event::End; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(started() != m_events.cend(), 10000);
    QCOMPARE(started()->kind, Event::Started);
    QCOMPARE(session.strideRate(), 0.0);
    QCOMPARE(plays().last().pragma.rate, QByteArray("1.000000"));
    QCOMPARE(plays().last().pragma.streamTimeMs, std::optional<quint32>(quint32(here * 1000.0)));
    session.close();
}

void tst_SessionHttpStride::rateTheServerRefuses()
{
    // mms-serve strides at up to 10x; asked for 50x it plays at 1 and says rate=1.000000: the
    // session then plays normally (startedPlaying, strideRate 0, every stream), not a stride.
    MmsSession session;
    QVERIFY(open(session, "clip.wmv"));
    QVERIFY(session.canStride());
    QSignalSpy striding(&session, &MmsSession::stridingStarted);
    QSignalSpy started(&session, &MmsSession::startedPlaying);
    session.startStriding(50.0, 0.0);
    QVERIFY(started.wait(10000));
    QCOMPARE(plays().last().pragma.rate, QByteArray("50.000000"));
    QCOMPARE(session.state(), MmsSession::State::Streaming);
    QCOMPARE(session.strideRate(), 0.0);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_events.cbegin(), m_events.cend(),
                                 [](const Event &e) { return e.streams.size() > 1; }),
        10000);
    QCOMPARE(striding.size(), 0);
    session.close();
}

QTEST_GUILESS_MAIN(tst_SessionHttpStride)
#include "tst_sessionhttpstride.moc"
