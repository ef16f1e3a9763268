// SPDX-License-Identifier: GPL-3.0-or-later
// Relays on demand (docs/mms-serve.md "Broadcasting"): a relay connects to its upstream only
// when the first client opens its name, and closes that connection when the last one has gone
// (after --relay-idle); --relay-always-on connects at start. Clients that open a broadcast
// before its header came wait for it, all of them, and are refused in words when it does not
// come in time. The upstream's own records (sessionStarted/sessionFinished) tell when the relay
// is connected.
#include "clippackets.h"
#include "core/asf/asffile.h"
#include "core/protocol/mmsconstants.h"
#include "core/session/mmssession.h"
#include "loopbackserver.h"
#include "server/livesource.h"
#include "server/mmsserver.h"
#include "server/pushclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace {

QString media(const char *name)
{
    return QStringLiteral(MMS_MEDIA_DIR "/") + QLatin1String(name);
}

// What one client saw.
struct Watcher {
    std::unique_ptr<MmsSession> session = std::make_unique<MmsSession>();
    QList<QByteArray> packets;
    int headers = 0;
    QList<quint32> errors; // hr of each errorOccurred
    QStringList details;
};

} // namespace

class tst_RelayOnDemand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void connectsForTheFirstViewerOnly();
    void idleGraceKeepsTheUpstreamAWhile();
    void alwaysOnConnectsAtStart();
    void waitingClientsAllGetTheHeader();
    void noHeaderInTimeIsRefusedInWords();

private:
    enum class Upstream { OnDemand, PushPoint };
    // The relay's source: MMS_MEDIA_DIR on demand, or a publishing point "tv" without encoder.
    static std::unique_ptr<MmsServer> startUpstream(Upstream kind);
    // An edge's config with the relay "tv" of `path` on `upstream`.
    static MmsServerConfig relayConfig(const MmsServer &upstream, const char *path);
    // Opens `url` once (no retry) and plays when the header comes.
    void watch(Watcher &watcher, const QUrl &url);
    QUrl edgeUrl(const char *scheme, const MmsServer &edge) const;
    // True if the packets are packets of clip.wmv, one after the other.
    bool clipRun(const QList<QByteArray> &packets) const;

    ClipPackets m_clip;
};

void tst_RelayOnDemand::initTestCase()
{
    m_clip.load();
}

std::unique_ptr<MmsServer> tst_RelayOnDemand::startUpstream(Upstream kind)
{
    MmsServerConfig config;
    if (kind == Upstream::OnDemand)
        config.rootDir = QStringLiteral(MMS_MEDIA_DIR);
    else
        config.pushPoints = {QStringLiteral("tv")};
    return startLoopbackServer(config);
}

MmsServerConfig tst_RelayOnDemand::relayConfig(const MmsServer &upstream, const char *path)
{
    MmsServerConfig config;
    config.relays.insert(QStringLiteral("tv"),
        QStringLiteral("mms://127.0.0.1:%1/%2")
            .arg(upstream.serverPort())
            .arg(QLatin1String(path)));
    return config;
}

void tst_RelayOnDemand::watch(Watcher &watcher, const QUrl &url)
{
    MmsSession *session = watcher.session.get();
    session->setTimeout(30000);
    connect(session, &MmsSession::headerReceived, session, [&watcher, session] {
        if (++watcher.headers == 1)
            session->startPlaying();
    });
    connect(session, &MmsSession::dataPacketReceived, session,
        [&watcher](quint32, const QByteArray &packet) { watcher.packets.append(packet); });
    connect(session, &MmsSession::errorOccurred, session,
        [&watcher](MmsSession::Error, quint32 hr, const QString &detail) {
            watcher.errors.append(hr);
            watcher.details.append(detail);
        });
    session->open(url);
}

QUrl tst_RelayOnDemand::edgeUrl(const char *scheme, const MmsServer &edge) const
{
    return QUrl(
        QStringLiteral("%1://127.0.0.1:%2/tv").arg(QLatin1String(scheme)).arg(edge.serverPort()));
}

