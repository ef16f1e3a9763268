// SPDX-License-Identifier: GPL-3.0-or-later
// mms-serve playlists and redirects over loopback: the exact message order at a playlist entry
// change (MS-MMSP 3.2.4.1, 3.2.4.2; notes §9.5, §9.6) and ReportRedirect (3.2.5.6; notes §7.7).
#include "core/asf/asffile.h"
#include "server/mmsserver.h"
#include "testmedia.h"
#include "testmmsclient.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

using namespace mms;

class tst_MmsServerPlaylist : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void asxEntryChanges();
    void clientSendsNoStartPlaying();
    void openFileAttributes();
    void openFileNamesAnEntry_data();
    void openFileNamesAnEntry();
    void redirect();
    void redirectNameIsNormalised();

private:
    std::unique_ptr<MmsServer> startServer(const MmsServerConfig &base);
    std::unique_ptr<asf::AsfFile> openAsf(const QString &name);
    // From events()[from]: the next entry of a playlist being played. Checks EndOfStream(hr 1,
    // `incarnation`), ReportStreamChange describing `next`, then its header as Data packets with
    // incarnation 0xFF, and returns the index of the event after the header (or -1 on failure).
    int checkEntryChange(const TestMmsClient &client, int from, quint32 incarnation, const asf::AsfFile &next);
    // Checks that events()[from...] are all of `file`'s data packets with `incarnation`, in order
    // and byte for byte; returns the index after them.
    int checkEntryData(const TestMmsClient &client, int from, quint8 incarnation, const asf::AsfFile &file);
    void playEntry(TestMmsClient &client, const asf::AsfFile &file, quint32 incarnation);

    QTemporaryDir m_dir;
    QString m_root;
};

void tst_MmsServerPlaylist::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestMedia::makeRoot(m_dir.path()));
    m_root = m_dir.path() + QStringLiteral("/root");
    // Entries relative to the playlist's folder (sub/), with a mix of cases, an alternative REF
    // for a missing file, and refs that must never be served (outside the root, absolute, URLs).
    QFile asx(m_root + QStringLiteral("/sub/list.asx"));
    QVERIFY(asx.open(QIODevice::WriteOnly));
    asx.write("<ASX version=\"3.0\">\n"
              "  <Title>three entries</Title>\n"
              "  <ENTRY><REF HREF=\"dir/missing.wma\"/><REF HREF=\"../audio.wma\"/><Ref href=\"dir/audio.wma\"/></ENTRY>\n"
              "  <entry><ref href=\"/etc/passwd.wmv\"/></entry>\n"
              "  <Entry><Ref Href=\"dir/small.wmv\"/></Entry>\n"
              "  <ENTRY><REF HREF=\"mms://example.com/x.wmv\"/></ENTRY>\n"
              "  <ENTRY><REF HREF=\"dir/clip.wmv\"/></ENTRY>\n"
              "</ASX>\n");
    asx.close();
    QVERIFY(QFile::copy(m_root + QStringLiteral("/audio.wma"), m_root + QStringLiteral("/sub/dir/audio.wma")));
    QVERIFY(QFile::copy(m_root + QStringLiteral("/small.wmv"), m_root + QStringLiteral("/sub/dir/small.wmv")));
}

std::unique_ptr<MmsServer> tst_MmsServerPlaylist::startServer(const MmsServerConfig &base)
{
    MmsServerConfig config = base;
    config.rootDir = m_root;
    config.port = 0;
    auto server = std::make_unique<MmsServer>(config);
    if (!server->listen())
        return nullptr;
    return server;
}

std::unique_ptr<asf::AsfFile> tst_MmsServerPlaylist::openAsf(const QString &name)
{
    asf::AsfFile::OpenResult opened = asf::AsfFile::open(m_root + QLatin1Char('/') + name);
    return std::move(opened.file);
}

