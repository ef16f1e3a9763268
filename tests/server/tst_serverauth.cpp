// SPDX-License-Identifier: GPL-3.0-or-later
// mms-serve --auth basic|ntlm: raw MS-MMSP and HTTP exchanges against the server on port 0.
// Right credentials get the file, wrong ones are refused (E_ACCESSDENIED / 401) after delays
// that double per failure (read from the server's own AuthThrottle record), and a user written
// by `mms-serve --add-user` then logs in.
#include "core/auth/basicauth.h"
#include "core/auth/mmsauthtoken.h"
#include "core/auth/ntlmclient.h"
#include "core/auth/ntlmmessage.h"
#include "core/mmsh/httpheadreader.h"
#include "core/mmsh/mmshrequests.h"
#include "mmshclientfor.h"
#include "rawhttpconnection.h"
#include "server/mmsserver.h"
#include "testmedia.h"
#include "testmmsclient.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace mms;

namespace {

constexpr int BaseDelayMs = 40;

QByteArray describeRequest(const QByteArray &authorization, bool keepAlive)
{
    QByteArray request = MmshRequests::describe(mmshClientFor("/clip.wmv"));
    if (keepAlive)
        request.replace("HTTP/1.0", "HTTP/1.1")
            .replace("Connection: Close\r\n", "Connection: Keep-Alive\r\n");
    if (!authorization.isEmpty())
        request.replace("\r\n\r\n", "\r\nAuthorization: " + authorization + "\r\n\r\n");
    return request;
}

} // namespace

class tst_ServerAuth : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void mmsBasicRightCredentials();
    void mmsBasicInOpenFile();
    void mmsBasicWrongCredentialsRefusedWithGrowingDelay();
    void mmsNtlmRightCredentials_data();
    void mmsNtlmRightCredentials();
    void mmsNtlmWrongPasswordRefused();
    void httpBasic();
    void httpNtlm();
    void addUserThenLogin_data();
    void addUserThenLogin();

private:
    std::unique_ptr<MmsServer> startServer(AuthScheme scheme, const QString &usersFile = QString());
    // Connect .. OpenFile: true when the first SecurityChallenge arrived.
    bool openAndExpectChallenge(TestMmsClient &client);
    QTemporaryDir m_dir;
    QString m_root;
    QString m_users;
};

void tst_ServerAuth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestMedia::makeRoot(m_dir.path()));
    m_root = m_dir.path() + QStringLiteral("/root");
    m_users = m_dir.filePath(QStringLiteral("users"));
    QString error;
    // Few iterations keep the test fast; the file format is the same as --add-user writes.
    QVERIFY(UserDatabase::writeUser(m_users, QStringLiteral("alice"),
        UserDatabase::makeLine(QStringLiteral("alice"), QStringLiteral("wonder:land"),
            UserDatabase::Kind::Pbkdf2Sha256, UserDatabase::MinIterations),
        &error));
    QVERIFY(UserDatabase::writeUser(m_users, QStringLiteral("bob"),
        UserDatabase::makeLine(
            QStringLiteral("bob"), QStringLiteral("builder"), UserDatabase::Kind::Ntlm),
        &error));
}

std::unique_ptr<MmsServer> tst_ServerAuth::startServer(AuthScheme scheme, const QString &usersFile)
{
    MmsServerConfig config;
    config.rootDir = m_root;
    config.port = 0;
    config.pace = MmsServerConfig::Pace::Burst;
    config.auth = scheme;
    config.usersFile = usersFile.isEmpty() ? m_users : usersFile;
    config.realm = QStringLiteral("Test Realm");
    config.throttle.baseDelayMs = BaseDelayMs;
    auto server = std::make_unique<MmsServer>(config);
    if (!server->listen()) {
        qWarning() << server->errorString();
        return nullptr;
    }
    return server;
}

bool tst_ServerAuth::openAndExpectChallenge(TestMmsClient &client)
{
    if (!client.handshake())
        return false;
    OpenFile open;
    open.playIncarnation = 1;
    open.fileName = QStringLiteral("clip.wmv");
    client.send(open);
    return client.waitForCommand(MessageId::SecurityChallenge);
}