bool tst_RelayOnDemand::clipRun(const QList<QByteArray> &packets) const
{
    for (qsizetype i = 0; i < packets.size(); ++i) {
        const int index = m_clip.indexOf(packets.at(i));
        if (index < 0 || (i > 0 && index != m_clip.indexOf(packets.at(i - 1)) + 1))
            return false;
    }
    return !packets.isEmpty();
}

void tst_RelayOnDemand::connectsForTheFirstViewerOnly()
{
    // The upstream serves clip.wmv on demand: the relay gets its packets byte for byte.
    const std::unique_ptr<MmsServer> upstream = startUpstream(Upstream::OnDemand);
    QSignalSpy upstreamStarted(upstream.get(), &MmsServer::sessionStarted);
    QSignalSpy upstreamFinished(upstream.get(), &MmsServer::sessionFinished);
    MmsServerConfig edgeConfig = relayConfig(*upstream, "clip.wmv");
    edgeConfig.relayIdleMs = 0;
    const std::unique_ptr<MmsServer> edge = startLoopbackServer(edgeConfig);
    QVERIFY(edge->serverPort() != 0);

    // Nobody watches: a client of the upstream itself plays, and it is the only connection the
    // upstream ever saw (an always-on relay connects first: alwaysOnConnectsAtStart).
    {
        Watcher probe;
        watch(
            probe, QUrl(QStringLiteral("mms://127.0.0.1:%1/clip.wmv").arg(upstream->serverPort())));
        QTRY_VERIFY_WITH_TIMEOUT(!probe.packets.isEmpty(), 10000);
        QCOMPARE(upstreamStarted.size(), 1);
        probe.session->abort();
        QTRY_COMPARE_WITH_TIMEOUT(upstreamFinished.size(), 1, 10000);
    }
    QCOMPARE(edge->viewers(QStringLiteral("tv")), 0);

    // The first viewer (over TCP) starts the relay and plays the source's packets; a second
    // (over HTTP) shares that one upstream connection.
    Watcher first;
    watch(first, edgeUrl("mmst", *edge));
    QTRY_VERIFY_WITH_TIMEOUT(first.packets.size() > 10, 20000);
    QVERIFY(clipRun(first.packets));
    QCOMPARE(first.session->header().streams.size(), m_clip.file().header().streams.size());
    QVERIFY(first.session->fileInfo().broadcast);
    QCOMPARE(upstreamStarted.size(), 2);
    Watcher second;
    watch(second, edgeUrl("mmsh", *edge));
    QTRY_VERIFY_WITH_TIMEOUT(second.packets.size() > 10, 20000);
    QVERIFY(clipRun(second.packets));
    QCOMPARE(edge->viewers(QStringLiteral("tv")), 2);
    QCOMPARE(upstreamStarted.size(), 2);

    // One leaves: the relay stays; the last leaves: with --relay-idle 0 it closes at once.
    first.session->abort();
    QTRY_COMPARE_WITH_TIMEOUT(edge->viewers(QStringLiteral("tv")), 1, 10000);
    const qsizetype packets = second.packets.size();
    QTRY_VERIFY_WITH_TIMEOUT(second.packets.size() > packets + 5, 10000);
    QCOMPARE(upstreamFinished.size(), 1);
    second.session->abort();
    QTRY_COMPARE_WITH_TIMEOUT(edge->viewers(QStringLiteral("tv")), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(upstreamFinished.size(), 2, 10000);
    QCOMPARE(upstreamStarted.size(), 2);
    QVERIFY(first.errors.isEmpty() && second.errors.isEmpty());

    // A client afterwards connects the relay again, and plays from the new connection.
    Watcher again;
    watch(again, edgeUrl("mmsh", *edge));
    QTRY_VERIFY_WITH_TIMEOUT(again.packets.size() > 5, 20000);
    QVERIFY(clipRun(again.packets));
    QCOMPARE(upstreamStarted.size(), 3);
    again.session->abort();
    QTRY_COMPARE_WITH_TIMEOUT(upstreamFinished.size(), 3, 10000);
}

void tst_RelayOnDemand::idleGraceKeepsTheUpstreamAWhile()
{
    const std::unique_ptr<MmsServer> upstream = startUpstream(Upstream::OnDemand);
    QSignalSpy upstreamStarted(upstream.get(), &MmsServer::sessionStarted);
    QSignalSpy upstreamFinished(upstream.get(), &MmsServer::sessionFinished);
    MmsServerConfig edgeConfig = relayConfig(*upstream, "clip.wmv");
    edgeConfig.relayIdleMs = 1000;
    const std::unique_ptr<MmsServer> edge = startLoopbackServer(edgeConfig);

    Watcher first;
    watch(first, edgeUrl("mmst", *edge));
    QTRY_VERIFY_WITH_TIMEOUT(first.packets.size() > 5, 20000);
    first.session->abort();
    QTRY_COMPARE_WITH_TIMEOUT(edge->viewers(QStringLiteral("tv")), 0, 10000);
    QElapsedTimer left;
    left.start();
    // A viewer coming back within the grace uses the same upstream connection.
    Watcher back;
    watch(back, edgeUrl("mmst", *edge));
    QTRY_VERIFY_WITH_TIMEOUT(back.packets.size() > 5, 20000);
    QCOMPARE(upstreamStarted.size(), 1);
    QCOMPARE(upstreamFinished.size(), 0);
    back.session->abort();
    QTRY_COMPARE_WITH_TIMEOUT(edge->viewers(QStringLiteral("tv")), 0, 10000);
    left.restart();
    QTRY_COMPARE_WITH_TIMEOUT(upstreamFinished.size(), 1, 10000);
    // Qt's coarse timers may fire up to 5 % early.
    QVERIFY2(left.elapsed() >= 900, qPrintable(QString::number(left.elapsed())));
    QCOMPARE(upstreamStarted.size(), 1);
}

void tst_RelayOnDemand::alwaysOnConnectsAtStart()
{
    const std::unique_ptr<MmsServer> upstream = startUpstream(Upstream::OnDemand);
    QSignalSpy upstreamStarted(upstream.get(), &MmsServer::sessionStarted);
    QSignalSpy upstreamFinished(upstream.get(), &MmsServer::sessionFinished);
    MmsServerConfig edgeConfig = relayConfig(*upstream, "clip.wmv");
    edgeConfig.relaysAlwaysOn = {QStringLiteral("tv")};
    edgeConfig.relayIdleMs = 0;
    const std::unique_ptr<MmsServer> edge = startLoopbackServer(edgeConfig);
    QTRY_COMPARE_WITH_TIMEOUT(upstreamStarted.size(), 1, 10000);
    QCOMPARE(edge->viewers(QStringLiteral("tv")), 0);

    // Viewers come and go; the upstream connection stays.
    Watcher viewer;
    watch(viewer, edgeUrl("mmsh", *edge));
    QTRY_VERIFY_WITH_TIMEOUT(viewer.packets.size() > 5, 20000);
    QVERIFY(clipRun(viewer.packets));
    viewer.session->abort();
    QTRY_COMPARE_WITH_TIMEOUT(edge->viewers(QStringLiteral("tv")), 0, 10000);
    Watcher next;
    watch(next, edgeUrl("mmst", *edge));
    QTRY_VERIFY_WITH_TIMEOUT(next.packets.size() > 5, 20000);
    QCOMPARE(upstreamStarted.size(), 1);
    QCOMPARE(upstreamFinished.size(), 0);
    next.session->abort();

    // A name that is not a relay cannot be always on.
    edgeConfig.relaysAlwaysOn = {QStringLiteral("radio")};
    MmsServer bad(edgeConfig);
    QVERIFY(!bad.listen());
    QVERIFY(bad.errorString().contains(QLatin1String("radio")));
}

void tst_RelayOnDemand::waitingClientsAllGetTheHeader()
{
    // The upstream is a publishing point whose encoder has not started: the edge's clients
    // wait at the edge, the relay waits at the upstream, and the encoder's header reaches all.
    const std::unique_ptr<MmsServer> upstream = startUpstream(Upstream::PushPoint);
    QSignalSpy upstreamStarted(upstream.get(), &MmsServer::sessionStarted);
    MmsServerConfig edgeConfig = relayConfig(*upstream, "tv");
    const std::unique_ptr<MmsServer> edge = startLoopbackServer(edgeConfig);

    Watcher overTcp;
    Watcher overHttp;
    watch(overTcp, edgeUrl("mmst", *edge));
    watch(overHttp, edgeUrl("mmsh", *edge));
    QTRY_COMPARE_WITH_TIMEOUT(edge->viewers(QStringLiteral("tv")), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(upstream->viewers(QStringLiteral("tv")), 1, 10000);
    QCOMPARE(upstreamStarted.size(), 1);
    QCOMPARE(overTcp.session->state(), MmsSession::State::OpeningFile);
    QCOMPARE(overHttp.headers, 0);

    PushClient encoder;
    encoder.setLoops(1);
    QString error;
    QVERIFY2(
        encoder.start(media("clip.wmv"),
            QUrl(QStringLiteral("http://127.0.0.1:%1/tv").arg(upstream->serverPort())), &error),
        qPrintable(error));
    for (Watcher *watcher : {&overTcp, &overHttp}) {
        QTRY_VERIFY_WITH_TIMEOUT(watcher->packets.size() > 5, 20000);
        QCOMPARE(watcher->headers, 1);
        QVERIFY(clipRun(watcher->packets));
        QVERIFY(watcher->errors.isEmpty());
        QCOMPARE(watcher->session->header().streams.size(), m_clip.file().header().streams.size());
    }
    overTcp.session->abort();
    overHttp.session->abort();
    QTRY_COMPARE_WITH_TIMEOUT(edge->viewers(QStringLiteral("tv")), 0, 10000);
}

void tst_RelayOnDemand::noHeaderInTimeIsRefusedInWords()
{
    const std::unique_ptr<MmsServer> upstream = startUpstream(Upstream::PushPoint);
    QSignalSpy upstreamFinished(upstream.get(), &MmsServer::sessionFinished);
    MmsServerConfig edgeConfig = relayConfig(*upstream, "tv");
    edgeConfig.relayIdleMs = 0;
    edgeConfig.liveHeaderWaitMs = 500;
    const std::unique_ptr<MmsServer> edge = startLoopbackServer(edgeConfig);

    Watcher overTcp;
    Watcher overHttp;
    QElapsedTimer waited;
    waited.start();
    watch(overTcp, edgeUrl("mmst", *edge));
    watch(overHttp, edgeUrl("mmsh", *edge));
    QTRY_VERIFY_WITH_TIMEOUT(!overTcp.errors.isEmpty() && !overHttp.errors.isEmpty(), 10000);
    QVERIFY2(waited.elapsed() >= 450, qPrintable(QString::number(waited.elapsed())));
    QCOMPARE(overTcp.errors, QList<quint32> {mms::Hresult::NoStream});
    QCOMPARE(overHttp.errors, QList<quint32> {mms::Hresult::NoStream});
    QVERIFY2(overHttp.details.first().contains(QLatin1String("504 Broadcast Not Started")),
        qPrintable(overHttp.details.first()));
    // Nobody waits any more: the relay lets its upstream go.
    QTRY_COMPARE_WITH_TIMEOUT(edge->viewers(QStringLiteral("tv")), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(upstreamFinished.size(), 1, 10000);
    QCOMPARE(upstream->viewers(QStringLiteral("tv")), 0);
}

QTEST_GUILESS_MAIN(tst_RelayOnDemand)
#include "tst_relayondemand.moc"
