// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/playlist/playlistloader.h"
#include "testhttpserver.h"

#include <QFile>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int WaitMs = 30000;

QString dataPath(const char *name)
{
    return QStringLiteral(MMS_TEST_SOURCE_DIR "/data/playlist/") + QLatin1String(name);
}

QByteArray asx(const QByteArray &body)
{
    return "<ASX VERSION=\"3.0\">\n" + body + "\n</ASX>\n";
}

QByteArray entry(const QByteArray &href)
{
    return "<ENTRY><REF HREF=\"" + href + "\"/></ENTRY>\n";
}

QByteArray entryRef(const QByteArray &href)
{
    return "<ENTRYREF HREF=\"" + href + "\"/>\n";
}

QStringList firstRefs(const Playlist &p)
{
    QStringList out;
    for (const PlaylistEntry &e : p.entries)
        out.append(e.refs.value(0).toString());
    return out;
}

} // namespace

class tst_PlaylistLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void localFileWithNestedFile();
    void localFileErrors_data();
    void localFileErrors();
    void nestedOverHttp();
    void redirectResolvesAgainstFinalUrl();
    void topLevel404();
    void nested404IsSkipped();
    void oversizedByContentLength();
    void oversizedWithoutLength();
    void loop();
    void loopThroughRedirect();
    void depthLimit_data();
    void depthLimit();
    void totalEntryLimit();
    void tooManyRedirects();
    void timeout();
    void mediaUrls();
    void httpServesAsfMedia();
    void referenceListOverHttp();
    void remotePlaylistCannotReadLocalFiles();
    void noPlayableEntries();
    void abortAndReload();

private:
    // Loads `url` and waits for the outcome: the playlist, or the failure message in `error`.
    Playlist load(const QUrl &url, QString *error, const PlaylistLoaderLimits &limits = {});

    TestHttpServer *m_server = nullptr;
};

void tst_PlaylistLoader::initTestCase()
{
    // Loopback only: no proxy from the environment may stand in between.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void tst_PlaylistLoader::init()
{
    delete m_server;
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
}

Playlist tst_PlaylistLoader::load(const QUrl &url, QString *error, const PlaylistLoaderLimits &limits)
{
    PlaylistLoader loader;
    loader.setLimits(limits);
    QSignalSpy finished(&loader, &PlaylistLoader::finished);
    QSignalSpy failed(&loader, &PlaylistLoader::failed);
    loader.load(url);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, WaitMs); }();
    error->clear();
    if (finished.size() + failed.size() != 1) {
        *error = QStringLiteral("expected exactly one signal");
        return {};
    }
    if (!failed.isEmpty()) {
        *error = failed.at(0).at(0).toString();
        return {};
    }
    return finished.at(0).at(0).value<Playlist>();
}

void tst_PlaylistLoader::localFileWithNestedFile()
{
    QString error;
    const QUrl url = QUrl::fromLocalFile(dataPath("local-parent.asx"));
    const Playlist p = load(url, &error);
    QCOMPARE(error, QString());
    QCOMPARE(p.title, QStringLiteral("Local parent"));
    QCOMPARE(p.sourceUrl, url);
    QCOMPARE(firstRefs(p), (QStringList{QUrl::fromLocalFile(dataPath("first.wmv")).toString(),
                                        QUrl::fromLocalFile(dataPath("sub/child.wmv")).toString(),
                                        QStringLiteral("mms://example.com/last")}));
    QCOMPARE(p.entries[1].title, QStringLiteral("Child"));
    QCOMPARE(p.warnings, QStringList());
    // A plain path typed by the user names the same file.
    QCOMPARE(PlaylistLoader::urlFromUserInput(dataPath("local-parent.asx")), url);
}

void tst_PlaylistLoader::localFileErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    const QString missing = dataPath("missing.asx");
    QTest::newRow("missing") << missing << missing + QStringLiteral(": file not found");
    QTest::newRow("directory") << dataPath("sub") << dataPath("sub") + QStringLiteral(": not a regular file");
    QTest::newRow("device") << QStringLiteral("/dev/zero") << QStringLiteral("/dev/zero: not a regular file");
}

void tst_PlaylistLoader::localFileErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    QString actual;
    load(QUrl::fromLocalFile(path), &actual);
    QCOMPARE(actual, error);
}