void tst_ServerAuth::mmsBasicRightCredentials()
{
    auto server = startServer(AuthScheme::Basic);
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(openAndExpectChallenge(client));
    QCOMPARE(client.command<ReportConnectedEX>().authenPackage, QStringLiteral("BASIC"));
    const SecurityChallenge challenge = client.command<SecurityChallenge>();
    QCOMPARE(challenge.playIncarnation, 1u);
    QCOMPARE(challenge.token, mmsauth::basicChallengeToken(QStringLiteral("Test Realm")));
    QCOMPARE(client.commandCount(MessageId::ReportOpenFile), 0);

    client.send(SecurityResponse {7, challenge.cookie,
        mmsauth::basicResponseToken(QStringLiteral("alice"), QStringLiteral("wonder:land"))});
    QVERIFY(client.waitForCommand(MessageId::ReportOpenFile));
    const ReportOpenFile opened = client.command<ReportOpenFile>();
    QCOMPARE(opened.hr, Hresult::Ok);
    QCOMPARE(opened.playIncarnation, 7u); // of the SecurityResponse (MS-MMSP 2.2.4.7)
    QVERIFY(opened.openFileId != 0);
    QVERIFY(!client.readHeader().isEmpty());
    QCOMPARE(server->authThrottle().totalFailures(), 0);
}

void tst_ServerAuth::mmsBasicInOpenFile()
{
    // MS-MMSP 3.2.5.6: credentials in OpenFile.tokenData need no challenge.
    auto server = startServer(AuthScheme::Basic);
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(client.handshake());
    OpenFile open;
    open.playIncarnation = 1;
    open.fileName = QStringLiteral("clip.wmv");
    open.tokenData =
        mmsauth::basicResponseToken(QStringLiteral("alice"), QStringLiteral("wonder:land"));
    client.send(open);
    QVERIFY(client.waitForCommand(MessageId::ReportOpenFile));
    QCOMPARE(client.command<ReportOpenFile>().hr, Hresult::Ok);
    QCOMPARE(client.commandCount(MessageId::SecurityChallenge), 0);
}

void tst_ServerAuth::mmsBasicWrongCredentialsRefusedWithGrowingDelay()
{
    auto server = startServer(AuthScheme::Basic);
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(openAndExpectChallenge(client));
    const QList<QPair<QString, QString>> tries = {
        {QStringLiteral("alice"), QStringLiteral("wrong")},
        {QStringLiteral("nobody"), QStringLiteral("wonder:land")},
        {QStringLiteral("alice"), QStringLiteral("Wonder:land")}};
    for (int i = 0; i < tries.size(); ++i) {
        const SecurityChallenge challenge = client.command<SecurityChallenge>(i);
        client.send(SecurityResponse {quint32(i + 2), challenge.cookie,
            mmsauth::basicResponseToken(tries[i].first, tries[i].second)});
        if (i + 1 < tries.size())
            QVERIFY(client.waitForCommand(MessageId::SecurityChallenge, i + 2));
    }
    // The third failure ends it: E_ACCESSDENIED with openFileId 0 (notes §9.8, §9.10), then close.
    QVERIFY(client.waitForCommand(MessageId::ReportOpenFile));
    const ReportOpenFile refused = client.command<ReportOpenFile>();
    QCOMPARE(refused.hr, Hresult::AccessDenied);
    QCOMPARE(refused.openFileId, 0u);
    QCOMPARE(refused.playIncarnation, 4u);
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(client.commandCount(MessageId::SecurityChallenge), 3);

    const AuthThrottle &throttle = server->authThrottle();
    QCOMPARE(throttle.totalFailures(), 3);
    QCOMPARE(throttle.failures(QHostAddress::LocalHost), 3);
    const QList<AuthThrottle::Failure> records = throttle.recentFailures();
    QCOMPARE(records.size(), 3);
    for (int i = 0; i < records.size(); ++i) {
        QCOMPARE(records[i].count, i + 1);
        QCOMPARE(records[i].delayMs, BaseDelayMs << i); // 40, 80, 160 ms
        QVERIFY(records[i].answeredAtMs >= 0);
        QVERIFY2(records[i].answeredAtMs - records[i].failedAtMs >= records[i].delayMs,
            qPrintable(QStringLiteral("answer %1 ms after failure %2")
                           .arg(records[i].answeredAtMs - records[i].failedAtMs)
                           .arg(i)));
        if (i > 0)
            QVERIFY(records[i].failedAtMs >= records[i - 1].answeredAtMs);
    }

    // The address stays slowed on a new connection: its next failure waits twice as long again.
    TestMmsClient again;
    QVERIFY(again.connectTo(server->serverPort()));
    QVERIFY(openAndExpectChallenge(again));
    again.send(SecurityResponse {2, again.command<SecurityChallenge>().cookie,
        mmsauth::basicResponseToken(QStringLiteral("alice"), QStringLiteral("nope"))});
    QVERIFY(again.waitForCommand(MessageId::SecurityChallenge, 2));
    QCOMPARE(throttle.recentFailures().last().delayMs, BaseDelayMs * 8);
    // And a success clears it.
    again.send(SecurityResponse {3, again.command<SecurityChallenge>(1).cookie,
        mmsauth::basicResponseToken(QStringLiteral("alice"), QStringLiteral("wonder:land"))});
    QVERIFY(again.waitForCommand(MessageId::ReportOpenFile));
    QCOMPARE(again.command<ReportOpenFile>().hr, Hresult::Ok);
    QCOMPARE(throttle.failures(QHostAddress::LocalHost), 0);
}