int tst_MmsServerPlaylist::checkEntryChange(const TestMmsClient &client, int from, quint32 incarnation,
                                            const asf::AsfFile &next)
{
    const QList<TestMmsClient::Event> &events = client.events();
    auto fail = [](const char *what) {
        qWarning("entry change: %s", what);
        return -1;
    };
    if (from + 2 >= events.size() || events.at(from).isData || events.at(from).id != MessageId::ReportEndOfStream)
        return fail("no ReportEndOfStream");
    const auto end = decodeMessage<ReportEndOfStream>(events.at(from).message);
    if (!end.ok() || end.value.hr != Hresult::EndOfEntry || end.value.playIncarnation != incarnation)
        return fail("ReportEndOfStream is not hr 1 with the StartPlaying's incarnation");
    if (events.at(from + 1).isData || events.at(from + 1).id != MessageId::ReportStreamChange)
        return fail("no ReportStreamChange after ReportEndOfStream");
    const auto change = decodeMessage<ReportStreamChange>(events.at(from + 1).message);
    ReportStreamChange expected;
    expected.hr = 0;
    expected.tcpHdrIncarnation = 0xFF;
    expected.packetSize = next.packetSize();
    expected.headerSize = quint32(next.mmsHeaderBytes().size());
    expected.bitRate = next.header().totalBitrate();
    expected.streamId = 0;
    if (!change.ok() || !(change.value == expected))
        return fail("ReportStreamChange fields");
    // MS-MMSP 3.2.4.2: the header follows at once: incarnation 0xFF, LocationId 0.., 0x04...0x0C.
    QByteArray header;
    int at = from + 2;
    for (quint32 location = 0;; ++location, ++at) {
        if (at >= events.size() || !events.at(at).isData)
            return fail("header Data packets missing");
        const DataPacket &packet = events.at(at).data;
        if (packet.playIncarnation != 0xFF || packet.locationId != location)
            return fail("header packet incarnation or LocationId");
        if (packet.payload.size() > qsizetype(next.packetSize()))
            return fail("header fragment larger than a packet");
        header += packet.payload;
        if (packet.afFlags == HeaderFragmentLast)
            break;
        if (packet.afFlags != HeaderFragmentMore)
            return fail("header fragment AFFlags");
    }
    if (header != next.mmsHeaderBytes())
        return fail("header bytes differ from the file's");
    return at + 1;
}

int tst_MmsServerPlaylist::checkEntryData(const TestMmsClient &client, int from, quint8 incarnation,
                                          const asf::AsfFile &file)
{
    const QList<TestMmsClient::Event> &events = client.events();
    for (quint64 i = 0; i < file.packetCount(); ++i, ++from) {
        if (from >= events.size() || !events.at(from).isData) {
            qWarning("entry data: packet %llu missing", i);
            return -1;
        }
        const DataPacket &packet = events.at(from).data;
        if (packet.playIncarnation != incarnation || packet.locationId != i || packet.payload != file.packet(i)) {
            qWarning("entry data: packet %llu differs", i);
            return -1;
        }
    }
    return from;
}

void tst_MmsServerPlaylist::playEntry(TestMmsClient &client, const asf::AsfFile &file, quint32 incarnation)
{
    // What libmms does after a StreamChange (notes §9.6) and the spec client too (3.1.5.19).
    StreamSwitch streams;
    for (const asf::Stream &stream : file.header().streams)
        streams.entries.append({ NoStream, quint16(stream.number), 0 });
    client.send(streams);
    StartPlaying play;
    play.playIncarnation = incarnation;
    client.send(play);
}

