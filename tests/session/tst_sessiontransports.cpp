// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asffile.h"
#include "core/asf/asfpacket.h"
#include "core/protocol/mmsconstants.h"
#include "core/session/mmssession.h"
#include "server/mmsserver.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

// One session, two wires: the same flows against our own server (in-process), once over MMS
// over TCP (mmst://) and once over MMS over HTTP (mmsh://), with the same expectations. What
// only HTTP has, and the rollover of mms:// URLs, are in tst_sessionhttp.
class tst_SessionTransports : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void openHeaderEqualsTheFile_data() { transports(); }
    void openHeaderEqualsTheFile();
    void playToTheEndEveryPacketEqual_data() { transports(); }
    void playToTheEndEveryPacketEqual();
    void seekStartsAtTheServersPacket_data() { transports(); }
    void seekStartsAtTheServersPacket();
    void pauseThenPlayHasNoGapAndNoRepeat_data() { transports(); }
    void pauseThenPlayHasNoGapAndNoRepeat();
    void selectedStreamsOnly_data() { transports(); }
    void selectedStreamsOnly();
    void joinBroadcast_data() { transports(); }
    void joinBroadcast();
    void playlistChangesEntryAndPlaysOn_data() { transports(); }
    void playlistChangesEntryAndPlaysOn();
    void redirectIsFollowed_data() { transports(); }
    void redirectIsFollowed();
    void missingFileIsFileNotFound_data() { transports(); }
    void missingFileIsFileNotFound();

private:
    void transports()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<MmsSession::Transport>("transport");
        QTest::newRow("tcp") << QStringLiteral("mmst") << MmsSession::Transport::Tcp;
        QTest::newRow("http") << QStringLiteral("mmsh") << MmsSession::Transport::Http;
    }
    QUrl url(const QString &scheme, const MmsServer &server, const char *path) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/%3")
                        .arg(scheme)
                        .arg(server.serverPort())
                        .arg(QLatin1String(path)));
    }
    static QString media(const char *name)
    {
        return QStringLiteral(MMS_MEDIA_DIR "/") + QLatin1String(name);
    }
    // Plays `session` from 0 to the end and returns the locations delivered.
    void playAll(MmsSession &session, const QUrl &url, QList<quint32> &locations,
        QList<QByteArray> *packets = nullptr);

    std::unique_ptr<MmsServer> m_burst;
    std::unique_ptr<MmsServer> m_realtime;
    std::unique_ptr<asf::AsfFile> m_clip;
    QList<QByteArray> m_httpMethods; // of the realtime server
};

void tst_SessionTransports::initTestCase()
{
    qRegisterMetaType<MmsSession::Transport>();
    asf::AsfFile::OpenResult clip = asf::AsfFile::open(media("clip.wmv"));
    QVERIFY(clip.ok());
    m_clip = std::move(clip.file);
    MmsServerConfig realtime;
    realtime.rootDir = QStringLiteral(MMS_MEDIA_DIR);
    realtime.port = 0;
    realtime.live.insert(QStringLiteral("live"), media("clip.wmv"));
    m_realtime = std::make_unique<MmsServer>(realtime);
    QVERIFY2(m_realtime->listen(), qPrintable(m_realtime->errorString()));
    connect(m_realtime.get(), &MmsServer::httpRequestReceived, this,
        [this](int, const QByteArray &method) { m_httpMethods.append(method); });
    MmsServerConfig burst;
    burst.rootDir = QStringLiteral(MMS_MEDIA_DIR);
    burst.port = 0;
    burst.pace = MmsServerConfig::Pace::Burst;
    burst.playlists.insert(QStringLiteral("list"), {media("clip.wmv"), media("audio.wma")});
    burst.redirects.insert(QStringLiteral("moved"),
        QStringLiteral("mmst://127.0.0.1:%1/clip.wmv").arg(m_realtime->serverPort()));
    m_burst = std::make_unique<MmsServer>(burst);
    QVERIFY2(m_burst->listen(), qPrintable(m_burst->errorString()));
}

void tst_SessionTransports::playAll(
    MmsSession &session, const QUrl &url, QList<quint32> &locations, QList<QByteArray> *packets)
{
    connect(&session, &MmsSession::headerReceived, &session, [&session] {
        if (session.packetsReceived() == 0)
            session.startPlaying();
    });
    connect(&session, &MmsSession::dataPacketReceived, &session,
        [&locations, packets](quint32 location, const QByteArray &packet) {
            locations.append(location);
            if (packets)
                packets->append(packet);
        });
    QSignalSpy ends(&session, &MmsSession::endOfStream);
    session.open(url);
    QTRY_VERIFY_WITH_TIMEOUT(!ends.isEmpty() && session.state() == MmsSession::State::Ready, 30000);
}