void tst_ServerAuth::mmsNtlmRightCredentials_data()
{
    QTest::addColumn<bool>("ntlmAuth");
    QTest::newRow("raw tokens") << false;
    QTest::newRow("NTLM_AUTH") << true;
}

void tst_ServerAuth::mmsNtlmRightCredentials()
{
    QFETCH(bool, ntlmAuth);
    auto server = startServer(AuthScheme::Ntlm);
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(openAndExpectChallenge(client));
    QCOMPARE(client.command<ReportConnectedEX>().authenPackage, QStringLiteral("NTLM"));
    SecurityChallenge challenge = client.command<SecurityChallenge>();
    QCOMPARE(challenge.token, QByteArray(2, '\0')); // opening leg: bare 00 00
    QCOMPARE(
        mmsauth::detectScheme(challenge.token, 9, mmsauth::Scheme::Basic), mmsauth::Scheme::Ntlm);

    NtlmClient ntlm(Credentials {
        QStringLiteral("bob"), QStringLiteral("WORKGROUP"), QStringLiteral("builder")});
    client.send(SecurityResponse {
        2, challenge.cookie, mmsauth::ntlmToken(ntlm.negotiateMessage(), ntlmAuth)});
    QVERIFY(client.waitForCommand(MessageId::SecurityChallenge, 2));
    challenge = client.command<SecurityChallenge>(1);
    QCOMPARE(challenge.playIncarnation, 2u);
    const Decoded<mmsauth::NtlmPayload> payload = mmsauth::decodeNtlmToken(challenge.token);
    QVERIFY(payload.ok());
    QCOMPARE(payload.value.ntlmAuth, ntlmAuth); // the server answers in the client's form
    QCOMPARE(ntlm::messageType(payload.value.ntlm), 2u);

    const QByteArray authenticate = ntlm.authenticateMessage(payload.value.ntlm);
    QVERIFY2(!authenticate.isEmpty(), qPrintable(ntlm.errorString()));
    client.send(SecurityResponse {3, challenge.cookie, mmsauth::ntlmToken(authenticate, ntlmAuth)});
    QVERIFY(client.waitForCommand(MessageId::ReportOpenFile));
    QCOMPARE(client.command<ReportOpenFile>().hr, Hresult::Ok);
    QCOMPARE(client.command<ReportOpenFile>().playIncarnation, 3u);
    QVERIFY(!client.readHeader().isEmpty());
    QCOMPARE(server->authThrottle().totalFailures(), 0);
}

