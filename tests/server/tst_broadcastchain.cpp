// SPDX-License-Identifier: GPL-3.0-or-later
// A broadcast chain of processes, as deployed: mms-push -> mms-serve origin (--push) -> edge 1
// (--relay, MMS over TCP) -> edge 2 (--relay, MMS over HTTP) -> our client. The client gets the
// file's packets in order, byte for byte, from a key frame on, to the last one pushed.
#include "core/asf/asffile.h"
#include "core/session/mmssession.h"
#include "server/livesource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <memory>

class tst_BroadcastChain : public QObject {
    Q_OBJECT
private slots:
    void originEdgeEdgeClient();
    void pushFromStandardInput();
    void cleanup();

private:
    // Starts mms-serve with `arguments` on a free port; returns the port, 0 on failure.
    quint16 startServer(const QStringList &arguments);

    QList<QProcess *> m_processes;
};

quint16 tst_BroadcastChain::startServer(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    m_processes.append(process);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(QStringLiteral(MMS_SERVE_PATH),
        QStringList {QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    if (!process->waitForStarted(10000))
        return 0;
    // The one line on stdout: "listening on ADDRESS:PORT".
    QElapsedTimer clock;
    clock.start();
    while (!process->canReadLine() && clock.elapsed() < 20000)
        process->waitForReadyRead(1000);
    const QByteArray line = process->readLine().trimmed();
    return quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
}

void tst_BroadcastChain::cleanup()
{
    for (QProcess *process : std::as_const(m_processes)) {
        process->kill();
        process->waitForFinished(5000);
    }
    qDeleteAll(m_processes);
    m_processes.clear();
}

void tst_BroadcastChain::originEdgeEdgeClient()
{
    const QString clipPath = QStringLiteral(MMS_MEDIA_DIR "/clip.wmv");
    asf::AsfFile::OpenResult opened = asf::AsfFile::open(clipPath);
    QVERIFY(opened.ok());
    const asf::AsfFile &clip = *opened.file;
    QHash<QByteArray, int> clipPackets;
    for (quint64 i = 0; i < clip.packetCount(); ++i)
        clipPackets.insert(clip.packet(i), int(i));
    const int count = int(clip.packetCount());

    const quint16 origin = startServer({QStringLiteral("--push"), QStringLiteral("tv")});
    QVERIFY(origin != 0);
    const quint16 edge1 = startServer(
        {QStringLiteral("--relay"), QStringLiteral("tv=mmst://127.0.0.1:%1/tv").arg(origin)});
    QVERIFY(edge1 != 0);
    const quint16 edge2 = startServer(
        {QStringLiteral("--relay"), QStringLiteral("tv=mmsh://127.0.0.1:%1/tv").arg(edge1)});
    QVERIFY(edge2 != 0);

    QProcess push;
    QElapsedTimer sincePush;
    sincePush.start();
    push.start(QStringLiteral(MMS_PUSH_PATH),
        {QStringLiteral("--loop"), QStringLiteral("4"), clipPath,
            QStringLiteral("http://127.0.0.1:%1/tv").arg(origin)});
    QVERIFY(push.waitForStarted(10000));

    MmsSession client;
    client.setTimeout(30000);
    QList<QByteArray> packets;
    qint64 firstPacketMs = -1;
    const QUrl url(QStringLiteral("mmsh://127.0.0.1:%1/tv").arg(edge2));
    connect(&client, &MmsSession::headerReceived, &client, [&client] { client.startPlaying(); });
    connect(
        &client, &MmsSession::dataPacketReceived, &client, [&](quint32, const QByteArray &packet) {
            if (packets.isEmpty())
                firstPacketMs = sincePush.elapsed();
            packets.append(packet);
        });
    // The edges have nothing to serve until the push has come through them: try again.
    connect(&client, &MmsSession::errorOccurred, &client, [&] {
        if (packets.isEmpty())
            QTimer::singleShot(200, &client, [&] { client.open(url); });
    });
    client.open(url);

    // Waiting with the event loop running: the client lives in this process.
    QTRY_COMPARE_WITH_TIMEOUT(push.state(), QProcess::NotRunning, 60000);
    QCOMPARE(push.exitStatus(), QProcess::NormalExit);
    QCOMPARE(push.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!packets.isEmpty()
            && clipPackets.value(packets.last(), -1) == count - 1 && packets.size() > count / 2,
        30000);
    for (qsizetype i = 0; i < packets.size(); ++i) {
        const int index = clipPackets.value(packets.at(i), -1);
        QVERIFY2(index >= 0, qPrintable(QStringLiteral("packet %1 is none of the file's").arg(i)));
        if (i > 0)
            QCOMPARE(index, (clipPackets.value(packets.at(i - 1)) + 1) % count);
    }
    QVERIFY(LiveSource::startsKeyFrame(
        packets.first(), clip.packetSize(), LiveSource::keyStreamOf(clip.header())));
    qInfo("first packet at the client %lld ms after the push started; %lld packets", firstPacketMs,
        qlonglong(packets.size()));
    client.abort();
}

void tst_BroadcastChain::pushFromStandardInput()
{
    // `... | mms-push - URL`: the header first; the packets only once a client plays, so that
    // it sees every one of them (a pipe fed faster than real time ends before anyone joins).
    const QString clipPath = QStringLiteral(MMS_MEDIA_DIR "/clip.wmv");
    asf::AsfFile::OpenResult opened = asf::AsfFile::open(clipPath);
    QVERIFY(opened.ok());
    const asf::AsfFile &clip = *opened.file;
    QFile file(clipPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const qsizetype headerSize = clip.mmsHeaderBytes().size();

    const quint16 origin = startServer({QStringLiteral("--push"), QStringLiteral("tv")});
    QVERIFY(origin != 0);
    QProcess push;
    push.start(QStringLiteral(MMS_PUSH_PATH),
        {QStringLiteral("-"), QStringLiteral("http://127.0.0.1:%1/tv").arg(origin)});
    QVERIFY(push.waitForStarted(10000));
    push.write(bytes.left(headerSize));

    MmsSession client;
    client.setTimeout(30000);
    QList<QByteArray> packets;
    bool playing = false;
    const QUrl url(QStringLiteral("mmst://127.0.0.1:%1/tv").arg(origin));
    connect(&client, &MmsSession::headerReceived, &client, [&client] { client.startPlaying(); });
    connect(&client, &MmsSession::startedPlaying, &client, [&playing] { playing = true; });
    connect(&client, &MmsSession::dataPacketReceived, &client,
        [&packets](quint32, const QByteArray &packet) { packets.append(packet); });
    connect(&client, &MmsSession::errorOccurred, &client, [&] {
        if (!playing)
            QTimer::singleShot(100, &client, [&] { client.open(url); });
    });
    client.open(url);
    QTRY_VERIFY_WITH_TIMEOUT(playing, 20000);
    // The rest, a few packets at a time as an encoder's pipe brings them: each batch once the
    // client has the previous one. (All at once, the origin would treat the client as a slow
    // reader of a broadcast and drop the oldest packets past its queue, as it should; on a busy
    // machine that happened.) Then trailing bytes shorter than a packet (a cut stream): dropped.
    const qsizetype total = qsizetype(clip.packetCount());
    constexpr qsizetype Batch = 8;
    for (qsizetype first = 0; first < total; first += Batch) {
        const qsizetype n = qMin(Batch, total - first);
        push.write(bytes.mid(headerSize + first * clip.packetSize(), n * clip.packetSize()));
        QTRY_COMPARE_WITH_TIMEOUT(packets.size(), first + n, 20000);
    }
    push.write(QByteArray(200, '\x90'));
    push.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(push.state(), QProcess::NotRunning, 30000);
    QCOMPARE(push.exitCode(), 0);
    QVERIFY(push.readAllStandardError().contains(
        QByteArray::number(clip.packetCount()) + " packets pushed"));
    QTRY_COMPARE_WITH_TIMEOUT(packets.size(), qsizetype(clip.packetCount()), 20000);
    for (qsizetype i = 0; i < packets.size(); ++i)
        QCOMPARE(packets.at(i), clip.packet(quint64(i)));
    client.abort();

    // Input that is not ASF: refused, exit 1.
    QProcess bad;
    bad.start(QStringLiteral(MMS_PUSH_PATH),
        {QStringLiteral("-"), QStringLiteral("http://127.0.0.1:%1/tv").arg(origin)});
    QVERIFY(bad.waitForStarted(10000));
    bad.write(QByteArray(100, 'x'));
    bad.closeWriteChannel();
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 1);
    QVERIFY(bad.readAllStandardError().contains("not ASF"));
}

QTEST_GUILESS_MAIN(tst_BroadcastChain)
#include "tst_broadcastchain.moc"