void tst_PlaylistLoader::nestedOverHttp()
{
    m_server->setBody("/a.asx", asx("<TITLE>A</TITLE>" + entry("mms://h/1") + entryRef("lists/b.asx")
                                    + entry("mms://h/4")));
    m_server->setBody("/lists/b.asx", asx(entry("clip2.wmv") + entryRef("/c.wvx")));
    m_server->setBody("/c.wvx", asx("<ENTRY><TITLE>Three</TITLE><REF HREF=\"mms://h/3a\"/>"
                                    "<REF HREF=\"mmst://h/3b\"/></ENTRY>"));
    QString error;
    const Playlist p = load(m_server->url("/a.asx"), &error);
    QCOMPARE(error, QString());
    QCOMPARE(p.title, QStringLiteral("A"));
    QCOMPARE(firstRefs(p), (QStringList{"mms://h/1", m_server->url("/lists/clip2.wmv").toString(),
                                        "mms://h/3a", "mms://h/4"}));
    QCOMPARE(p.entries[2].title, QStringLiteral("Three"));
    QCOMPARE(p.entries[2].refs, (QList<QUrl>{QUrl("mms://h/3a"), QUrl("mmst://h/3b")}));
    QCOMPARE(m_server->requests(), (QList<QByteArray>{"/a.asx", "/lists/b.asx", "/c.wvx"}));
}

void tst_PlaylistLoader::redirectResolvesAgainstFinalUrl()
{
    m_server->setRedirect("/old.asx", m_server->url("/new/list.asx").toEncoded());
    m_server->setBody("/new/list.asx", asx(entry("clip.wmv")));
    QString error;
    const Playlist p = load(m_server->url("/old.asx"), &error);
    QCOMPARE(error, QString());
    QCOMPARE(p.sourceUrl, m_server->url("/new/list.asx"));
    QCOMPARE(firstRefs(p), QStringList{m_server->url("/new/clip.wmv").toString()});
}

void tst_PlaylistLoader::topLevel404()
{
    QString error;
    load(m_server->url("/nothing.asx"), &error);
    QCOMPARE(error, m_server->url("/nothing.asx").toString() + QStringLiteral(": HTTP 404 Not Found"));
}

void tst_PlaylistLoader::nested404IsSkipped()
{
    m_server->setBody("/a.asx", asx(entry("mms://h/1") + entryRef("gone.asx") + entryRef("bad.asx")
                                    + entry("mms://h/2")));
    m_server->setBody("/bad.asx", "<ASX><ENTRY>");
    QString error;
    const Playlist p = load(m_server->url("/a.asx"), &error);
    QCOMPARE(error, QString());
    QCOMPARE(firstRefs(p), (QStringList{"mms://h/1", "mms://h/2"}));
    QCOMPARE(p.warnings,
             (QStringList{"ENTRYREF skipped: " + m_server->url("/gone.asx").toString() + ": HTTP 404 Not Found",
                          "ENTRYREF skipped: " + m_server->url("/bad.asx").toString()
                              + ": line 1, column 13: input ends inside <ENTRY> opened at line 1, column 6"}));
}

void tst_PlaylistLoader::oversizedByContentLength()
{
    TestHttpServer::Response huge;
    huge.mode = TestHttpServer::Mode::HugeLength;
    m_server->setResponse("/huge.asx", huge);
    QString error;
    // The server never sends the rest: only refusing on the header can end this before the timeout.
    load(m_server->url("/huge.asx"), &error);
    QCOMPARE(error, m_server->url("/huge.asx").toString()
                        + QStringLiteral(": response of 100000000 bytes is larger than the 1048576-byte limit"));
}

void tst_PlaylistLoader::oversizedWithoutLength()
{
    TestHttpServer::Response endless;
    endless.mode = TestHttpServer::Mode::EndlessBody;
    m_server->setResponse("/endless.asx", endless);
    PlaylistLoaderLimits limits;
    limits.maxBytes = 256 * 1024;
    QString error;
    load(m_server->url("/endless.asx"), &error, limits);
    QCOMPARE(error, m_server->url("/endless.asx").toString()
                        + QStringLiteral(": response is larger than the 262144-byte limit"));
    // The loader hung up long before the server's 64 MiB were out: it never waited for them all.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->streamClosedByPeer(), WaitMs);
    QVERIFY2(m_server->streamedBytes() < TestHttpServer::MaxStreamBytes,
             qPrintable(QString::number(m_server->streamedBytes())));
}