void tst_SessionTransports::openHeaderEqualsTheFile()
{
    QFETCH(QString, scheme);
    QFETCH(MmsSession::Transport, transport);
    MmsSession session;
    QSignalSpy headers(&session, &MmsSession::headerReceived);
    QSignalSpy opened(&session, &MmsSession::fileOpened);
    QSignalSpy transports(&session, &MmsSession::transportChanged);
    session.open(url(scheme, *m_burst, "clip.wmv"));
    QTRY_COMPARE_WITH_TIMEOUT(headers.count(), 1, 30000);
    QCOMPARE(headers.at(0).at(1).toByteArray(), m_clip->mmsHeaderBytes());
    QCOMPARE(session.headerBytes(), m_clip->mmsHeaderBytes());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(session.fileInfo().packetSize, m_clip->packetSize());
    QVERIFY(!session.fileInfo().broadcast);
    QCOMPARE(session.transport(), transport);
    QCOMPARE(transports.count(), 1);
    QCOMPARE(transports.at(0).at(0).value<MmsSession::Transport>(), transport);
    QCOMPARE(session.state(), MmsSession::State::Ready);
    QSignalSpy closed(&session, &MmsSession::closed);
    session.close();
    QTRY_COMPARE(closed.count(), 1);
}

void tst_SessionTransports::playToTheEndEveryPacketEqual()
{
    QFETCH(QString, scheme);
    MmsSession session;
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    QSignalSpy started(&session, &MmsSession::startedPlaying);
    QList<quint32> locations;
    QList<QByteArray> packets;
    playAll(session, url(scheme, *m_burst, "clip.wmv"), locations, &packets);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(started.count(), 1);
    QCOMPARE(quint64(packets.size()), m_clip->packetCount());
    for (int i = 0; i < packets.size(); ++i) {
        QCOMPARE(locations.at(i), quint32(i));
        QCOMPARE(packets.at(i), m_clip->packet(quint64(i)));
    }
    QCOMPARE(session.packetsReceived(), m_clip->packetCount());
}

void tst_SessionTransports::seekStartsAtTheServersPacket()
{
    QFETCH(QString, scheme);
    MmsSession session;
    QList<quint32> after;
    bool seeked = false;
    const double target = 4.0;
    connect(
        &session, &MmsSession::headerReceived, &session, [&session] { session.startPlaying(0.0); });
    connect(&session, &MmsSession::dataPacketReceived, &session, [&](quint32 location) {
        if (seeked) {
            after.append(location);
            if (after.size() == 3)
                session.close();
            return;
        }
        QCOMPARE(location, 0u);
        session.startPlaying(target);
        seeked = true;
        QCOMPARE(
            session.state(), MmsSession::State::Stopping); // nothing of the first play from here
    });
    QSignalSpy started(&session, &MmsSession::startedPlaying);
    QSignalSpy closed(&session, &MmsSession::closed);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(url(scheme, *m_realtime, "clip.wmv"));
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 30000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(started.count(), 2);
    const quint32 first = quint32(m_clip->packetIndexForSendTime(quint32(target * 1000)));
    QVERIFY(first > 1);
    QCOMPARE(after, QList<quint32>({first, first + 1, first + 2}));
}

