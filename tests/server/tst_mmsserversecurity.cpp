// SPDX-License-Identifier: GPL-3.0-or-later
// mms-serve refuses what it must: paths leaving the root, missing and invalid files, clients over
// the limit, garbage and silence, without harming the other sessions.
#include "server/mmsserver.h"
#include "testmedia.h"
#include "testmmsclient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mms;

class tst_MmsServerSecurity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refusedPaths_data();
    void refusedPaths();
    void maxClients();
    void garbageIsDisconnectedOthersContinue();
    void idleClientIsDisconnected();
    void oversizedCommandIsDisconnected();

private:
    std::unique_ptr<MmsServer> startServer(int maxClients = 200, int idleMs = 60000);
    QTemporaryDir m_dir;
    QString m_root;
};

void tst_MmsServerSecurity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestMedia::makeRoot(m_dir.path()));
    m_root = m_dir.path() + QStringLiteral("/root");
}

std::unique_ptr<MmsServer> tst_MmsServerSecurity::startServer(int maxClients, int idleMs)
{
    MmsServerConfig config;
    config.rootDir = m_root;
    config.port = 0;
    config.pace = MmsServerConfig::Pace::Burst;
    config.maxClients = maxClients;
    config.idleTimeoutMs = idleMs;
    auto server = std::make_unique<MmsServer>(config);
    if (!server->listen())
        return nullptr;
    return server;
}

void tst_MmsServerSecurity::refusedPaths_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<quint32>("hr");
    const quint32 denied = Hresult::AccessDenied;
    QTest::newRow("dotdot") << QStringLiteral("../outside/secret.wmv") << denied;
    QTest::newRow("dotdot-x") << QStringLiteral("../x.wmv") << denied;
    QTest::newRow("dotdot-inner") << QStringLiteral("sub/../../outside/secret.wmv") << denied;
    QTest::newRow("etc-passwd") << QStringLiteral("/etc/passwd") << denied;
    QTest::newRow("absolute") << QStringLiteral("//etc/passwd") << denied;
    QTest::newRow("absolute-wmv") << QStringLiteral("/") + m_dir.path() + QStringLiteral("/outside/secret.wmv") << denied;
    QTest::newRow("percent-dots") << QStringLiteral("%2e%2e/outside/secret.wmv") << denied;
    QTest::newRow("percent-dots-upper") << QStringLiteral("%2E%2E%2Foutside%2Fsecret.wmv") << denied;
    QTest::newRow("backslash") << QStringLiteral("..\\outside\\secret.wmv") << denied;
    QTest::newRow("backslash-encoded") << QStringLiteral("sub%5c..%5c..%5coutside%5csecret.wmv") << denied;
    QTest::newRow("symlink-file") << QStringLiteral("escape.wmv") << denied;
    QTest::newRow("symlink-dir") << QStringLiteral("outlink/secret.wmv") << denied;
    QTest::newRow("not-asf-extension") << QStringLiteral("notes.txt") << denied;
    QTest::newRow("missing") << QStringLiteral("nothere.wmv") << Hresult::FileNotFound;
    QTest::newRow("missing-dir") << QStringLiteral("sub/nothere/clip.wmv") << Hresult::FileNotFound;
    QTest::newRow("not-asf") << QStringLiteral("bad.wmv") << Hresult::InvalidData;
}

void tst_MmsServerSecurity::refusedPaths()
{
    QFETCH(QString, name);
    QFETCH(quint32, hr);
    auto server = startServer();
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.openFile(name));
    const auto reply = client.command<ReportOpenFile>();
    QCOMPARE(reply.hr, hr);
    QCOMPARE(reply.openFileId, 0u); // MS-MMSP notes §9.10
    QCOMPARE(reply.playIncarnation, 1u);
    // Then the server closes, having sent nothing else.
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(client.commandIds().last(), MessageId::ReportOpenFile);
    QTRY_COMPARE_WITH_TIMEOUT(server->sessionCount(), 0, 30000);
}