void tst_MmsServerPlaylist::asxEntryChanges()
{
    MmsServerConfig config;
    config.pace = MmsServerConfig::Pace::Burst;
    auto server = startServer(config);
    QVERIFY(server);
    auto audio = openAsf(QStringLiteral("audio.wma"));
    auto small = openAsf(QStringLiteral("small.wmv"));
    auto clip = openAsf(QStringLiteral("clip.wmv"));
    QVERIFY(audio && small && clip);
    QVERIFY(small->mmsHeaderBytes().size() > 2 * qsizetype(small->packetSize())); // several fragments

    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.openFile(QStringLiteral("sub/list.asx")));
    const auto opened = client.command<ReportOpenFile>();
    QCOMPARE(opened.hr, Hresult::Ok);
    QCOMPARE(opened.openFileId, 1u);
    QCOMPARE(opened.filePacketCount, audio->packetCount());
    QCOMPARE(client.readHeader(), audio->mmsHeaderBytes());

    // Header transfers with incarnation 0xFF that have completed.
    const auto pushedHeaders = [&client] {
        int count = 0;
        for (const DataPacket &packet : client.dataPackets(0xFF))
            count += packet.afFlags == HeaderFragmentLast ? 1 : 0;
        return count;
    };

    // Entry 1 (audio.wma) to its end, then the change to entry 2 (small.wmv), and nothing else:
    // the server waits for StartPlaying (streamChangeWaitMs is 5 s).
    playEntry(client, *audio, 4);
    QVERIFY(QTest::qWaitFor([&] { return pushedHeaders() == 1; }, 30000));
    const int started1 = client.indexOfCommand(MessageId::ReportStartedPlaying, 0);
    QVERIFY(started1 > 0);
    int at = checkEntryData(client, started1 + 1, 4, *audio);
    QVERIFY(at > 0);
    at = checkEntryChange(client, at, 4, *small);
    QVERIFY(at > 0);
    QCOMPARE(int(client.events().size()), at);

    // Entry 2 after StreamSwitch + StartPlaying, with the new incarnation; the entries refused in
    // the playlist (outside the root, absolute, a URL) are not played: entry 3 is clip.wmv.
    playEntry(client, *small, 5);
    QVERIFY(QTest::qWaitFor([&] { return pushedHeaders() == 2; }, 30000));
    QCOMPARE(client.events().at(at).id, MessageId::ReportStreamSwitch);
    QCOMPARE(client.events().at(at + 1).id, MessageId::ReportStartedPlaying);
    QCOMPARE(client.command<ReportStartedPlaying>(1).playIncarnation, 5u);
    at = checkEntryData(client, at + 2, 5, *small);
    QVERIFY(at > 0);
    at = checkEntryChange(client, at, 5, *clip);
    QVERIFY(at > 0);
    QCOMPARE(int(client.events().size()), at);

    // The last entry ends with hr 0 and the session goes on (CloseFile ends it).
    playEntry(client, *clip, 6);
    QVERIFY(client.waitForCommand(MessageId::ReportEndOfStream, 3));
    QCOMPARE(client.events().at(at).id, MessageId::ReportStreamSwitch);
    QCOMPARE(client.events().at(at + 1).id, MessageId::ReportStartedPlaying);
    at = checkEntryData(client, at + 2, 6, *clip);
    QVERIFY(at > 0);
    QCOMPARE(at, int(client.events().size()) - 1);
    const auto last = client.command<ReportEndOfStream>(2);
    QCOMPARE(last.hr, Hresult::Ok);
    QCOMPARE(last.playIncarnation, 6u);
    QCOMPARE(client.commandCount(MessageId::ReportStreamChange), 2);
    QVERIFY(client.isConnected());
    QCOMPARE(client.splitterError(), QString());
}

