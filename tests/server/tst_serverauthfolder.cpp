// SPDX-License-Identifier: GPL-3.0-or-later
// mms-serve --auth basic --auth-folder DIR: only what lies in DIR asks for a login, on both
// wires (OpenFile -> SecurityChallenge over TCP, GET -> 401 over HTTP); traversal, encodings,
// symlinks and playlists that lead into DIR still ask; a login holds for its connection; a
// folder that is not under the root stops the server at start.
#include "core/auth/basicauth.h"
#include "core/auth/mmsauthtoken.h"
#include "core/mmsh/httpheadreader.h"
#include "core/mmsh/mmshrequests.h"
#include "mmshclientfor.h"
#include "rawhttpconnection.h"
#include "server/authscope.h"
#include "server/medialibrary.h"
#include "server/mmsserver.h"
#include "testmedia.h"
#include "testmmsclient.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace mms;

namespace {

// One kept-alive HTTP connection asking for Describes.
class HttpConnection : public RawHttpConnection {
public:
    // Describe of `path` (as sent on the wire); the status code of the answer, 0 on a timeout.
    int describe(const QByteArray &path, const QByteArray &authorization = {})
    {
        QByteArray request = MmshRequests::describe(mmshClientFor(path));
        request.replace("HTTP/1.0", "HTTP/1.1")
            .replace("Connection: Close\r\n", "Connection: Keep-Alive\r\n");
        if (!authorization.isEmpty())
            request.replace("\r\n\r\n", "\r\nAuthorization: " + authorization + "\r\n\r\n");
        send(request);
        HttpHead head;
        QByteArray body;
        return next(head, body) ? head.statusCode : 0;
    }
};

} // namespace

class tst_ServerAuthFolder : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void scope_data();
    void scope();
    void mmsPublicPlaysWithoutLogin();
    void mmsProtectedAsks_data();
    void mmsProtectedAsks();
    void mmsLoginHoldsForConnection();
    void httpPublicAndProtected_data();
    void httpPublicAndProtected();
    void httpLoginHoldsForConnection();
    void withoutFoldersEverythingAsks();
    void badFolderRefusedAtStart_data();
    void badFolderRefusedAtStart();
    void commandLine();

private:
    std::unique_ptr<MmsServer> startServer(const QStringList &folders);
    QTemporaryDir m_dir;
    QString m_root;
    QString m_users;
};

void tst_ServerAuthFolder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestMedia::makeRoot(m_dir.path()));
    m_root = m_dir.path() + QStringLiteral("/root");
    QDir root(m_root);
    // root/private/clip.wmv (protected), root/pub/ (public), root/alias.wmv -> private/clip.wmv,
    // root/list.asx naming the protected file.
    QVERIFY(root.mkpath(QStringLiteral("private")) && root.mkpath(QStringLiteral("pub")));
    QVERIFY(QFile::copy(TestMedia::mediaFile(QStringLiteral("clip.wmv")),
        m_root + QStringLiteral("/private/clip.wmv")));
    QVERIFY(QFile::copy(TestMedia::mediaFile(QStringLiteral("clip.wmv")),
        m_root + QStringLiteral("/private/other.wmv")));
    QVERIFY(QFile::link(
        m_root + QStringLiteral("/private/clip.wmv"), m_root + QStringLiteral("/alias.wmv")));
    QFile asx(m_root + QStringLiteral("/list.asx"));
    QVERIFY(asx.open(QIODevice::WriteOnly));
    asx.write("<ASX version=\"3.0\"><ENTRY><REF HREF=\"private/clip.wmv\"/></ENTRY></ASX>");
    asx.close();
    m_users = m_dir.filePath(QStringLiteral("users"));
    QString error;
    QVERIFY(UserDatabase::writeUser(m_users, QStringLiteral("alice"),
        UserDatabase::makeLine(QStringLiteral("alice"), QStringLiteral("wonder:land"),
            UserDatabase::Kind::Pbkdf2Sha256, UserDatabase::MinIterations),
        &error));
}