void tst_PlaylistLoader::loop()
{
    m_server->setBody("/a.asx", asx(entry("mms://h/1") + entryRef("b.asx")));
    m_server->setBody("/b.asx", asx(entry("mms://h/2") + entryRef("a.asx")));
    QString error;
    load(m_server->url("/a.asx"), &error);
    const QString a = m_server->url("/a.asx").toString();
    const QString b = m_server->url("/b.asx").toString();
    QCOMPARE(error, QStringLiteral("playlist loop: %1 -> %2 -> %1").arg(a, b));
    QCOMPARE(m_server->requests(), (QList<QByteArray>{"/a.asx", "/b.asx"}));
}

void tst_PlaylistLoader::loopThroughRedirect()
{
    m_server->setBody("/a.asx", asx(entry("mms://h/1") + entryRef("/to-a")));
    m_server->setRedirect("/to-a", m_server->url("/a.asx").toEncoded());
    QString error;
    load(m_server->url("/a.asx"), &error);
    const QString a = m_server->url("/a.asx").toString();
    QCOMPARE(error, QStringLiteral("playlist loop: %1 -> %1").arg(a));
}

void tst_PlaylistLoader::depthLimit_data()
{
    QTest::addColumn<int>("levels"); // nested playlists below the first one
    QTest::addColumn<bool>("ok");
    QTest::newRow("5 levels") << 5 << true;
    QTest::newRow("6 levels") << 6 << false;
}

void tst_PlaylistLoader::depthLimit()
{
    QFETCH(int, levels);
    QFETCH(bool, ok);
    for (int i = 0; i < levels; ++i) {
        const QByteArray next = "p" + QByteArray::number(i + 1) + ".asx";
        m_server->setBody("/p" + QByteArray::number(i) + ".asx",
                          asx(entry("mms://h/" + QByteArray::number(i)) + entryRef(next)));
    }
    m_server->setBody("/p" + QByteArray::number(levels) + ".asx", asx(entry("mms://h/last")));
    QString error;
    const Playlist p = load(m_server->url("/p0.asx"), &error);
    if (ok) {
        QCOMPARE(error, QString());
        QCOMPARE(p.entries.size(), levels + 1);
        QCOMPARE(p.entries.last().refs, QList<QUrl>{QUrl("mms://h/last")});
    } else {
        QCOMPARE(error, QStringLiteral("playlists nested more than 5 deep at %1")
                            .arg(m_server->url("/p6.asx").toString()));
        QCOMPARE(m_server->requests().size(), 6); // p6 was never fetched
    }
}

void tst_PlaylistLoader::totalEntryLimit()
{
    m_server->setBody("/a.asx", asx(entry("mms://h/1") + entry("mms://h/2") + entryRef("b.asx")));
    m_server->setBody("/b.asx", asx(entry("mms://h/3") + entry("mms://h/4") + entry("mms://h/5")));
    PlaylistLoaderLimits limits;
    limits.maxEntries = 4;
    QString error;
    load(m_server->url("/a.asx"), &error, limits);
    QCOMPARE(error, QStringLiteral("more than 4 entries in all playlists"));
    limits.maxEntries = 5;
    const Playlist p = load(m_server->url("/a.asx"), &error, limits);
    QCOMPARE(error, QString());
    QCOMPARE(p.entries.size(), 5);
}

void tst_PlaylistLoader::tooManyRedirects()
{
    m_server->setRedirect("/r1", m_server->url("/r2").toEncoded());
    m_server->setRedirect("/r2", m_server->url("/r1").toEncoded());
    PlaylistLoaderLimits limits;
    limits.maxRedirects = 3;
    QString error;
    load(m_server->url("/r1"), &error, limits);
    QCOMPARE(error, m_server->url("/r1").toString() + QStringLiteral(": more than 3 redirects"));
    QCOMPARE(m_server->requests().size(), 4); // the request and 3 redirects
}

void tst_PlaylistLoader::timeout()
{
    TestHttpServer::Response hang;
    hang.mode = TestHttpServer::Mode::Hang;
    m_server->setResponse("/slow.asx", hang);
    PlaylistLoaderLimits limits;
    limits.timeoutMs = 300;
    QString error;
    load(m_server->url("/slow.asx"), &error, limits);
    QCOMPARE(error, m_server->url("/slow.asx").toString() + QStringLiteral(": timed out after 300 ms without data"));
}