void tst_ServerAuth::mmsNtlmWrongPasswordRefused()
{
    auto server = startServer(AuthScheme::Ntlm);
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(openAndExpectChallenge(client));
    // alice has no NT hash (a PBKDF2 line): NTLM cannot log her in, even with her password.
    const QList<Credentials> tries = {{QStringLiteral("bob"), QString(), QStringLiteral("Builder")},
        {QStringLiteral("alice"), QString(), QStringLiteral("wonder:land")},
        {QStringLiteral("bob"), QString(), QStringLiteral("")}};
    int challenges = 1;
    for (int i = 0; i < tries.size(); ++i) {
        NtlmClient ntlm(tries[i]);
        client.send(SecurityResponse {2, client.command<SecurityChallenge>(challenges - 1).cookie,
            mmsauth::ntlmToken(ntlm.negotiateMessage(), false)});
        QVERIFY(client.waitForCommand(MessageId::SecurityChallenge, ++challenges));
        const SecurityChallenge c = client.command<SecurityChallenge>(challenges - 1);
        client.send(SecurityResponse {3, c.cookie,
            mmsauth::ntlmToken(
                ntlm.authenticateMessage(mmsauth::decodeNtlmToken(c.token).value.ntlm), false)});
        if (i + 1 < tries.size())
            QVERIFY(client.waitForCommand(MessageId::SecurityChallenge, ++challenges));
    }
    QVERIFY(client.waitForCommand(MessageId::ReportOpenFile));
    QCOMPARE(client.command<ReportOpenFile>().hr, Hresult::AccessDenied);
    QVERIFY(client.waitForDisconnected());
    const QList<AuthThrottle::Failure> records = server->authThrottle().recentFailures();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.last().delayMs, BaseDelayMs * 4);
    for (const AuthThrottle::Failure &f : records)
        QVERIFY(f.answeredAtMs - f.failedAtMs >= f.delayMs);
}

void tst_ServerAuth::httpBasic()
{
    auto server = startServer(AuthScheme::Basic);
    QVERIFY(server);
    HttpHead head;
    QByteArray body;
    {
        RawHttpConnection http;
        QVERIFY(http.connectTo(server->serverPort()));
        http.send(describeRequest({}, false));
        QVERIFY(http.next(head, body));
        QCOMPARE(head.statusCode, 401);
        QCOMPARE(head.value("WWW-Authenticate"),
            QByteArray("Basic realm=\"Test Realm\", charset=\"UTF-8\""));
        QVERIFY(http.waitForClosed());
    }
    QCOMPARE(server->authThrottle().totalFailures(), 0); // asking is no failure
    {
        RawHttpConnection http;
        QVERIFY(http.connectTo(server->serverPort()));
        http.send(describeRequest(
            basic::authorizationValue(QStringLiteral("alice"), QStringLiteral("bad")), false));
        QVERIFY(http.next(head, body));
        QCOMPARE(head.statusCode, 401);
        QVERIFY(head.value("WWW-Authenticate").startsWith("Basic "));
    }
    QCOMPARE(server->authThrottle().totalFailures(), 1);
    QCOMPARE(server->authThrottle().recentFailures().last().delayMs, BaseDelayMs);
    QVERIFY(server->authThrottle().recentFailures().last().answeredAtMs
            - server->authThrottle().recentFailures().last().failedAtMs
        >= BaseDelayMs);
    {
        RawHttpConnection http;
        QVERIFY(http.connectTo(server->serverPort()));
        http.send(describeRequest(
            basic::authorizationValue(QStringLiteral("alice"), QStringLiteral("wonder:land")),
            false));
        QVERIFY(http.next(head, body));
        QCOMPARE(head.statusCode, 200);
        QCOMPARE(head.value("Content-Type"), QByteArray("application/vnd.ms.wms-hdr.asfv1"));
        QVERIFY(!body.isEmpty());
    }
    QCOMPARE(server->authThrottle().failures(QHostAddress::LocalHost), 0);
}