std::unique_ptr<MmsServer> tst_ServerAuthFolder::startServer(const QStringList &folders)
{
    MmsServerConfig config;
    config.rootDir = m_root;
    config.port = 0;
    config.pace = MmsServerConfig::Pace::Burst;
    config.auth = AuthScheme::Basic;
    config.usersFile = m_users;
    config.authFolders = folders;
    config.throttle.baseDelayMs = 20;
    config.live.insert(QStringLiteral("cam"), m_root + QStringLiteral("/clip.wmv"));
    config.live.insert(QStringLiteral("private/cam"), m_root + QStringLiteral("/clip.wmv"));
    config.live.insert(QStringLiteral("members"), m_root + QStringLiteral("/private/clip.wmv"));
    auto server = std::make_unique<MmsServer>(config);
    if (!server->listen()) {
        qWarning() << server->errorString();
        return nullptr;
    }
    return server;
}

void tst_ServerAuthFolder::scope_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<bool>("asks");
    QTest::newRow("public file") << "clip.wmv" << false;
    QTest::newRow("public, leading slash") << "/clip.wmv" << false;
    QTest::newRow("public subfolder") << "sub/dir/clip.wmv" << false;
    QTest::newRow("public missing") << "pub/none.wmv" << false;
    QTest::newRow("public live") << "cam" << false;
    QTest::newRow("name like the folder") << "privateer.wmv" << false;
    QTest::newRow("protected") << "private/clip.wmv" << true;
    QTest::newRow("protected, slash") << "/private/clip.wmv" << true;
    QTest::newRow("protected, query") << "private/clip.wmv?x=1" << true;
    QTest::newRow("protected missing") << "private/none.wmv" << true;
    QTest::newRow("traversal") << "/pub/../private/clip.wmv" << true;
    QTest::newRow("deep traversal") << "pub/x/../../private/clip.wmv" << true;
    QTest::newRow("dot") << "./private/clip.wmv" << true;
    QTest::newRow("double slash") << "private//clip.wmv" << true;
    QTest::newRow("two leading slashes") << "//private/clip.wmv" << true;
    QTest::newRow("percent-encoded letter") << "%70rivate/clip.wmv" << true;
    QTest::newRow("percent-encoded slash") << "private%2Fclip.wmv" << true;
    QTest::newRow("percent-encoded dots") << "pub/%2E%2E/private/clip.wmv" << true;
    QTest::newRow("backslash") << "private\\clip.wmv" << true;
    QTest::newRow("symlink into it") << "alias.wmv" << true;
    QTest::newRow("playlist naming it") << "list.asx" << true;
    QTest::newRow("live under it") << "private/cam" << true;
    QTest::newRow("live of a file in it") << "members" << true;
    QTest::newRow("the folder itself") << "private" << true;
}

void tst_ServerAuthFolder::scope()
{
    QFETCH(QString, request);
    QFETCH(bool, asks);
    MediaLibrary library(
        m_root, {QStringLiteral("cam"), QStringLiteral("private/cam"), QStringLiteral("members")});
    AuthScope scope;
    scope.setLiveFiles({{QStringLiteral("cam"), m_root + QStringLiteral("/clip.wmv")},
        {QStringLiteral("private/cam"), m_root + QStringLiteral("/clip.wmv")},
        {QStringLiteral("members"), m_root + QStringLiteral("/private/clip.wmv")}});
    QString error;
    QVERIFY2(scope.setFolders(&library, {QStringLiteral("private")}, &error), qPrintable(error));
    QVERIFY(!scope.isGlobal());
    QCOMPARE(scope.needsLogin(request), asks);
    // Without folders everything asks.
    AuthScope global;
    QVERIFY(global.setFolders(&library, {}, &error));
    QVERIFY(global.needsLogin(request));
}

