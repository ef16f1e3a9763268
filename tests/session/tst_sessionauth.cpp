// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSession against mms-serve --auth basic|ntlm (the real server classes, in-process, port 0)
// over both wires: the right credentials play; wrong ones are refused (credentialsRequired with
// a count) and new ones then play; cancel ends in AuthenticationFailed / AuthenticationRequired;
// no timeout while the session waits for a password; the password is never logged.
#include "core/auth/mmsauthtoken.h"
#include "core/session/mmssession.h"
#include "fakemmsserver.h"
#include "httponlyrelay.h"
#include "server/mmsserver.h"
#include "server/userdatabase.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

namespace {

// Every message logged while a test runs (debug included), to look for the password in.
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (type != QtDebugMsg && type != QtInfoMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

// The session's signals in the order they came, as text (packets: only the first one).
class SignalLog : public QObject {
public:
    explicit SignalLog(MmsSession *session)
    {
        connect(session, &MmsSession::connected, this, [this] { add("connected"); });
        connect(session, &MmsSession::fileOpened, this, [this] { add("fileOpened"); });
        connect(session, &MmsSession::headerReceived, this, [this] { add("headerReceived"); });
        connect(session, &MmsSession::startedPlaying, this, [this] { add("startedPlaying"); });
        connect(session, &MmsSession::dataPacketReceived, this, [this] {
            if (!m_packet)
                add("packet");
            m_packet = true;
        });
        connect(session, &MmsSession::credentialsRequired, this,
            [this](const QString &scheme, const QString &realm, int failed) {
                add(QStringLiteral("credentialsRequired(%1,%2,%3)").arg(scheme, realm).arg(failed));
            });
        connect(session, &MmsSession::authenticated, this, [this] { add("authenticated"); });
        connect(session, &MmsSession::errorOccurred, this, [this](MmsSession::Error error) {
            add(QStringLiteral("error(%1)")
                    .arg(QLatin1String(
                        QMetaEnum::fromType<MmsSession::Error>().valueToKey(int(error)))));
        });
        connect(session, &MmsSession::closed, this, [this] { add("closed"); });
    }
    QStringList events;

private:
    void add(const QString &event) { events.append(event); }
    bool m_packet = false;
};

} // namespace

class tst_SessionAuth : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void rightCredentialsPlay_data();
    void rightCredentialsPlay();
    void wrongThenRightPlays_data();
    void wrongThenRightPlays();
    void askedWhenNoneSetAndNoTimeoutMeanwhile_data();
    void askedWhenNoneSetAndNoTimeoutMeanwhile();
    void cancelAfterRefusalFails_data();
    void cancelAfterRefusalFails();
    void cancelWithoutCredentialsIsRequired_data();
    void cancelWithoutCredentialsIsRequired();
    void lastTryRefusedReconnectsWithNewCredentials();
    void reconnectReusesCredentials_data();
    void tcpResponseBytesAndDropWhileWaiting();
    void reconnectReusesCredentials();

private:
    void addRows();
    std::unique_ptr<MmsServer> startServer(AuthScheme scheme, int maxAuthTries = 3,
        MmsServerConfig::Pace pace = MmsServerConfig::Pace::Burst);
    QUrl url(const MmsServer &server, const QString &wire) const
    {
        return QUrl(
            QStringLiteral("%1://127.0.0.1:%2/clip.wmv").arg(wire).arg(server.serverPort()));
    }
    // Plays on headerReceived; true once a few packets came.
    static void playOnHeader(MmsSession &session);
    static bool waitForPackets(MmsSession &session);
    void verifyPasswordNotLogged();

    QTemporaryDir m_dir;
    QString m_users;
};

// alice logs in with Basic (PBKDF2 line), bob with NTLM (NT hash line).
static const char *const BasicPassword = "wonder:land";
static const char *const NtlmPassword = "builder";

