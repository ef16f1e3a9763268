// SPDX-License-Identifier: GPL-3.0-or-later
// --live NAME=FILE with a raw MMSH recording (server/mmshrecording.h): the body of a Play
// response captured from mms-serve's own broadcast is served again as a live source, and its
// clients get the recorded header and packets.
#include "core/asf/asffile.h"
#include "core/asf/asfpacket.h"
#include "core/mmsh/mmshsplitter.h"
#include "core/session/mmssession.h"
#include "loopbackserver.h"
#include "server/livesource.h"
#include "server/mmshrecording.h"
#include "server/mmsserver.h"

#include <QBuffer>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class tst_MmshRecording : public QObject {
    Q_OBJECT
private slots:
    void recordingOfABroadcastIsServedLive();
    void brokenRecordingsAreRefused();
};

void tst_MmshRecording::recordingOfABroadcastIsServedLive()
{
    MmsServerConfig config;
    config.live.insert(QStringLiteral("tv"), QStringLiteral(MMS_MEDIA_DIR "/clip.wmv"));
    const std::unique_ptr<MmsServer> origin = startLoopbackServer(config);
    QVERIFY(origin->serverPort() != 0);

    // Capture what a Play of the broadcast sends, as `curl -H 'Pragma: xPlayStrm=1'` would.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, origin->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /tv HTTP/1.0\r\nUser-Agent: NSPlayer/9.0.0.4503\r\n"
                 "Pragma: xPlayStrm=1\r\nPragma: stream-switch-count=0\r\n\r\n");
    QByteArray response;
    const auto dataPackets = [&response] { return response.count("$D"); }; // an estimate
    QTRY_VERIFY_WITH_TIMEOUT((response += socket.readAll(), dataPackets() > 60), 20000);
    socket.abort();
    const qsizetype bodyAt = response.indexOf("\r\n\r\n");
    QVERIFY(bodyAt > 0);
    QVERIFY(response.startsWith("HTTP/1.0 200") || response.startsWith("HTTP/1.1 200"));
    const QByteArray body = response.mid(bodyAt + 4);
    QVERIFY(MmshRecording::looksLikeRecording(body));

    // The packets it holds, padded as a client gets them.
    const std::unique_ptr<asf::AsfFile> clip =
        std::move(asf::AsfFile::open(QStringLiteral(MMS_MEDIA_DIR "/clip.wmv")).file);
    QVERIFY(clip);
    mms::MmshSplitter splitter;
    splitter.append(body);
    QSet<QByteArray> recorded;
    for (mms::MmshSplitter::Item item = splitter.next(); item.ok(); item = splitter.next()) {
        if (item.packet.type == mms::MmshPacketType::Data)
            recorded.insert(asf::padPacket(item.packet.payload, clip->packetSize()).packet);
    }
    QVERIFY(recorded.size() > 50);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tv.mmsh"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(body); // cut mid-packet at the end, as a capture stopped by hand is
    file.close();

    MmsServerConfig edgeConfig;
    edgeConfig.live.insert(QStringLiteral("again"), path);
    const std::unique_ptr<MmsServer> edge = startLoopbackServer(edgeConfig);
    QVERIFY2(edge->serverPort() != 0, qPrintable(edge->errorString()));

    MmsSession client;
    QList<QByteArray> packets;
    int errors = 0;
    quint32 packetSize = 0;
    connect(&client, &MmsSession::headerReceived, &client,
        [&client, &packetSize](const asf::Header &header) {
            packetSize = header.packetSize();
            client.startPlaying();
        });
    connect(&client, &MmsSession::dataPacketReceived, &client,
        [&packets](quint32, const QByteArray &packet) { packets.append(packet); });
    connect(&client, &MmsSession::errorOccurred, &client, [&errors] { ++errors; });
    client.open(QUrl(QStringLiteral("mmst://127.0.0.1:%1/again").arg(edge->serverPort())));
    QTRY_VERIFY_WITH_TIMEOUT(packets.size() >= 10 || errors > 0, 20000);
    QCOMPARE(errors, 0);
    QCOMPARE(packetSize, clip->packetSize());
    QVERIFY(client.fileInfo().broadcast);
    for (const QByteArray &packet : std::as_const(packets).first(10))
        QVERIFY(recorded.contains(packet));
    client.abort();
}

void tst_MmshRecording::brokenRecordingsAreRefused()
{
    QTemporaryDir dir;
    const auto refused = [&dir](const QByteArray &bytes, const char *needle) {
        const QString path = dir.filePath(QStringLiteral("bad.mmsh"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(bytes);
        file.close();
        QBuffer out;
        out.open(QIODevice::ReadWrite);
        const QString error = MmshRecording::convertToAsf(path, out);
        if (!error.contains(QLatin1String(needle)))
            qWarning() << error;
        return error.contains(QLatin1String(needle));
    };
    // $H whose payload is no ASF header.
    QVERIFY(refused(mms::MmshPacket::header(0, 0, QByteArray(100, 'x')).encode(), "no ASF header"));
    // A $D before any $H.
    const QByteArray data = mms::MmshPacket::data(0, 0, 0, QByteArray(100, 'x')).encode();
    QVERIFY(refused(data, "data before the header"));
    // Nothing at all.
    QVERIFY(refused(QByteArray("$H"), "no header"));
    // And LiveSource::open says so, for --live.
    const LiveSource::OpenResult opened =
        LiveSource::open(QStringLiteral("x"), dir.filePath(QStringLiteral("bad.mmsh")));
    QVERIFY(!opened.source);
    QVERIFY(!opened.error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_MmshRecording)
#include "tst_mmshrecording.moc"