void tst_ServerAuthFolder::mmsPublicPlaysWithoutLogin()
{
    auto server = startServer({QStringLiteral("private")});
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.openFile(QStringLiteral("/clip.wmv")));
    QCOMPARE(client.command<ReportConnectedEX>().authenPackage, QStringLiteral("BASIC"));
    QCOMPARE(client.command<ReportOpenFile>().hr, Hresult::Ok);
    QCOMPARE(client.commandCount(MessageId::SecurityChallenge), 0);
    QVERIFY(!client.readHeader().isEmpty());
}

void tst_ServerAuthFolder::mmsProtectedAsks_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << "private/clip.wmv";
    QTest::newRow("traversal") << "/pub/../private/clip.wmv";
    QTest::newRow("percent-encoded") << "%70rivate%2Fclip.wmv";
    QTest::newRow("double slash") << "private//clip.wmv";
    QTest::newRow("symlink") << "alias.wmv";
    QTest::newRow("playlist") << "list.asx";
    QTest::newRow("live") << "private/cam";
    QTest::newRow("live of a file in it") << "members";
}

void tst_ServerAuthFolder::mmsProtectedAsks()
{
    QFETCH(QString, name);
    auto server = startServer({QStringLiteral("private")});
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.handshake());
    OpenFile open;
    open.playIncarnation = 1;
    open.fileName = name;
    client.send(open);
    QVERIFY(client.waitForCommand(MessageId::SecurityChallenge));
    QCOMPARE(client.commandCount(MessageId::ReportOpenFile), 0);
}

void tst_ServerAuthFolder::mmsLoginHoldsForConnection()
{
    auto server = startServer({QStringLiteral("private")});
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    // A public file first: no login, and none held afterwards.
    QVERIFY(client.openFile(QStringLiteral("clip.wmv")));
    QCOMPARE(client.command<ReportOpenFile>(0).hr, Hresult::Ok);
    OpenFile open;
    open.playIncarnation = 2;
    open.fileName = QStringLiteral("private/clip.wmv");
    client.send(open);
    QVERIFY(client.waitForCommand(MessageId::SecurityChallenge));
    client.send(SecurityResponse {3, client.command<SecurityChallenge>().cookie,
        mmsauth::basicResponseToken(QStringLiteral("alice"), QStringLiteral("wonder:land"))});
    QVERIFY(client.waitForCommand(MessageId::ReportOpenFile, 2));
    QCOMPARE(client.command<ReportOpenFile>(1).hr, Hresult::Ok);
    QCOMPARE(client.command<ReportOpenFile>(1).playIncarnation, 3u);
    // Another protected file on the same connection: the login holds.
    open.playIncarnation = 4;
    open.fileName = QStringLiteral("private/other.wmv");
    client.send(open);
    QVERIFY(client.waitForCommand(MessageId::ReportOpenFile, 3));
    QCOMPARE(client.command<ReportOpenFile>(2).hr, Hresult::Ok);
    QCOMPARE(client.commandCount(MessageId::SecurityChallenge), 1);

    // A new connection asks again.
    TestMmsClient second;
    QVERIFY(second.connectTo(server->serverPort()));
    QVERIFY(second.handshake());
    second.send(open);
    QVERIFY(second.waitForCommand(MessageId::SecurityChallenge));
    QCOMPARE(server->authThrottle().totalFailures(), 0);
}

void tst_ServerAuthFolder::httpPublicAndProtected_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("public") << QByteArray("/clip.wmv") << 200;
    QTest::newRow("public subfolder") << QByteArray("/sub/dir/clip.wmv") << 200;
    QTest::newRow("public missing") << QByteArray("/pub/none.wmv") << 404;
    QTest::newRow("protected") << QByteArray("/private/clip.wmv") << 401;
    QTest::newRow("protected missing") << QByteArray("/private/none.wmv") << 401;
    QTest::newRow("traversal") << QByteArray("/pub/../private/clip.wmv") << 401;
    QTest::newRow("encoded traversal") << QByteArray("/pub/%2e%2e/private/clip.wmv") << 401;
    QTest::newRow("percent-encoded") << QByteArray("/%70rivate/clip.wmv") << 401;
    QTest::newRow("dot") << QByteArray("/./private/clip.wmv") << 401;
    QTest::newRow("absolute URL") << QByteArray("http://127.0.0.1/private/clip.wmv") << 401;
    QTest::newRow("symlink") << QByteArray("/alias.wmv") << 401;
    QTest::newRow("playlist") << QByteArray("/list.asx") << 401;
}