void tst_SessionAuth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_users = m_dir.filePath(QStringLiteral("users"));
    QString error;
    QVERIFY2(UserDatabase::writeUser(m_users, QStringLiteral("alice"),
                 UserDatabase::makeLine(QStringLiteral("alice"), QLatin1String(BasicPassword),
                     UserDatabase::Kind::Pbkdf2Sha256, UserDatabase::MinIterations),
                 &error),
        qPrintable(error));
    QVERIFY2(UserDatabase::writeUser(m_users, QStringLiteral("bob"),
                 UserDatabase::makeLine(
                     QStringLiteral("bob"), QLatin1String(NtlmPassword), UserDatabase::Kind::Ntlm),
                 &error),
        qPrintable(error));
    QLoggingCategory::setFilterRules(QStringLiteral("mms.*=true"));
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void tst_SessionAuth::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void tst_SessionAuth::init()
{
    g_log.clear();
}

void tst_SessionAuth::verifyPasswordNotLogged()
{
    QVERIFY(!g_log.isEmpty()); // the debug trace ran
    for (const char *password : {BasicPassword, NtlmPassword}) {
        const QByteArray basic = QByteArray("alice:") + password;
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(QLatin1String(password)), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String(basic.toBase64())), qPrintable(line));
        }
    }
}

std::unique_ptr<MmsServer> tst_SessionAuth::startServer(
    AuthScheme scheme, int maxAuthTries, MmsServerConfig::Pace pace)
{
    MmsServerConfig config;
    config.rootDir = QStringLiteral(MMS_MEDIA_DIR);
    config.port = 0;
    config.pace = pace;
    config.auth = scheme;
    config.usersFile = m_users;
    config.realm = QStringLiteral("Test Realm");
    config.throttle.baseDelayMs = 20; // a refusal still comes after a delay, a short one
    config.maxAuthTries = maxAuthTries;
    auto server = std::make_unique<MmsServer>(config);
    if (!server->listen()) {
        qWarning() << server->errorString();
        return nullptr;
    }
    return server;
}

void tst_SessionAuth::playOnHeader(MmsSession &session)
{
    QObject::connect(&session, &MmsSession::headerReceived, &session, [&session] {
        if (session.packetsReceived() == 0)
            session.startPlaying();
    });
}

bool tst_SessionAuth::waitForPackets(MmsSession &session)
{
    return QTest::qWaitFor([&session] { return session.packetsReceived() >= 5; }, 30000);
}

void tst_SessionAuth::addRows()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<AuthScheme>("scheme");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("challenge"); // credentialsRequired's scheme and realm
    // Over HTTP the server accepts the request before it answers it: authenticated() comes
    // before connected(); over TCP ReportConnectedEX comes first, the login at OpenFile.
    QTest::addColumn<QStringList>("opening");
    const QStringList tcp = {"connected", "authenticated", "fileOpened", "headerReceived"};
    const QStringList http = {"authenticated", "connected", "fileOpened", "headerReceived"};
    QTest::newRow("tcp basic") << "mmst" << AuthScheme::Basic << "alice" << BasicPassword
                               << "BASIC,Test Realm" << tcp;
    QTest::newRow("tcp ntlm") << "mmst" << AuthScheme::Ntlm << "bob" << NtlmPassword << "NTLM,"
                              << tcp;
    QTest::newRow("http basic") << "mmsh" << AuthScheme::Basic << "alice" << BasicPassword
                                << "BASIC,Test Realm" << http;
    QTest::newRow("http ntlm") << "mmsh" << AuthScheme::Ntlm << "bob" << NtlmPassword << "NTLM,"
                               << http;
}

void tst_SessionAuth::rightCredentialsPlay_data()
{
    addRows();
}

void tst_SessionAuth::rightCredentialsPlay()
{
    QFETCH(QString, wire);
    QFETCH(AuthScheme, scheme);
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(QStringList, opening);
    auto server = startServer(scheme);
    QVERIFY(server);
    MmsSession session;
    SignalLog log(&session);
    playOnHeader(session);
    session.setCredentials(login, password);
    session.open(url(*server, wire));
    QVERIFY(waitForPackets(session));
    QCOMPARE(log.events, opening + QStringList({"startedPlaying", "packet"}));
    QCOMPARE(session.credentialsLogin(), login);
    QCOMPARE(server->authThrottle().totalFailures(), 0);
    verifyPasswordNotLogged();
}