void tst_MmsServerPlaylist::clientSendsNoStartPlaying()
{
    // A --playlist with a broken entry in the middle, and a client that sends nothing after the
    // change: after streamChangeWaitMs the server streams the entry with incarnation 0xFF
    // (3.2.4.2), from its first packet.
    MmsServerConfig config;
    config.pace = MmsServerConfig::Pace::Burst;
    config.streamChangeWaitMs = 300;
    config.playlists.insert(QStringLiteral("both"), { m_root + QStringLiteral("/audio.wma"),
                                                      m_root + QStringLiteral("/bad.wmv"),
                                                      m_root + QStringLiteral("/clip.wmv") });
    auto server = startServer(config);
    QVERIFY(server);
    auto audio = openAsf(QStringLiteral("audio.wma"));
    auto clip = openAsf(QStringLiteral("clip.wmv"));
    QVERIFY(audio && clip);

    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.openFile(QStringLiteral("both")));
    QCOMPARE(client.readHeader(), audio->mmsHeaderBytes());
    playEntry(client, *audio, 4);
    QVERIFY(client.waitForCommand(MessageId::ReportEndOfStream, 2, 15000));
    const int started = client.indexOfCommand(MessageId::ReportStartedPlaying, 0);
    int at = checkEntryData(client, started + 1, 4, *audio);
    QVERIFY(at > 0);
    at = checkEntryChange(client, at, 4, *clip);
    QVERIFY(at > 0);
    at = checkEntryData(client, at, 0xFF, *clip);
    QVERIFY(at > 0);
    QCOMPARE(at, int(client.events().size()) - 1);
    const auto last = client.command<ReportEndOfStream>(1);
    QCOMPARE(last.hr, Hresult::Ok);
    QCOMPARE(last.playIncarnation, 0xFFu);
    QCOMPARE(client.commandCount(MessageId::ReportStartedPlaying), 1);
}

void tst_MmsServerPlaylist::openFileAttributes()
{
    // MS-MMSP 2.2.4.7: PLAYLIST set for a playlist, not for a plain file; the other fields are
    // the first entry's.
    MmsServerConfig config;
    config.playlists.insert(QStringLiteral("one"), { m_root + QStringLiteral("/clip.wmv") });
    auto server = startServer(config);
    QVERIFY(server);
    auto clip = openAsf(QStringLiteral("clip.wmv"));
    QVERIFY(clip);
    TestMmsClient listClient;
    QVERIFY(listClient.connectTo(server->serverPort()));
    QVERIFY(listClient.openFile(QStringLiteral("one")));
    TestMmsClient fileClient;
    QVERIFY(fileClient.connectTo(server->serverPort()));
    QVERIFY(fileClient.openFile(QStringLiteral("clip.wmv")));
    const auto list = listClient.command<ReportOpenFile>();
    const auto file = fileClient.command<ReportOpenFile>();
    QCOMPARE(list.fileAttributes, 0x41800000u);
    QCOMPARE(file.fileAttributes, 0x01800000u);
    ReportOpenFile withoutAttributes = list;
    withoutAttributes.fileAttributes = file.fileAttributes;
    QCOMPARE(withoutAttributes, file);
}

void tst_MmsServerPlaylist::openFileNamesAnEntry_data()
{
    // sub/list.asx serves dir/audio.wma, dir/small.wmv, dir/clip.wmv (the other ENTRYs are not
    // servable and do not count, as they do not for ReportStreamChange).
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("entryFile"); // empty: refused
    QTest::addColumn<quint32>("hr");
    QTest::newRow("no entry named") << "sub/list.asx" << "sub/dir/audio.wma" << 0u;
    QTest::newRow("entry 0") << "sub/list.asx?mmsplayer-entry=0" << "sub/dir/audio.wma" << 0u;
    QTest::newRow("entry 1") << "sub/list.asx?mmsplayer-entry=1" << "sub/dir/small.wmv" << 0u;
    QTest::newRow("entry 2, after another parameter") << "sub/list.asx?a=b&mmsplayer-entry=2"
                                                      << "sub/dir/clip.wmv" << 0u;
    QTest::newRow("past the last entry") << "sub/list.asx?mmsplayer-entry=3" << "" << Hresult::FileNotFound;
    QTest::newRow("not a number") << "sub/list.asx?mmsplayer-entry=1x" << "" << Hresult::InvalidArg;
    QTest::newRow("negative") << "sub/list.asx?mmsplayer-entry=-1" << "" << Hresult::InvalidArg;
    QTest::newRow("too large") << "sub/list.asx?mmsplayer-entry=4294967297" << "" << Hresult::InvalidArg;
    // A plain file has no entries: the parameter means nothing there.
    QTest::newRow("file") << "clip.wmv?mmsplayer-entry=1" << "clip.wmv" << 0u;
}