void tst_SessionTransports::pauseThenPlayHasNoGapAndNoRepeat()
{
    QFETCH(QString, scheme);
    m_httpMethods.clear();
    MmsSession session;
    session.setKeepAliveInterval(100);
    QList<quint32> locations;
    bool paused = false;
    connect(
        &session, &MmsSession::headerReceived, &session, [&session] { session.startPlaying(); });
    connect(&session, &MmsSession::dataPacketReceived, &session, [&](quint32 location) {
        locations.append(location);
        if (locations.size() == 20 && !paused) {
            paused = true;
            session.stopPlaying();
        }
    });
    QSignalSpy ends(&session, &MmsSession::endOfStream);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(url(scheme, *m_realtime, "clip.wmv"));
    QTRY_COMPARE_WITH_TIMEOUT(ends.count(), 1, 30000);
    QCOMPARE(session.state(), MmsSession::State::Ready);
    const int atPause = int(locations.size());
    QCOMPARE(atPause, 20);
    if (session.transport() == MmsSession::Transport::Http) {
        // [MS-WMSP]: Stop went out as a POST, and while paused KeepAlive requests (OPTIONS).
        QTRY_VERIFY_WITH_TIMEOUT(m_httpMethods.contains("POST"), 30000);
        m_httpMethods.clear();
        QTRY_VERIFY_WITH_TIMEOUT(m_httpMethods.count("OPTIONS") >= 2, 30000);
    } else {
        QTest::qWait(400); // paused: keep-alives go out
    }
    QCOMPARE(locations.size(), atPause); // and nothing arrives
    session.startPlaying(session.resumePosition());
    QTRY_COMPARE_WITH_TIMEOUT(ends.count(), 2, 30000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(quint64(locations.size()), m_clip->packetCount());
    for (int i = 0; i < locations.size(); ++i)
        QCOMPARE(locations.at(i), quint32(i));
}

void tst_SessionTransports::selectedStreamsOnly()
{
    QFETCH(QString, scheme);
    MmsSession session;
    session.selectStreams({2, 3}); // multi.wmv: the small video and the audio
    QSet<int> seen;
    quint32 packetSize = 0;
    connect(&session, &MmsSession::headerReceived, &session, [&](const asf::Header &header) {
        packetSize = header.packetSize();
        session.startPlaying();
    });
    connect(&session, &MmsSession::dataPacketReceived, &session,
        [&](quint32, const QByteArray &packet) {
            const asf::PacketParseResult parsed = asf::parsePacket(packet, packetSize);
            QVERIFY(parsed.ok());
            for (const asf::Payload &p : parsed.info.payloads)
                seen.insert(p.streamNumber);
        });
    QSignalSpy ends(&session, &MmsSession::endOfStream);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(url(scheme, *m_burst, "multi.wmv"));
    QTRY_COMPARE_WITH_TIMEOUT(ends.count(), 1, 30000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(session.selectedStreams(), QList<int>({2, 3}));
    QCOMPARE(seen, QSet<int>({2, 3}));
}

void tst_SessionTransports::joinBroadcast()
{
    QFETCH(QString, scheme);
    MmsSession session;
    QList<quint32> locations;
    connect(
        &session, &MmsSession::headerReceived, &session, [&session] { session.startPlaying(3.0); });
    connect(&session, &MmsSession::dataPacketReceived, &session,
        [&](quint32 location, const QByteArray &packet) {
            locations.append(location);
            QCOMPARE(quint32(packet.size()), session.header().packetSize());
        });
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(url(scheme, *m_realtime, "live"));
    QTRY_VERIFY_WITH_TIMEOUT(locations.size() >= 10, 30000);
    QCOMPARE(errors.count(), 0);
    QVERIFY(session.fileInfo().broadcast);
    QVERIFY(!session.fileInfo().seekable);
    for (int i = 1; i < locations.size(); ++i)
        QCOMPARE(locations.at(i), locations.at(i - 1) + 1);
    session.abort();
}

void tst_SessionTransports::playlistChangesEntryAndPlaysOn()
{
    QFETCH(QString, scheme);
    asf::AsfFile::OpenResult audio = asf::AsfFile::open(media("audio.wma"));
    QVERIFY(audio.ok());
    MmsSession session;
    QList<quint32> locations;
    connect(&session, &MmsSession::headerReceived, &session, [&session] {
        if (session.packetsReceived() == 0)
            session.startPlaying(); // only the first entry: the session plays on by itself
    });
    connect(&session, &MmsSession::dataPacketReceived, &session,
        [&locations](quint32 location) { locations.append(location); });
    QSignalSpy headers(&session, &MmsSession::headerReceived);
    QSignalSpy changes(&session, &MmsSession::streamChanged);
    QSignalSpy ends(&session, &MmsSession::endOfStream);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(url(scheme, *m_burst, "list"));
    QTRY_COMPARE_WITH_TIMEOUT(ends.count(), 2, 30000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(ends.at(0).at(0).toUInt(), mms::Hresult::EndOfEntry);
    QCOMPARE(ends.at(1).at(0).toUInt(), 0u);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(headers.count(), 2);
    QCOMPARE(headers.at(1).at(1).toByteArray(), audio.file->mmsHeaderBytes());
    const int first = int(m_clip->packetCount());
    QCOMPARE(locations.size(), first + int(audio.file->packetCount()));
    for (int i = 0; i < locations.size(); ++i)
        QCOMPARE(locations.at(i), quint32(i < first ? i : i - first));
    session.abort();
}

void tst_SessionTransports::redirectIsFollowed()
{
    QFETCH(QString, scheme);
    MmsSession session;
    QSignalSpy redirects(&session, &MmsSession::redirected);
    QSignalSpy headers(&session, &MmsSession::headerReceived);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(url(scheme, *m_burst, "moved"));
    QTRY_COMPARE_WITH_TIMEOUT(headers.count(), 1, 30000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(redirects.count(), 1);
    QCOMPARE(redirects.at(0).at(0).toUrl().port(), int(m_realtime->serverPort()));
    QCOMPARE(session.headerBytes(), m_clip->mmsHeaderBytes());
    QCOMPARE(session.transport(), MmsSession::Transport::Tcp); // the redirect named mmst://
    session.abort();
}

void tst_SessionTransports::missingFileIsFileNotFound()
{
    QFETCH(QString, scheme);
    MmsSession session;
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(url(scheme, *m_burst, "missing.wmv"));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 30000);
    QCOMPARE(errors.at(0).at(0).value<MmsSession::Error>(), MmsSession::Error::ServerError);
    QCOMPARE(errors.at(0).at(1).toUInt(), mms::Hresult::FileNotFound);
    QCOMPARE(session.state(), MmsSession::State::Failed);
}

QTEST_GUILESS_MAIN(tst_SessionTransports)
#include "tst_sessiontransports.moc"