void tst_SessionAuth::wrongThenRightPlays_data()
{
    addRows();
}

void tst_SessionAuth::wrongThenRightPlays()
{
    QFETCH(QString, wire);
    QFETCH(AuthScheme, scheme);
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(QString, challenge);
    QFETCH(QStringList, opening);
    auto server = startServer(scheme);
    QVERIFY(server);
    MmsSession session;
    SignalLog log(&session);
    playOnHeader(session);
    // Answered inside the signal, as a dialog that is already open might.
    connect(&session, &MmsSession::credentialsRequired, &session,
        [&session, login, password] { session.provideCredentials(login, password); });
    session.setCredentials(login, QStringLiteral("wrong"));
    session.open(url(*server, wire));
    QVERIFY(waitForPackets(session));
    QStringList expected = opening;
    expected.insert(opening.indexOf(QStringLiteral("authenticated")),
        QStringLiteral("credentialsRequired(%1,1)").arg(challenge));
    QCOMPARE(log.events, expected + QStringList({"startedPlaying", "packet"}));
    QCOMPARE(server->authThrottle().totalFailures(), 1);
    verifyPasswordNotLogged();
}

void tst_SessionAuth::askedWhenNoneSetAndNoTimeoutMeanwhile_data()
{
    addRows();
}

void tst_SessionAuth::askedWhenNoneSetAndNoTimeoutMeanwhile()
{
    QFETCH(QString, wire);
    QFETCH(AuthScheme, scheme);
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(QString, challenge);
    QFETCH(QStringList, opening);
    auto server = startServer(scheme);
    QVERIFY(server);
    MmsSession session;
    // Long enough for a loaded machine to get through Connect .. OpenFile within it.
    constexpr int TimeoutMs = 1000;
    session.setTimeout(TimeoutMs);
    SignalLog log(&session);
    playOnHeader(session);
    QSignalSpy asked(&session, &MmsSession::credentialsRequired);
    session.open(url(*server, wire));
    QVERIFY(asked.wait(10000));
    // The person at the keyboard takes several timeouts to answer; the session waits.
    QTimer::singleShot(5 * TimeoutMs / 2, &session,
        [&session, login, password] { session.provideCredentials(login, password); });
    QVERIFY(waitForPackets(session));
    QStringList expected = opening;
    expected.insert(opening.indexOf(QStringLiteral("authenticated")),
        QStringLiteral("credentialsRequired(%1,0)").arg(challenge));
    QCOMPARE(log.events, expected + QStringList({"startedPlaying", "packet"}));
    QCOMPARE(server->authThrottle().totalFailures(), 0);
}

void tst_SessionAuth::cancelAfterRefusalFails_data()
{
    addRows();
}

void tst_SessionAuth::cancelAfterRefusalFails()
{
    QFETCH(QString, wire);
    QFETCH(AuthScheme, scheme);
    QFETCH(QString, login);
    QFETCH(QString, challenge);
    auto server = startServer(scheme);
    QVERIFY(server);
    MmsSession session;
    SignalLog log(&session);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    connect(
        &session, &MmsSession::credentialsRequired, &session, &MmsSession::cancelAuthentication);
    session.setCredentials(login, QStringLiteral("wrong"));
    session.open(url(*server, wire));
    QVERIFY(errors.wait(10000));
    QCOMPARE(
        errors.at(0).at(0).value<MmsSession::Error>(), MmsSession::Error::AuthenticationFailed);
    const QString detail = errors.at(0).at(2).toString();
    QVERIFY2(
        detail.contains(login) && detail.contains(QLatin1String("refused")), qPrintable(detail));
    QStringList expected;
    if (wire == QLatin1String("mmst"))
        expected << "connected"; // ReportConnectedEX came before the challenge
    expected << QStringLiteral("credentialsRequired(%1,1)").arg(challenge)
             << "error(AuthenticationFailed)"
             << "closed";
    QCOMPARE(log.events, expected);
    QCOMPARE(session.state(), MmsSession::State::Failed);
    verifyPasswordNotLogged();
}