void tst_PlaylistLoader::mediaUrls()
{
    for (const char *u : {"mms://media.example.com/live", "mmst://h:1755/a.asf", "mmsh://h/x"}) {
        QString error;
        const Playlist p = load(QUrl(QLatin1String(u)), &error);
        QCOMPARE(error, QString());
        QCOMPARE(p.format, PlaylistFormat::UrlList);
        QCOMPARE(firstRefs(p), QStringList{QLatin1String(u)});
    }
    QVERIFY(m_server->requests().isEmpty());
    QString error;
    load(QUrl("ftp://h/list.asx"), &error);
    QCOMPARE(error, QStringLiteral("ftp://h/list.asx: cannot fetch a playlist over ftp://"));
}

void tst_PlaylistLoader::httpServesAsfMedia()
{
    const QByteArray guid("\x30\x26\xB2\x75\x8E\x66\xCF\x11\xA6\xD9\x00\xAA\x00\x62\xCE\x6C", 16);
    m_server->setBody("/clip.asf", guid + QByteArray(4000, '\0'));
    m_server->setBody("/a.asx", asx(entry("mms://h/1") + entryRef("clip.asf")));
    QString error;
    Playlist p = load(m_server->url("/clip.asf"), &error);
    QCOMPARE(error, QString());
    QCOMPARE(firstRefs(p), QStringList{m_server->url("/clip.asf").toString()});
    p = load(m_server->url("/a.asx"), &error);
    QCOMPARE(error, QString());
    QCOMPARE(firstRefs(p), (QStringList{"mms://h/1", m_server->url("/clip.asf").toString()}));
}

void tst_PlaylistLoader::referenceListOverHttp()
{
    QFile file(dataPath("reference.asx"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_server->setBody("/live.asx", file.readAll());
    QString error;
    const Playlist p = load(m_server->url("/live.asx"), &error);
    QCOMPARE(error, QString());
    QCOMPARE(p.format, PlaylistFormat::Reference);
    QCOMPARE(p.entries.size(), 1);
    QCOMPARE(p.entries[0].refs, (QList<QUrl>{QUrl("http://media.example.com/live?MSWMExt=.asf"),
                                             QUrl("mms://media.example.com/live")}));
}

void tst_PlaylistLoader::remotePlaylistCannotReadLocalFiles()
{
    const QUrl local = QUrl::fromLocalFile(dataPath("local-parent.asx"));
    m_server->setBody("/a.asx", asx(entry("mms://h/1") + entryRef(local.toEncoded())));
    QString error;
    const Playlist p = load(m_server->url("/a.asx"), &error);
    QCOMPARE(error, QString());
    QCOMPARE(firstRefs(p), QStringList{"mms://h/1"});
    QCOMPARE(p.warnings, QStringList{QStringLiteral("ENTRYREF skipped: %1 names a local file but %2 is not one")
                                         .arg(dataPath("local-parent.asx"), m_server->url("/a.asx").toString())});
}

void tst_PlaylistLoader::noPlayableEntries()
{
    m_server->setBody("/empty.asx", asx("<ENTRY><TITLE>no refs</TITLE></ENTRY>"));
    QString error;
    load(m_server->url("/empty.asx"), &error);
    QCOMPARE(error, m_server->url("/empty.asx").toString()
                        + QStringLiteral(": no playable entries (line 2: <ENTRY> without a usable REF skipped)"));
}

void tst_PlaylistLoader::abortAndReload()
{
    TestHttpServer::Response hang;
    hang.mode = TestHttpServer::Mode::Hang;
    m_server->setResponse("/slow.asx", hang);
    m_server->setBody("/fast.asx", asx(entry("mms://h/fast")));
    PlaylistLoader loader;
    QSignalSpy finished(&loader, &PlaylistLoader::finished);
    QSignalSpy failed(&loader, &PlaylistLoader::failed);
    loader.load(m_server->url("/slow.asx"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, WaitMs);
    QVERIFY(loader.isLoading());
    loader.load(m_server->url("/fast.asx")); // replaces the hanging load
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(firstRefs(finished.at(0).at(0).value<Playlist>()), QStringList{"mms://h/fast"});
    QVERIFY(!loader.isLoading());

    loader.load(QUrl("mms://h/x"));
    loader.abort(); // before the event loop answers: nothing may follow
    QVERIFY(!loader.isLoading());
    loader.load(QUrl("mms://h/y"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, WaitMs);
    QCOMPARE(firstRefs(finished.at(1).at(0).value<Playlist>()), QStringList{"mms://h/y"});
    QCOMPARE(failed.size(), 0);
}

QTEST_GUILESS_MAIN(tst_PlaylistLoader)
#include "tst_playlistloader.moc"
