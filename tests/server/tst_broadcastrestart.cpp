// SPDX-License-Identifier: GPL-3.0-or-later
// A relay whose upstream restarts with other content (docs/mms-serve.md "Broadcasting"): the
// clients playing through the relay get a stream change to the new header, over MMS over TCP
// and over HTTP, and keep playing; nobody sees an error.
#include "core/asf/asffile.h"
#include "core/session/mmssession.h"
#include "loopbackserver.h"
#include "server/mmsserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

namespace {

// What one client saw through the relay.
struct Watcher {
    std::unique_ptr<MmsSession> session = std::make_unique<MmsSession>();
    QList<QByteArray> packets;
    QList<quint32> headerPacketSizes; // packet size of each header received
    int streamChanges = 0;
    int errors = 0;
    QList<quint32> ends;
};

} // namespace

class tst_BroadcastRestart : public QObject {
    Q_OBJECT
private slots:
    void upstreamRestartIsAStreamChange();

private:
    void watch(Watcher &watcher, const QUrl &url);
};

void tst_BroadcastRestart::watch(Watcher &watcher, const QUrl &url)
{
    MmsSession *session = watcher.session.get();
    session->setTimeout(30000);
    connect(session, &MmsSession::headerReceived, session,
        [&watcher, session](const asf::Header &header, const QByteArray &) {
            watcher.headerPacketSizes.append(header.packetSize());
            // After a stream change the flow goes on by itself; only the first play is asked.
            if (watcher.headerPacketSizes.size() == 1)
                session->startPlaying();
        });
    connect(session, &MmsSession::streamChanged, session, [&watcher] { ++watcher.streamChanges; });
    connect(session, &MmsSession::dataPacketReceived, session,
        [&watcher](quint32, const QByteArray &packet) { watcher.packets.append(packet); });
    connect(session, &MmsSession::endOfStream, session,
        [&watcher](quint32 hr) { watcher.ends.append(hr); });
    // The name is "not found" until the relay has the upstream's header: open again until then.
    connect(session, &MmsSession::errorOccurred, session, [&watcher, session, url] {
        if (!watcher.packets.isEmpty()) {
            ++watcher.errors;
            return;
        }
        QTimer::singleShot(100, session, [session, url] { session->open(url); });
    });
    session->open(url);
}

void tst_BroadcastRestart::upstreamRestartIsAStreamChange()
{
    const std::unique_ptr<asf::AsfFile> first =
        std::move(asf::AsfFile::open(QStringLiteral(MMS_MEDIA_DIR "/clip.wmv")).file);
    const std::unique_ptr<asf::AsfFile> second =
        std::move(asf::AsfFile::open(QStringLiteral(SMALL_PACKETS_FILE)).file);
    QVERIFY(first && second);
    QVERIFY(first->packetSize() != second->packetSize()); // so the headers differ

    MmsServerConfig upstreamConfig;
    upstreamConfig.live.insert(QStringLiteral("tv"), QStringLiteral(MMS_MEDIA_DIR "/clip.wmv"));
    std::unique_ptr<MmsServer> upstream = startLoopbackServer(upstreamConfig);
    const quint16 upstreamPort = upstream->serverPort();
    QVERIFY(upstreamPort != 0);
    MmsServerConfig edgeConfig;
    edgeConfig.relays.insert(
        QStringLiteral("tv"), QStringLiteral("mms://127.0.0.1:%1/tv").arg(upstreamPort));
    const std::unique_ptr<MmsServer> edge = startLoopbackServer(edgeConfig);
    QVERIFY(edge->serverPort() != 0);

    Watcher overTcp;
    Watcher overHttp;
    watch(overTcp, QUrl(QStringLiteral("mmst://127.0.0.1:%1/tv").arg(edge->serverPort())));
    watch(overHttp, QUrl(QStringLiteral("mmsh://127.0.0.1:%1/tv").arg(edge->serverPort())));
    QTRY_VERIFY_WITH_TIMEOUT(overTcp.packets.size() > 5 && overHttp.packets.size() > 5, 20000);
    QCOMPARE(overTcp.packets.first().size(), qsizetype(first->packetSize()));

    // The upstream goes and comes back on the same port with other content.
    upstream.reset();
    upstreamConfig.live.insert(QStringLiteral("tv"), QStringLiteral(SMALL_PACKETS_FILE));
    upstream = startLoopbackServer(upstreamConfig, upstreamPort);
    QCOMPARE(upstream->serverPort(), upstreamPort);

    for (Watcher *watcher : {&overTcp, &overHttp}) {
        QTRY_VERIFY_WITH_TIMEOUT(watcher->headerPacketSizes.size() == 2, 20000);
        QCOMPARE(watcher->headerPacketSizes,
            QList<quint32>({first->packetSize(), second->packetSize()}));
        const qsizetype before = watcher->packets.size();
        QTRY_VERIFY_WITH_TIMEOUT(watcher->packets.size() > before + 5, 20000);
        QCOMPARE(watcher->packets.last().size(), qsizetype(second->packetSize()));
        QCOMPARE(watcher->errors, 0);
        // The entry change ends the old part with hr 1 (S_FALSE), never with the end (0).
        QVERIFY(!watcher->ends.contains(0u));
    }
    QCOMPARE(overTcp.streamChanges, 1);
    QCOMPARE(overHttp.streamChanges, 1);
    // The upstream's restart and the stream change left the edge's viewer count exact (it
    // decides when the relay lets its upstream go).
    QCOMPARE(edge->viewers(QStringLiteral("tv")), 2);
    overTcp.session->abort();
    overHttp.session->abort();
    QTRY_COMPARE_WITH_TIMEOUT(edge->viewers(QStringLiteral("tv")), 0, 10000);
}

QTEST_GUILESS_MAIN(tst_BroadcastRestart)
#include "tst_broadcastrestart.moc"