void tst_SessionAuth::cancelWithoutCredentialsIsRequired_data()
{
    addRows();
}

void tst_SessionAuth::cancelWithoutCredentialsIsRequired()
{
    QFETCH(QString, wire);
    QFETCH(AuthScheme, scheme);
    QFETCH(QString, challenge);
    auto server = startServer(scheme);
    QVERIFY(server);
    MmsSession session;
    SignalLog log(&session);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    QSignalSpy asked(&session, &MmsSession::credentialsRequired);
    session.open(url(*server, wire));
    QVERIFY(asked.wait(10000));
    QCOMPARE(errors.count(), 0);
    session.cancelAuthentication();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(
        errors.at(0).at(0).value<MmsSession::Error>(), MmsSession::Error::AuthenticationRequired);
    QStringList expected;
    if (wire == QLatin1String("mmst"))
        expected << "connected";
    expected << QStringLiteral("credentialsRequired(%1,0)").arg(challenge)
             << "error(AuthenticationRequired)"
             << "closed";
    QCOMPARE(log.events, expected);
    // A second cancel, or credentials now, change nothing.
    session.cancelAuthentication();
    session.provideCredentials(QStringLiteral("alice"), QLatin1String(BasicPassword));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(session.state(), MmsSession::State::Failed);
    QCOMPARE(server->authThrottle().totalFailures(), 0);
}

void tst_SessionAuth::lastTryRefusedReconnectsWithNewCredentials()
{
    // maxAuthTries 1: the refusal is ReportOpenFile E_ACCESSDENIED and the server closes; the
    // new credentials go out on a new connection.
    auto server = startServer(AuthScheme::Basic, 1);
    QVERIFY(server);
    int sessions = 0;
    connect(server.get(), &MmsServer::messageReceived, this,
        [&sessions](int session) { sessions = qMax(sessions, session); });
    MmsSession session;
    SignalLog log(&session);
    playOnHeader(session);
    QSignalSpy asked(&session, &MmsSession::credentialsRequired);
    session.setCredentials(QStringLiteral("alice"), QStringLiteral("wrong"));
    session.open(url(*server, QStringLiteral("mmst")));
    QVERIFY(asked.wait(10000));
    QCOMPARE(asked.at(0).at(2).toInt(), 1);
    session.provideCredentials(QStringLiteral("alice"), QLatin1String(BasicPassword));
    QVERIFY(waitForPackets(session));
    QCOMPARE(log.events,
        QStringList({"connected", "credentialsRequired(BASIC,Test Realm,1)", "connected",
            "authenticated", "fileOpened", "headerReceived", "startedPlaying", "packet"}));
    QCOMPARE(sessions, 2);
}

void tst_SessionAuth::reconnectReusesCredentials_data()
{
    QTest::addColumn<AuthScheme>("scheme");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("playConnection"); // which relayed connection carries the Play
    // Basic: Describe refused (401), then Describe with Authorization and, pipelined on the same
    // connection (mms-serve accepts HTTP/1.1 pipelining), Play. NTLM: Describe refused, then
    // NEGOTIATE and AUTHENTICATE on one connection, which the pipelined Play follows.
    QTest::newRow("http basic") << AuthScheme::Basic << "alice" << BasicPassword << 1;
    QTest::newRow("http ntlm") << AuthScheme::Ntlm << "bob" << NtlmPassword << 1;
}

