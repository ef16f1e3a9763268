// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSession against mms-serve --auth basic --auth-folder private (the real server classes,
// in-process, port 0), over both wires: a public file plays without credentials and without
// credentialsRequired; a file in the protected folder (also named with an encoded '/') asks,
// plays once the credentials come, and cancelling the prompt ends in AuthenticationRequired.
#include "core/session/mmssession.h"
#include "server/mmsserver.h"
#include "server/userdatabase.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class tst_SessionAuthFolder : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void publicPlaysWithoutCredentials_data();
    void publicPlaysWithoutCredentials();
    void protectedAsksThenPlays_data();
    void protectedAsksThenPlays();
    void protectedCancelled_data();
    void protectedCancelled();

private:
    void addWires();
    std::unique_ptr<MmsServer> startServer();
    static void playOnHeader(MmsSession &session);
    static bool waitForPackets(MmsSession &session);

    QTemporaryDir m_dir;
    QString m_root;
    QString m_users;
};

void tst_SessionAuthFolder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QStringLiteral("root"));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/private")));
    const QString clip = QStringLiteral(MMS_MEDIA_DIR "/clip.wmv");
    QVERIFY(QFile::copy(clip, m_root + QStringLiteral("/clip.wmv")));
    QVERIFY(QFile::copy(clip, m_root + QStringLiteral("/private/clip.wmv")));
    m_users = m_dir.filePath(QStringLiteral("users"));
    QString error;
    QVERIFY2(UserDatabase::writeUser(m_users, QStringLiteral("alice"),
                 UserDatabase::makeLine(QStringLiteral("alice"), QStringLiteral("wonder:land"),
                     UserDatabase::Kind::Pbkdf2Sha256, UserDatabase::MinIterations),
                 &error),
        qPrintable(error));
}

std::unique_ptr<MmsServer> tst_SessionAuthFolder::startServer()
{
    MmsServerConfig config;
    config.rootDir = m_root;
    config.port = 0;
    config.pace = MmsServerConfig::Pace::Burst;
    config.auth = AuthScheme::Basic;
    config.usersFile = m_users;
    config.authFolders = {QStringLiteral("private")};
    config.realm = QStringLiteral("Members");
    config.throttle.baseDelayMs = 20;
    auto server = std::make_unique<MmsServer>(config);
    if (!server->listen()) {
        qWarning() << server->errorString();
        return nullptr;
    }
    return server;
}

void tst_SessionAuthFolder::playOnHeader(MmsSession &session)
{
    QObject::connect(&session, &MmsSession::headerReceived, &session, [&session] {
        if (session.packetsReceived() == 0)
            session.startPlaying();
    });
}

bool tst_SessionAuthFolder::waitForPackets(MmsSession &session)
{
    return QTest::qWaitFor([&session] { return session.packetsReceived() >= 5; }, 30000);
}

void tst_SessionAuthFolder::addWires()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("path");
    QTest::newRow("tcp") << "mmst"
                         << "private/clip.wmv";
    QTest::newRow("tcp, encoded slash") << "mmst"
                                        << "private%2Fclip.wmv";
    QTest::newRow("http") << "mmsh"
                          << "private/clip.wmv";
    QTest::newRow("http, encoded slash") << "mmsh"
                                         << "private%2Fclip.wmv";
}

void tst_SessionAuthFolder::publicPlaysWithoutCredentials_data()
{
    QTest::addColumn<QString>("wire");
    QTest::newRow("tcp") << "mmst";
    QTest::newRow("http") << "mmsh";
}

void tst_SessionAuthFolder::publicPlaysWithoutCredentials()
{
    QFETCH(QString, wire);
    auto server = startServer();
    QVERIFY(server);
    MmsSession session;
    QSignalSpy asked(&session, &MmsSession::credentialsRequired);
    QSignalSpy authenticated(&session, &MmsSession::authenticated);
    playOnHeader(session);
    session.open(
        QUrl(QStringLiteral("%1://127.0.0.1:%2/clip.wmv").arg(wire).arg(server->serverPort())));
    QVERIFY(waitForPackets(session));
    QCOMPARE(asked.count(), 0);
    QCOMPARE(authenticated.count(), 0);
}

void tst_SessionAuthFolder::protectedAsksThenPlays_data()
{
    addWires();
}

void tst_SessionAuthFolder::protectedAsksThenPlays()
{
    QFETCH(QString, wire);
    QFETCH(QString, path);
    auto server = startServer();
    QVERIFY(server);
    MmsSession session;
    QSignalSpy asked(&session, &MmsSession::credentialsRequired);
    QSignalSpy authenticated(&session, &MmsSession::authenticated);
    playOnHeader(session);
    session.open(
        QUrl(QStringLiteral("%1://127.0.0.1:%2/%3").arg(wire).arg(server->serverPort()).arg(path)));
    QVERIFY(asked.wait(20000));
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("BASIC"));
    QCOMPARE(asked.at(0).at(1).toString(), QStringLiteral("Members"));
    QCOMPARE(asked.at(0).at(2).toInt(), 0);
    QCOMPARE(session.packetsReceived(), 0);
    session.provideCredentials(QStringLiteral("alice"), QStringLiteral("wonder:land"));
    QVERIFY(waitForPackets(session));
    QCOMPARE(authenticated.count(), 1);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(server->authThrottle().totalFailures(), 0);
}

void tst_SessionAuthFolder::protectedCancelled_data()
{
    addWires();
}

void tst_SessionAuthFolder::protectedCancelled()
{
    QFETCH(QString, wire);
    QFETCH(QString, path);
    auto server = startServer();
    QVERIFY(server);
    MmsSession session;
    QSignalSpy asked(&session, &MmsSession::credentialsRequired);
    QSignalSpy errors(&session, &MmsSession::errorOccurred);
    session.open(
        QUrl(QStringLiteral("%1://127.0.0.1:%2/%3").arg(wire).arg(server->serverPort()).arg(path)));
    QVERIFY(asked.wait(20000));
    session.cancelAuthentication();
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10000);
    QCOMPARE(
        errors.at(0).at(0).value<MmsSession::Error>(), MmsSession::Error::AuthenticationRequired);
    QCOMPARE(session.packetsReceived(), 0);
}

QTEST_GUILESS_MAIN(tst_SessionAuthFolder)
#include "tst_sessionauthfolder.moc"