void tst_MmsServerPlaylist::openFileNamesAnEntry()
{
    // Our OpenFile extension (mms::PlaylistEntryQuery): a client reconnecting in a playlist names
    // the entry; ReportOpenFile and the header are that entry's.
    QFETCH(QString, request);
    QFETCH(QString, entryFile);
    QFETCH(quint32, hr);
    auto server = startServer(MmsServerConfig());
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.openFile(request));
    const auto reply = client.command<ReportOpenFile>();
    QCOMPARE(reply.hr, hr);
    if (entryFile.isEmpty()) {
        QCOMPARE(reply.openFileId, 0u);
        QVERIFY(client.waitForDisconnected());
        return;
    }
    TestMmsClient fileClient;
    QVERIFY(fileClient.connectTo(server->serverPort()));
    QVERIFY(fileClient.openFile(entryFile));
    ReportOpenFile withoutPlaylist = reply;
    withoutPlaylist.fileAttributes &= ~FileAttribute::Playlist;
    QCOMPARE(withoutPlaylist, fileClient.command<ReportOpenFile>());
    const QByteArray header = client.readHeader();
    QVERIFY(!header.isEmpty());
    QCOMPARE(header, fileClient.readHeader());
}

void tst_MmsServerPlaylist::redirect()
{
    MmsServerConfig config;
    const QString url = QStringLiteral("mmst://127.0.0.1:1755/new/clip.wmv");
    config.redirects.insert(QStringLiteral("old.wmv"), url);
    auto server = startServer(config);
    QVERIFY(server);
    QSignalSpy finished(server.get(), &MmsServer::sessionFinished);

    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.handshake());
    OpenFile open;
    open.playIncarnation = 9;
    open.fileName = QStringLiteral("old.wmv");
    client.send(open);
    QVERIFY(client.waitForCommand(MessageId::ReportRedirect));
    QVERIFY(client.waitForDisconnected());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(client.commandIds(), (QList<MessageId> { MessageId::ReportConnectedEX, MessageId::ReportFunnelInfo,
                                                      MessageId::ReportConnectedFunnel, MessageId::ReportRedirect }));

    // MS-MMSP 2.2.4.9 byte by byte (notes §7.7): chunkLen, MID, hr, RedirectType 1, cbLocation
    // (bytes with the NUL), the UTF-16LE URL and its NUL, zeros up to a multiple of 8.
    QByteArray expected(16, '\0');
    const qsizetype stringBytes = (url.size() + 1) * 2;
    const qsizetype total = (16 + stringBytes + 7) / 8 * 8;
    qToLittleEndian<quint32>(quint32(total / 8), expected.data());
    qToLittleEndian<quint32>(0x00040022, expected.data() + 4);
    qToLittleEndian<quint32>(0, expected.data() + 8);
    qToLittleEndian<quint16>(1, expected.data() + 12);
    qToLittleEndian<quint16>(quint16(stringBytes), expected.data() + 14);
    for (const QChar c : url) {
        expected.append(char(c.unicode() & 0xFF));
        expected.append(char(c.unicode() >> 8));
    }
    expected.append(QByteArray(total - expected.size(), '\0'));
    QCOMPARE(client.events().last().message, expected);
}

void tst_MmsServerPlaylist::redirectNameIsNormalised()
{
    // Leading '/', percent-encoding and ?query are removed from the request as for files.
    MmsServerConfig config;
    config.redirects.insert(QStringLiteral("a b.wmv"), QStringLiteral("mms://example.com/x"));
    auto server = startServer(config);
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.handshake());
    OpenFile open;
    open.playIncarnation = 1;
    open.fileName = QStringLiteral("/a%20b.wmv?x=1");
    client.send(open);
    QVERIFY(client.waitForCommand(MessageId::ReportRedirect));
    QCOMPARE(client.command<ReportRedirect>().location, QStringLiteral("mms://example.com/x"));
    QCOMPARE(client.command<ReportRedirect>().redirectType, quint16(1));
    QVERIFY(client.waitForDisconnected());
}

QTEST_GUILESS_MAIN(tst_MmsServerPlaylist)
#include "tst_mmsserverplaylist.moc"