void tst_ServerAuthFolder::httpPublicAndProtected()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    auto server = startServer({QStringLiteral("private")});
    QVERIFY(server);
    HttpConnection http;
    QVERIFY(http.connectTo(server->serverPort()));
    QCOMPARE(http.describe(path), status);
}

void tst_ServerAuthFolder::httpLoginHoldsForConnection()
{
    auto server = startServer({QStringLiteral("private")});
    QVERIFY(server);
    HttpConnection http;
    QVERIFY(http.connectTo(server->serverPort()));
    QCOMPARE(http.describe("/clip.wmv"), 200);
    QCOMPARE(http.describe("/private/clip.wmv"), 401);
    QCOMPARE(http.describe("/private/clip.wmv",
                 basic::authorizationValue(QStringLiteral("alice"), QStringLiteral("wonder:land"))),
        200);
    QCOMPARE(http.describe("/private/other.wmv"), 200);
    HttpConnection second;
    QVERIFY(second.connectTo(server->serverPort()));
    QCOMPARE(second.describe("/private/other.wmv"), 401);
}

void tst_ServerAuthFolder::withoutFoldersEverythingAsks()
{
    auto server = startServer({});
    QVERIFY(server);
    HttpConnection http;
    QVERIFY(http.connectTo(server->serverPort()));
    QCOMPARE(http.describe("/clip.wmv"), 401);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.handshake());
    OpenFile open;
    open.playIncarnation = 1;
    open.fileName = QStringLiteral("clip.wmv");
    client.send(open);
    QVERIFY(client.waitForCommand(MessageId::SecurityChallenge));
}

void tst_ServerAuthFolder::badFolderRefusedAtStart_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("missing") << "nowhere";
    QTest::newRow("a file") << "clip.wmv";
    QTest::newRow("above the root") << "../outside";
    QTest::newRow("absolute") << "/tmp";
    QTest::newRow("symlink leading out") << "outlink";
}

void tst_ServerAuthFolder::badFolderRefusedAtStart()
{
    QFETCH(QString, folder);
    MmsServerConfig config;
    config.rootDir = m_root;
    config.port = 0;
    config.auth = AuthScheme::Basic;
    config.usersFile = m_users;
    config.authFolders = {QStringLiteral("private"), folder};
    MmsServer server(config);
    QVERIFY(!server.listen());
    QVERIFY2(server.errorString().contains(QLatin1Char('"') + folder + QLatin1Char('"')),
        qPrintable(server.errorString()));
}

void tst_ServerAuthFolder::commandLine()
{
    const auto run = [&](const QStringList &extra, QByteArray *out) {
        QProcess process;
        process.start(QStringLiteral(MMS_SERVE_PATH),
            QStringList {
                QStringLiteral("--root"), m_root, QStringLiteral("--port"), QStringLiteral("0")}
                + extra);
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        *out = process.readAllStandardError();
        return process.exitCode();
    };
    QByteArray err;
    QVERIFY(run({QStringLiteral("--auth"), QStringLiteral("basic"), QStringLiteral("--users"),
                    m_users, QStringLiteral("--auth-folder"), QStringLiteral("private"),
                    QStringLiteral("--auth-folder"), QStringLiteral("missing-folder")},
                &err)
        != 0);
    QVERIFY2(err.contains("\"missing-folder\""), err.constData());
    QVERIFY(run({QStringLiteral("--auth-folder"), QStringLiteral("private")}, &err) != 0);
    QVERIFY2(err.contains("--auth-folder needs --auth"), err.constData());
}

QTEST_GUILESS_MAIN(tst_ServerAuthFolder)
#include "tst_serverauthfolder.moc"
