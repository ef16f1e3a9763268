// SPDX-License-Identifier: GPL-3.0-or-later
// mmsplayer --user against mms-serve --auth basic|ntlm (in-process, port 0), run as a program:
// the password from --password-file or MMSPLAYER_PASSWORD logs in (exit 0, streams listed); a
// wrong one exits 3 with "authentication failed"; no --user exits 3 and says to use it; a
// password on the command line, or --user without one, is a usage error (exit 1).
#include "server/mmsserver.h"
#include "server/userdatabase.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

class tst_CliAuth : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void login_data();
    void login();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run runPlayer(const QStringList &args, const QString &envPassword = QString());
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    std::unique_ptr<MmsServer> m_basic;
    std::unique_ptr<MmsServer> m_ntlm;
};

void tst_CliAuth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString users = m_dir.filePath(QStringLiteral("users"));
    QString error;
    QVERIFY2(UserDatabase::writeUser(users, QStringLiteral("alice"),
                 UserDatabase::makeLine(QStringLiteral("alice"), QStringLiteral("wonder land"),
                     UserDatabase::Kind::Pbkdf2Sha256, UserDatabase::MinIterations),
                 &error),
        qPrintable(error));
    QVERIFY2(UserDatabase::writeUser(users, QStringLiteral("bob"),
                 UserDatabase::makeLine(
                     QStringLiteral("bob"), QStringLiteral("builder"), UserDatabase::Kind::Ntlm),
                 &error),
        qPrintable(error));
    for (AuthScheme scheme : {AuthScheme::Basic, AuthScheme::Ntlm}) {
        MmsServerConfig config;
        config.rootDir = QStringLiteral(MMS_MEDIA_DIR);
        config.port = 0;
        config.pace = MmsServerConfig::Pace::Burst;
        config.auth = scheme;
        config.usersFile = users;
        config.throttle.baseDelayMs = 20;
        auto server = std::make_unique<MmsServer>(config);
        QVERIFY2(server->listen(), qPrintable(server->errorString()));
        (scheme == AuthScheme::Basic ? m_basic : m_ntlm) = std::move(server);
    }
}

QString tst_CliAuth::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

tst_CliAuth::Run tst_CliAuth::runPlayer(const QStringList &args, const QString &envPassword)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("MMSPLAYER_PASSWORD"));
    if (!envPassword.isNull())
        env.insert(QStringLiteral("MMSPLAYER_PASSWORD"), envPassword);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    // The server lives in this process: wait in a running event loop.
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(MMSPLAYER_EXECUTABLE), args);
    deadline.start(60000);
    if (finished.isEmpty())
        loop.exec();
    Run run;
    if (finished.isEmpty()) {
        process.kill();
        process.waitForFinished(2000);
        run.err = process.readAllStandardError();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void tst_CliAuth::login_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<bool>("ntlm");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("fileBytes"); // null: no --password-file
    QTest::addColumn<QString>("envPassword"); // null: MMSPLAYER_PASSWORD unset
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // on stderr; empty: streams listed on stdout
    const QString failed = QStringLiteral("authentication failed");
    const QString noUser = QStringLiteral("the server asks for a user name and password (--user)");
    for (const char *wire : {"mmst", "mmsh"}) {
        const QString w = QLatin1String(wire);
        auto row = [&w](const char *name) {
            return &QTest::newRow(qPrintable(w + QLatin1Char(' ') + QLatin1String(name)));
        };
        *row("basic, file") << w << false << "alice" << QByteArray("wonder land\n") << QString()
                            << 0 << QString();
        *row("basic, env") << w << false << "alice" << QByteArray() << "wonder land" << 0
                           << QString();
        *row("basic, file wins over env")
            << w << false << "alice" << QByteArray("wonder land\r\nsecond line\n") << "wrong" << 0
            << QString();
        *row("basic, wrong") << w << false << "alice" << QByteArray("wonder\n") << QString() << 3
                             << failed;
        *row("basic, no user") << w << false << QString() << QByteArray() << QString() << 3
                               << noUser;
        *row("ntlm, env") << w << true << "bob" << QByteArray() << "builder" << 0 << QString();
        *row("ntlm, wrong") << w << true << "bob" << QByteArray() << "builders" << 3 << failed;
        *row("ntlm, no user") << w << true << QString() << QByteArray() << QString() << 3 << noUser;
    }
}

void tst_CliAuth::login()
{
    QFETCH(QString, wire);
    QFETCH(bool, ntlm);
    QFETCH(QString, user);
    QFETCH(QByteArray, fileBytes);
    QFETCH(QString, envPassword);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const MmsServer &server = ntlm ? *m_ntlm : *m_basic;
    QStringList args = {QStringLiteral("--list-streams")};
    if (!user.isEmpty())
        args << QStringLiteral("--user") << user;
    if (!fileBytes.isNull()) {
        const QString path = writeFile(QStringLiteral("password"), fileBytes);
        QVERIFY(!path.isEmpty());
        args << QStringLiteral("--password-file") << path;
    }
    args << QStringLiteral("%1://127.0.0.1:%2/clip.wmv").arg(wire).arg(server.serverPort());
    const Run run = runPlayer(args, envPassword);
    QVERIFY2(run.exitCode == exitCode,
        qPrintable(QStringLiteral("exit %1, stderr: %2")
                       .arg(run.exitCode)
                       .arg(QString::fromUtf8(run.err))));
    if (message.isEmpty()) {
        QVERIFY2(
            run.out.contains("  video  ") && run.out.contains("  audio  "), run.out.constData());
    } else {
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
    // The password is nowhere in what the program printed.
    for (const QByteArray &password : {fileBytes.trimmed(), envPassword.toUtf8()}) {
        if (!password.isEmpty()) {
            QVERIFY(!run.err.contains(password));
            QVERIFY(!run.out.contains(password));
        }
    }
}

void tst_CliAuth::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString url = QStringLiteral("mmst://127.0.0.1:1/clip.wmv");
    QTest::newRow("--password") << QStringList {"--list-streams", "--user", "alice", "--password",
        "secret", url} << "MMSPLAYER_PASSWORD";
    QTest::newRow("--password=") << QStringList {"--list-streams", "--user", "alice",
        "--password=secret", url} << "MMSPLAYER_PASSWORD";
    QTest::newRow("no password") << QStringList {"--list-streams", "--user", "alice", url}
                                 << "--user needs a password";
    QTest::newRow("file without user") << QStringList {"--list-streams", "--password-file",
        "/dev/null", url} << "--password-file needs --user";
    QTest::newRow("unreadable file") << QStringList {"--list-streams", "--user", "alice",
        "--password-file", "/nonexistent/password", url}
                                     << "cannot read /nonexistent/password";
    QTest::newRow("user without a mode") << QStringList {"--user", "alice", "--password-file",
        "/dev/null", url} << "need --record or --list-streams";
}

void tst_CliAuth::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = runPlayer(args); // MMSPLAYER_PASSWORD unset
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(!run.err.contains("secret")); // a password given on the command line is not echoed
}

QTEST_GUILESS_MAIN(tst_CliAuth)
#include "tst_cliauth.moc"