void tst_MmsServerSecurity::maxClients()
{
    auto server = startServer(2);
    QVERIFY(server);
    TestMmsClient first, second, third;
    QVERIFY(first.connectTo(server->serverPort()));
    QVERIFY(first.openFile(QStringLiteral("clip.wmv")));
    QVERIFY(second.connectTo(server->serverPort()));
    QVERIFY(second.openFile(QStringLiteral("audio.wma")));
    QCOMPARE(server->sessionCount(), 2);

    QVERIFY(third.connectTo(server->serverPort()));
    third.send(Connect {});
    QVERIFY(third.waitForCommand(MessageId::ReportConnectedEX));
    QCOMPARE(third.command<ReportConnectedEX>().hr, Hresult::TooManySessions);
    QVERIFY(third.waitForDisconnected());
    QCOMPARE(third.commandIds().size(), 1);
    QCOMPARE(server->sessionCount(), 2);

    // The first two still work; once one leaves there is room again.
    QCOMPARE(first.readHeader().isEmpty(), false);
    second.send(CloseFile { 1, 1 });
    QVERIFY(second.waitForDisconnected());
    QTRY_COMPARE_WITH_TIMEOUT(server->sessionCount(), 1, 30000);
    TestMmsClient fourth;
    QVERIFY(fourth.connectTo(server->serverPort()));
    QVERIFY(fourth.openFile(QStringLiteral("clip.wmv")));
    QCOMPARE(fourth.command<ReportConnectedEX>().hr, Hresult::Ok);
    QCOMPARE(fourth.command<ReportOpenFile>().hr, Hresult::Ok);
}

void tst_MmsServerSecurity::garbageIsDisconnectedOthersContinue()
{
    auto server = startServer();
    QVERIFY(server);
    TestMmsClient good;
    QVERIFY(good.connectTo(server->serverPort()));
    QVERIFY(good.openFile(QStringLiteral("clip.wmv")));

    TestMmsClient bad;
    QVERIFY(bad.connectTo(server->serverPort()));
    bad.sendRaw(QByteArray("GET /clip.wmv HTTP/1.0\r\nHost: x\r\n\r\n"));
    QVERIFY(bad.waitForDisconnected());
    QVERIFY(bad.commandIds().isEmpty());

    TestMmsClient badSeal;
    QVERIFY(badSeal.connectTo(server->serverPort()));
    QByteArray packet = encodePacket(Connect {}, 0);
    packet[12] = 'X'; // MS-MMSP 2.2.3: seal must be "MMS "
    badSeal.sendRaw(packet);
    QVERIFY(badSeal.waitForDisconnected());

    QVERIFY(!good.readHeader().isEmpty());
    StartPlaying play;
    play.playIncarnation = 4;
    good.send(play);
    QVERIFY(good.waitForCommand(MessageId::ReportEndOfStream));
    QVERIFY(good.dataPackets(4).size() > 50);
}

void tst_MmsServerSecurity::idleClientIsDisconnected()
{
    auto server = startServer(200, 300);
    QVERIFY(server);
    QSignalSpy finished(server.get(), &MmsServer::sessionFinished);
    TestMmsClient silent;
    QVERIFY(silent.connectTo(server->serverPort()));
    QVERIFY(silent.waitForDisconnected(30000));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(server->sessionCount(), 0);
}

void tst_MmsServerSecurity::oversizedCommandIsDisconnected()
{
    auto server = startServer();
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    // A TcpMessageHeader announcing a 256 MiB message: refused from its header alone.
    QByteArray header = TcpMessageHeader::forMessage(256 * 1024 * 1024, 0).encode();
    client.sendRaw(header);
    QVERIFY(client.waitForDisconnected());
}

QTEST_GUILESS_MAIN(tst_MmsServerSecurity)
#include "tst_mmsserversecurity.moc"