void tst_ServerAuth::httpNtlm()
{
    auto server = startServer(AuthScheme::Ntlm);
    QVERIFY(server);
    HttpHead head;
    QByteArray body;
    RawHttpConnection http;
    QVERIFY(http.connectTo(server->serverPort()));
    http.send(describeRequest({}, true));
    QVERIFY(http.next(head, body));
    QCOMPARE(head.statusCode, 401);
    QCOMPARE(head.value("WWW-Authenticate"), QByteArray("NTLM"));

    NtlmClient ntlm(Credentials {QStringLiteral("bob"), QString(), QStringLiteral("builder")});
    http.send(describeRequest("NTLM " + ntlm.negotiateMessage().toBase64(), true));
    QVERIFY(http.next(head, body));
    QCOMPARE(head.statusCode, 401);
    const QByteArray challenge = head.value("WWW-Authenticate");
    QVERIFY(challenge.startsWith("NTLM "));
    const QByteArray challengeMessage = QByteArray::fromBase64(challenge.mid(5));
    QCOMPARE(ntlm::messageType(challengeMessage), 2u);

    http.send(
        describeRequest("NTLM " + ntlm.authenticateMessage(challengeMessage).toBase64(), true));
    QVERIFY(http.next(head, body));
    QCOMPARE(head.statusCode, 200);
    QVERIFY(!body.isEmpty());

    // A wrong password on a fresh connection: 401 after the delay.
    RawHttpConnection wrong;
    QVERIFY(wrong.connectTo(server->serverPort()));
    NtlmClient bad(Credentials {QStringLiteral("bob"), QString(), QStringLiteral("wrong")});
    wrong.send(describeRequest("NTLM " + bad.negotiateMessage().toBase64(), true));
    QVERIFY(wrong.next(head, body));
    QCOMPARE(head.statusCode, 401);
    wrong.send(describeRequest("NTLM "
            + bad.authenticateMessage(QByteArray::fromBase64(head.value("WWW-Authenticate").mid(5)))
                  .toBase64(),
        true));
    QVERIFY(wrong.next(head, body));
    QCOMPARE(head.statusCode, 401);
    QCOMPARE(head.value("WWW-Authenticate"), QByteArray("NTLM"));
    QCOMPARE(server->authThrottle().totalFailures(), 1);
    const AuthThrottle::Failure f = server->authThrottle().recentFailures().last();
    QVERIFY(f.answeredAtMs - f.failedAtMs >= f.delayMs);
}

void tst_ServerAuth::addUserThenLogin_data()
{
    QTest::addColumn<bool>("ntlm");
    QTest::newRow("basic") << false;
    QTest::newRow("ntlm") << true;
}

void tst_ServerAuth::addUserThenLogin()
{
    QFETCH(bool, ntlm);
    const QString users =
        m_dir.filePath(ntlm ? QStringLiteral("added-ntlm") : QStringLiteral("added-basic"));
    const auto addUser = [&](const QString &name, const QByteArray &password) {
        QProcess process;
        QStringList args {QStringLiteral("--users"), users, QStringLiteral("--add-user"), name};
        if (ntlm)
            args << QStringLiteral("--auth") << QStringLiteral("ntlm");
        process.start(QStringLiteral(MMS_SERVE_PATH), args);
        process.write(password + '\n');
        process.closeWriteChannel();
        return process.waitForFinished(20000) && process.exitCode() == 0;
    };
    QVERIFY(addUser(QStringLiteral("carol"), "first"));
    QVERIFY(addUser(QStringLiteral("dave"), "other"));
    QVERIFY(addUser(QStringLiteral("carol"), "sec:ret")); // replaces carol's line
    QFile file(users);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith(ntlm ? "carol:ntlm:" : "carol:pbkdf2-sha256:100000:"));
    QVERIFY(!lines[0].contains("sec"));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());

    auto server = startServer(ntlm ? AuthScheme::Ntlm : AuthScheme::Basic, users);
    QVERIFY(server);
    TestMmsClient client;
    QVERIFY(client.connectTo(server->serverPort()));
    QVERIFY(openAndExpectChallenge(client));
    if (ntlm) {
        NtlmClient n(Credentials {QStringLiteral("carol"), QString(), QStringLiteral("sec:ret")});
        client.send(SecurityResponse {2, client.command<SecurityChallenge>().cookie,
            mmsauth::ntlmToken(n.negotiateMessage(), false)});
        QVERIFY(client.waitForCommand(MessageId::SecurityChallenge, 2));
        const SecurityChallenge c = client.command<SecurityChallenge>(1);
        client.send(SecurityResponse {3, c.cookie,
            mmsauth::ntlmToken(
                n.authenticateMessage(mmsauth::decodeNtlmToken(c.token).value.ntlm), false)});
    } else {
        client.send(SecurityResponse {2, client.command<SecurityChallenge>().cookie,
            mmsauth::basicResponseToken(QStringLiteral("carol"), QStringLiteral("sec:ret"))});
    }
    QVERIFY(client.waitForCommand(MessageId::ReportOpenFile));
    QCOMPARE(client.command<ReportOpenFile>().hr, Hresult::Ok);
}

QTEST_GUILESS_MAIN(tst_ServerAuth)
#include "tst_serverauth.moc"