void tst_SessionAuth::reconnectReusesCredentials()
{
    // The Play response drops in the middle: the reconnect logs in again with the credentials
    // the session holds, without asking, and the play resumes.
    QFETCH(AuthScheme, scheme);
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(int, playConnection);
    auto server = startServer(scheme, 3, MmsServerConfig::Pace::Realtime);
    QVERIFY(server);
    HttpOnlyRelay relay(server->serverPort());
    relay.dropAfter(playConnection, 60 * 1024);
    QVERIFY(relay.listen());
    MmsSession session;
    SignalLog log(&session);
    playOnHeader(session);
    QSignalSpy reconnecting(&session, &MmsSession::reconnecting);
    QSignalSpy resumed(&session, &MmsSession::resumed);
    QSignalSpy asked(&session, &MmsSession::credentialsRequired);
    QSignalSpy ends(&session, &MmsSession::endOfStream);
    session.setCredentials(login, password);
    session.open(QUrl(QStringLiteral("mmsh://127.0.0.1:%1/clip.wmv").arg(relay.port())));
    QTRY_VERIFY_WITH_TIMEOUT(
        !ends.isEmpty() || session.state() == MmsSession::State::Failed, 30000);
    QCOMPARE(session.state(), MmsSession::State::Ready);
    QCOMPARE(reconnecting.count(), 1);
    QCOMPARE(resumed.count(), 1);
    QCOMPARE(asked.count(), 0);
    QCOMPARE(log.events.count(QStringLiteral("authenticated")), 1);
    QVERIFY(relay.relayed() > playConnection + 1); // the reconnect went through the relay
    QCOMPARE(server->authThrottle().totalFailures(), 0);
}

void tst_SessionAuth::tcpResponseBytesAndDropWhileWaiting()
{
    // A scripted server: the first connection challenges and closes while the session waits for
    // a password; the answer goes out on a second connection, echoing that challenge's cookie
    // and incarnation, with the Basic token of MS-MMSP 2.2.4.24 (base64 "user:password", NUL).
    FakeMmsServer server(QStringLiteral(MMS_MEDIA_DIR "/clip.wmv"));
    QVERIFY(server.listen());
    QList<mms::SecurityResponse> responses;
    server.script = [&server, &responses](const mms::CommandPacket &p) {
        using Id = mms::MessageId;
        if (p.id == Id::OpenFile) {
            const auto open = mms::decodeMessage<mms::OpenFile>(p.message).value;
            mms::SecurityChallenge challenge;
            challenge.playIncarnation = open.playIncarnation;
            challenge.cookie = 0x1000u + quint32(server.connections);
            challenge.token = mms::mmsauth::basicChallengeToken(QStringLiteral("Fake"));
            server.sendMessage(challenge);
            if (server.connections == 1)
                server.closeClient();
            return;
        }
        if (p.id == Id::SecurityResponse) {
            const auto response = mms::decodeMessage<mms::SecurityResponse>(p.message).value;
            responses.append(response);
            mms::OpenFile open; // accepted: answer as the OpenFile would have been
            open.playIncarnation = response.playIncarnation;
            mms::CommandPacket accepted;
            accepted.id = Id::OpenFile;
            accepted.message = mms::encodeMessage(open);
            server.respond(accepted);
            return;
        }
        server.respond(p);
    };
    MmsSession session;
    session.setTimeout(1000);
    SignalLog log(&session);
    QSignalSpy asked(&session, &MmsSession::credentialsRequired);
    QSignalSpy headers(&session, &MmsSession::headerReceived);
    session.open(QUrl(QStringLiteral("mmst://127.0.0.1:%1/clip.wmv").arg(server.port())));
    QVERIFY(asked.wait(10000));
    // Answered well after the drop, and after several of the session's timeouts.
    QTimer::singleShot(2500, &session, [&session] {
        session.provideCredentials(QStringLiteral("alice"), QStringLiteral("open sesame"));
    });
    QVERIFY(headers.wait(10000));
    QCOMPARE(server.connections, 2);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.at(0).cookie, 0x1002u);
    QCOMPARE(responses.at(0).token, QByteArray("YWxpY2U6b3BlbiBzZXNhbWU=") + '\0');
    QCOMPARE(log.events,
        QStringList({"connected", "credentialsRequired(BASIC,Fake,0)", "connected", "authenticated",
            "fileOpened", "headerReceived"}));
}

QTEST_GUILESS_MAIN(tst_SessionAuth)
#include "tst_sessionauth.moc"
