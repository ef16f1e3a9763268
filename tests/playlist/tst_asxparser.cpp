// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/playlist/asxparser.h"
#include "playlisttestutil.h"

#include <QTest>

using namespace playlisttest;

class tst_AsxParser : public QObject
{
    Q_OBJECT

private slots:
    void everyElement();
    void wildFile();
    void caseInsensitive_data();
    void caseInsensitive();
    void attributeForms_data();
    void attributeForms();
    void entities_data();
    void entities();
    void markupSkipped();
    void baseResolution_data();
    void baseResolution();
    void refsKeepOrder();
    void entryRefsInPlace();
    void repeat_data();
    void repeat();
    void warnings_data();
    void warnings();
    void limits_data();
    void limits();
    void malformed_data();
    void malformed();
    void hostileInputs();
};

void tst_AsxParser::everyElement()
{
    const AsxParseResult r = AsxParser::parse(readData("full.asx"), Source);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    const Playlist &p = r.playlist;
    QCOMPARE(p.format, PlaylistFormat::Asx);
    QCOMPARE(p.sourceUrl, Source);
    QCOMPARE(p.title, QStringLiteral("Station Playlist"));
    QCOMPARE(p.author, QStringLiteral("Example Radio"));
    QCOMPARE(p.copyright, QStringLiteral("(c) 2004 Example Radio"));
    QCOMPARE(p.abstract, QStringLiteral("Morning shows, rebroadcast"));
    QCOMPARE(p.params, (QList<PlaylistParam>{{QStringLiteral("Station"), QStringLiteral("ER1")}}));
    QCOMPARE(p.warnings, QStringList());
    QCOMPARE(refsOf(p), (QStringList{
        QStringLiteral("mms://media.example.com/shows/news.asf|mmst://backup.example.com/news.asf|"
                       "http://media.example.com/news.asf?MSWMExt=.asf"),
        QStringLiteral("entryref:http://lists.example.com/ads.asx"),
        QStringLiteral("mms://media.example.com/shows/jingle.wma"),
        QStringLiteral("mms://media.example.com/shows/jingle.wma"),
        QStringLiteral("mms://archive.example.com/old/show1.wmv"),
    }));
    const PlaylistEntry &news = p.entries[0];
    QCOMPARE(news.title, QStringLiteral("News"));
    QCOMPARE(news.author, QStringLiteral("News Desk"));
    QCOMPARE(news.copyright, QStringLiteral("(c) News Desk"));
    QCOMPARE(news.abstract, QStringLiteral("Headlines")); // not the BANNER's ABSTRACT
    QCOMPARE(news.params, (QList<PlaylistParam>{{QStringLiteral("Genre"), QStringLiteral("News")},
                                                {QStringLiteral("Live"), QString()}}));
    QVERIFY(!news.isEntryRef());
    QVERIFY(p.entries[1].isEntryRef());
    QCOMPARE(p.entries[1].title, QString());
    QCOMPARE(p.entries[2].title, QStringLiteral("Jingle"));
    QCOMPARE(p.entries[3].title, QStringLiteral("Jingle"));
    QCOMPARE(p.entries[4].title, QStringLiteral("Archive"));
}

void tst_AsxParser::wildFile()
{
    // Lower case, unquoted values, raw '&' in a URL, unclosed REF, mismatched-case end tags, CRLF.
    const AsxParseResult r = AsxParser::parse(readData("wild.asx"), Source);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QCOMPARE(r.playlist.title, QStringLiteral("Wild & Free FM"));
    QCOMPARE(r.playlist.entries.size(), 2);
    QCOMPARE(r.playlist.entries[0].title, QStringLiteral("Live"));
    QCOMPARE(refsOf(r.playlist), (QStringList{
        QStringLiteral("mms://live.example.com/wild?id=7&user=guest|"
                       "http://live.example.com/wild?id=7&fmt=asf"),
        QStringLiteral("mms://live.example.com/WILD2"),
    }));
    QCOMPARE(r.playlist.warnings, QStringList());
}

void tst_AsxParser::caseInsensitive_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("upper") << QByteArray("<ASX><ENTRY><TITLE>T</TITLE><REF HREF=\"mms://h/a\"/></ENTRY></ASX>");
    QTest::newRow("lower") << QByteArray("<asx><entry><title>T</title><ref href=\"mms://h/a\"/></entry></asx>");
    QTest::newRow("mixed") << QByteArray("<Asx><eNtRy><TiTlE>T</tItLe><rEf HrEf=\"mms://h/a\"/></EnTrY></aSx>");
    QTest::newRow("end tags differ") << QByteArray("<ASX><Entry><title>T</TITLE><REF href=\"mms://h/a\"/></ENTRY></asx>");
}

void tst_AsxParser::caseInsensitive()
{
    QFETCH(QByteArray, input);
    const AsxParseResult r = AsxParser::parse(input, Source);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QCOMPARE(r.playlist.entries.size(), 1);
    QCOMPARE(r.playlist.entries[0].title, QStringLiteral("T"));
    QCOMPARE(urls(r.playlist.entries[0].refs), QStringList{QStringLiteral("mms://h/a")});
}

void tst_AsxParser::attributeForms_data()
{
    QTest::addColumn<QByteArray>("ref");
    QTest::addColumn<QString>("expected");
    QTest::newRow("double") << QByteArray("<REF HREF=\"mms://h/a b\"/>") << "mms://h/a%20b";
    QTest::newRow("single") << QByteArray("<REF HREF='mms://h/\"q\"'/>") << "mms://h/%22q%22";
    QTest::newRow("unquoted") << QByteArray("<REF HREF=mms://h/x?a=1&b=2>") << "mms://h/x?a=1&b=2";
    QTest::newRow("unquoted, space") << QByteArray("<REF HREF=mms://h/x />") << "mms://h/x";
    QTest::newRow("spaces around =") << QByteArray("<REF HREF = \"mms://h/y\" >") << "mms://h/y";
    QTest::newRow("newlines in tag") << QByteArray("<REF\n\tHREF=\"mms://h/z\"\n/>") << "mms://h/z";
    QTest::newRow("with end tag") << QByteArray("<REF HREF=\"mms://h/w\"></REF>") << "mms://h/w";
    QTest::newRow("value trimmed") << QByteArray("<REF HREF=\"  mms://h/t  \"/>") << "mms://h/t";
}

void tst_AsxParser::attributeForms()
{
    QFETCH(QByteArray, ref);
    QFETCH(QString, expected);
    const AsxParseResult r = AsxParser::parse(asx("<ENTRY>" + ref + "</ENTRY>"), Source);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QCOMPARE(refsOf(r.playlist), QStringList{expected});
}

void tst_AsxParser::entities_data()
{
    QTest::addColumn<QByteArray>("title");
    QTest::addColumn<QString>("expected");
    QTest::newRow("amp") << QByteArray("Tom &amp; Jerry") << "Tom & Jerry";
    QTest::newRow("bare &") << QByteArray("Tom & Jerry") << "Tom & Jerry";
    QTest::newRow("predefined") << QByteArray("&lt;&gt;&quot;&apos;") << "<>\"'";
    QTest::newRow("upper-case name") << QByteArray("A &AMP; B") << "A & B";
    QTest::newRow("decimal") << QByteArray("&#65;&#66;") << "AB";
    QTest::newRow("hex") << QByteArray("&#x263A;") << QString(QChar(0x263A));
    QTest::newRow("astral") << QByteArray("&#x1F600;") << QString::fromUcs4(U"\U0001F600", 1);
    QTest::newRow("unknown kept") << QByteArray("&copy; 2004") << "&copy; 2004";
    QTest::newRow("no semicolon") << QByteArray("a &amp b") << "a &amp b";
    QTest::newRow("cdata") << QByteArray("<![CDATA[<b>&amp;</b>]]>") << "<b>&amp;</b>";
}

void tst_AsxParser::entities()
{
    QFETCH(QByteArray, title);
    QFETCH(QString, expected);
    const AsxParseResult r = AsxParser::parse(asx("<TITLE>" + title + "</TITLE>" + entries(1)), Source);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QCOMPARE(r.playlist.title, expected);
}

void tst_AsxParser::markupSkipped()
{
    const QByteArray input = "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!DOCTYPE asx>\n<!-- a -->"
                             "<ASX><!----><TITLE>A<!-- not text -->B</TITLE>"
                             "<ENTRY><!-- <REF HREF=\"mms://h/hidden\"/> --><REF HREF=\"mms://h/seen\"/>"
                             "</ENTRY><UNKNOWN a=\"1\"><ENTRYX><REF HREF=\"mms://h/no\"/></ENTRYX></UNKNOWN>"
                             "</ASX>\n<!-- trailing comment -->\n";
    const AsxParseResult r = AsxParser::parse(input, Source);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QCOMPARE(r.playlist.title, QStringLiteral("AB"));
    QCOMPARE(refsOf(r.playlist), QStringList{QStringLiteral("mms://h/seen")});
    QCOMPARE(r.playlist.warnings, QStringList{QStringLiteral("line 3: <REF> outside <ENTRY> ignored")});
}

void tst_AsxParser::baseResolution_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QUrl>("source");
    QTest::addColumn<QStringList>("expected");
    const QUrl none;
    QTest::newRow("playlist URL") << asx("<ENTRY><REF HREF=\"clip.wmv\"/></ENTRY>") << Source
                                  << QStringList{"http://example.com/lists/clip.wmv"};
    QTest::newRow("root-relative") << asx("<ENTRY><REF HREF=\"/media/clip.wmv\"/></ENTRY>") << Source
                                   << QStringList{"http://example.com/media/clip.wmv"};
    QTest::newRow("ASX BASE") << asx("<BASE HREF=\"mms://m.example.com/dir/\"/><ENTRY><REF HREF=\"c.wmv\"/></ENTRY>")
                              << Source << QStringList{"mms://m.example.com/dir/c.wmv"};
    QTest::newRow("BASE after entries") << asx("<ENTRY><REF HREF=\"c.wmv\"/></ENTRY><BASE HREF=\"mms://m/d/\"/>")
                                        << Source << QStringList{"mms://m/d/c.wmv"};
    QTest::newRow("relative BASE") << asx("<BASE HREF=\"sub/\"/><ENTRY><REF HREF=\"c.wmv\"/></ENTRY>")
                                   << Source << QStringList{"http://example.com/lists/sub/c.wmv"};
    QTest::newRow("ENTRY BASE wins") << asx("<BASE HREF=\"mms://a/x/\"/><ENTRY><BASE HREF=\"mms://b/y/\"/><REF HREF=\"c.wmv\"/></ENTRY>"
                                            "<ENTRY><REF HREF=\"d.wmv\"/></ENTRY>")
                                     << Source << QStringList{"mms://b/y/c.wmv", "mms://a/x/d.wmv"};
    QTest::newRow("absolute ignores BASE") << asx("<BASE HREF=\"mms://a/x/\"/><ENTRY><REF HREF=\"mmst://o/c.wmv\"/></ENTRY>")
                                           << Source << QStringList{"mmst://o/c.wmv"};
    QTest::newRow("backslashes") << asx("<ENTRY><REF HREF=\"media\\clip.wmv\"/></ENTRY>") << Source
                                 << QStringList{"http://example.com/lists/media/clip.wmv"};
    QTest::newRow("dot segments") << asx("<ENTRY><REF HREF=\"../up/clip.wmv\"/></ENTRY>") << Source
                                  << QStringList{"http://example.com/up/clip.wmv"};
    QTest::newRow("local file") << asx("<ENTRY><REF HREF=\"clip.wmv\"/></ENTRY>")
                                << QUrl::fromLocalFile(QStringLiteral("/srv/lists/a.asx"))
                                << QStringList{"file:///srv/lists/clip.wmv"};
    QTest::newRow("no source, BASE") << asx("<BASE HREF=\"mms://a/x/\"/><ENTRY><REF HREF=\"c.wmv\"/></ENTRY>")
                                     << none << QStringList{"mms://a/x/c.wmv"};
    QTest::newRow("no source, absolute") << asx("<ENTRY><REF HREF=\"mms://a/c.wmv\"/></ENTRY>") << none
                                         << QStringList{"mms://a/c.wmv"};
}

void tst_AsxParser::baseResolution()
{
    QFETCH(QByteArray, input);
    QFETCH(QUrl, source);
    QFETCH(QStringList, expected);
    const AsxParseResult r = AsxParser::parse(input, source);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QCOMPARE(refsOf(r.playlist), expected);
    QCOMPARE(r.playlist.warnings, QStringList());
}

void tst_AsxParser::refsKeepOrder()
{
    QByteArray entry = "<ENTRY>";
    QStringList expected;
    for (int i = 9; i >= 0; --i) {
        entry += "<REF HREF=\"mms://h/" + QByteArray::number(i) + "\"/>";
        expected.append(QStringLiteral("mms://h/%1").arg(i));
    }
    const AsxParseResult r = AsxParser::parse(asx(entry + "</ENTRY>"), Source);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QCOMPARE(r.playlist.entries.size(), 1);
    QCOMPARE(urls(r.playlist.entries[0].refs), expected);
}

void tst_AsxParser::entryRefsInPlace()
{
    const AsxParseResult r = AsxParser::parse(
        asx("<ENTRY><REF HREF=\"mms://h/1\"/></ENTRY><ENTRYREF HREF=\"more.asx\"/>"
            "<ENTRYREF HREF=\"http://o/x.wvx\"></ENTRYREF><ENTRY><REF HREF=\"mms://h/2\"/></ENTRY>"),
        Source);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QCOMPARE(refsOf(r.playlist), (QStringList{"mms://h/1", "entryref:http://example.com/lists/more.asx",
                                              "entryref:http://o/x.wvx", "mms://h/2"}));
    QCOMPARE(r.playlist.entries[1].refs, QList<QUrl>());
}

void tst_AsxParser::repeat_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("maxEntries");
    QTest::addColumn<QString>("expected"); // ref paths, space-separated
    QTest::addColumn<QStringList>("warnings");
    const QByteArray a = "<ENTRY><REF HREF=\"mms://h/a\"/></ENTRY>";
    const QByteArray b = "<ENTRY><REF HREF=\"mms://h/b\"/></ENTRY>";
    const QByteArray c = "<ENTRY><REF HREF=\"mms://h/c\"/></ENTRY>";
    QTest::newRow("count 2") << a + "<REPEAT COUNT=\"2\">" + b + c + "</REPEAT>" + a << 1000
                             << "a b c b c a" << QStringList();
    QTest::newRow("count 1") << "<REPEAT COUNT=\"1\">" + b + "</REPEAT>" << 1000 << "b" << QStringList();
    QTest::newRow("count 0 plays once") << "<REPEAT COUNT=\"0\">" + b + "</REPEAT>" << 1000 << "b"
                                        << QStringList();
    QTest::newRow("count with spaces") << "<REPEAT COUNT=\" 3 \">" + b + "</REPEAT>" << 1000 << "b b b"
                                       << QStringList();
    QTest::newRow("entryref repeated") << QByteArray("<REPEAT COUNT=\"2\"><ENTRYREF HREF=\"mms://h/r\"/></REPEAT>")
                                       << 1000 << "r r" << QStringList();
    QTest::newRow("no count") << "\n<REPEAT>" + b + "</REPEAT>" << 1000 << "b"
                              << QStringList{"line 3: <REPEAT> without COUNT (forever) plays once"};
    QTest::newRow("not a number") << "\n<REPEAT COUNT=\"-2\">" + b + "</REPEAT>" << 1000 << "b"
                                  << QStringList{"line 3: <REPEAT> COUNT \"-2\" is not a number; plays once"};
    QTest::newRow("second repeat once") << "<REPEAT COUNT=\"2\">" + a + "</REPEAT>\n<REPEAT COUNT=\"3\">"
                                               + b + "</REPEAT>"
                                        << 1000 << "a a b"
                                        << QStringList{"line 3: only the first <REPEAT> counts; this one plays once"};
    QTest::newRow("huge count cut") << a + "<REPEAT COUNT=\"99999999999999999999\">" + b + c + "</REPEAT>" + a
                                    << 9 << "a b c b c b c a"
                                    << QStringList{"<REPEAT> COUNT cut to 3: a playlist holds at most 9 entries"};
    QTest::newRow("skipped entry not repeated") << "<REPEAT COUNT=\"2\">" + b + "<ENTRY></ENTRY></REPEAT>"
                                                << 1000 << "b b"
                                                << QStringList{"line 2: <ENTRY> without a usable REF skipped"};
}

void tst_AsxParser::repeat()
{
    QFETCH(QByteArray, body);
    QFETCH(int, maxEntries);
    QFETCH(QString, expected);
    QFETCH(QStringList, warnings);
    AsxParseLimits limits;
    limits.maxEntries = maxEntries;
    const AsxParseResult r = AsxParser::parse(asx(body), Source, limits);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QStringList paths;
    for (const PlaylistEntry &e : r.playlist.entries)
        paths.append(e.isEntryRef() ? e.entryRef.path().mid(1) : e.refs.value(0).path().mid(1));
    QCOMPARE(paths.join(u' '), expected);
    QCOMPARE(r.playlist.warnings, warnings);
}

void tst_AsxParser::warnings_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("entryCount");
    QTest::addColumn<QStringList>("warnings");
    QTest::newRow("entry without ref") << QByteArray("<ENTRY><TITLE>x</TITLE></ENTRY>") << 0
                                       << QStringList{"line 2: <ENTRY> without a usable REF skipped"};
    QTest::newRow("ref without href") << QByteArray("<ENTRY><REF SRC=\"x\"/><REF HREF=\"mms://h/a\"/></ENTRY>") << 1
                                      << QStringList{"line 2: <REF> without HREF ignored"};
    QTest::newRow("ref outside entry") << QByteArray("<REF HREF=\"mms://h/a\"/>") << 0
                                       << QStringList{"line 2: <REF> outside <ENTRY> ignored"};
    QTest::newRow("relative, no base") << QByteArray("<ENTRY><REF HREF=\"a.wmv\"/></ENTRY>") << 0
                                       << QStringList{"line 2: <REF> ignored: relative URL \"a.wmv\" and no base URL",
                                                      "line 2: <ENTRY> without a usable REF skipped"};
    QTest::newRow("empty href") << QByteArray("<ENTRY><REF HREF=\"\"/><REF HREF=\"mms://h/a\"/></ENTRY>") << 1
                                << QStringList{"line 2: <REF> ignored: empty URL"};
    QTest::newRow("entryref without href") << QByteArray("<ENTRYREF/>") << 0
                                           << QStringList{"line 2: <ENTRYREF> without HREF ignored"};
    QTest::newRow("param without name") << QByteArray("<PARAM VALUE=\"1\"/>") << 0
                                        << QStringList{"line 2: <PARAM> without NAME ignored"};
    QTest::newRow("base in ref place") << QByteArray("<X><BASE HREF=\"mms://h/\"/></X>") << 0
                                       << QStringList{"line 2: <BASE> inside <X> ignored"};
}

void tst_AsxParser::warnings()
{
    QFETCH(QByteArray, body);
    QFETCH(int, entryCount);
    QFETCH(QStringList, warnings);
    const AsxParseResult r = AsxParser::parse(asx(body), QUrl());
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QCOMPARE(r.playlist.entries.size(), entryCount);
    QCOMPARE(r.playlist.warnings, warnings);
}

void tst_AsxParser::limits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("error");
    QByteArray deep = "<ASX>";
    for (int i = 0; i < 31; ++i)
        deep += "<X>";
    QTest::newRow("1000 entries") << asx(entries(1000)) << true << QString();
    QTest::newRow("1001 entries") << asx(entries(1001)) << false << "line 1002, column 1: more than 1000 entries";
    QTest::newRow("depth 32") << deep + "</ASX>" << false
                              << "line 1, column 99: </ASX> does not close <X> opened at line 1, column 96";
    QTest::newRow("depth 33") << deep + "<Y>" << false << "line 1, column 99: elements nested more than 32 deep";
    QByteArray manyRefs = "<ENTRY>";
    for (int i = 0; i < 1001; ++i)
        manyRefs += "<REF HREF=\"mms://h/\"/>";
    QTest::newRow("1001 refs") << asx(manyRefs + "</ENTRY>") << false
                               << "line 2, column 22008: more than 1000 REFs in one ENTRY";
    QTest::newRow("over 1 MiB") << asx("<!--" + QByteArray(1024 * 1024, ' ') + "-->") << false
                                << "playlist is larger than 1048576 bytes";
}

void tst_AsxParser::limits()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    QFETCH(QString, error);
    const AsxParseResult r = AsxParser::parse(input, Source);
    QCOMPARE(r.ok, ok);
    QCOMPARE(r.errorString(), error);
    if (ok)
        QCOMPARE(r.playlist.entries.size(), 1000);
}

void tst_AsxParser::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << "playlist is empty";
    QTest::newRow("whitespace") << QByteArray(" \r\n\t") << "playlist is empty";
    QTest::newRow("asf media") << QByteArray("\x30\x26\xB2\x75\x8E\x66\xCF\x11\xA6\xD9\x00\xAA\x00\x62\xCE\x6C", 16)
                               << "this is ASF media, not a playlist";
    QTest::newRow("not a playlist") << QByteArray("\n  hello world") << "line 2, column 3: not an ASX playlist, [Reference] list or URL";
    QTest::newRow("html") << QByteArray("<html><body>404</body></html>") << "line 1, column 1: the root element is <HTML>, not <ASX>";
    QTest::newRow("no root") << QByteArray("<!-- only -->") << "line 1, column 14: no <ASX> element";
    QTest::newRow("text before root") << QByteArray("<!-- c -->junk<ASX></ASX>") << "line 1, column 11: text before <ASX>";
    QTest::newRow("truncated") << QByteArray("<ASX>\n<ENTRY>\n<REF HREF=\"mms://h/a\"/>") << "line 3, column 24: input ends inside <ENTRY> opened at line 2, column 1";
    QTest::newRow("mismatched") << QByteArray("<ASX><ENTRY><TITLE>x</ENTRY></ASX>") << "line 1, column 21: </ENTRY> does not close <TITLE> opened at line 1, column 13";
    QTest::newRow("stray end tag") << QByteArray("</ASX>") << "line 1, column 1: </ASX> without a start tag";
    QTest::newRow("entry in entry") << QByteArray("<ASX><ENTRY><ENTRY>") << "line 1, column 13: <ENTRY> inside <ENTRY>";
    QTest::newRow("repeat in repeat") << QByteArray("<ASX><REPEAT><REPEAT>") << "line 1, column 14: <REPEAT> inside <REPEAT>";
    QTest::newRow("asx in asx") << QByteArray("<ASX><ENTRY><ASX>") << "line 1, column 13: <ASX> inside <ENTRY>";
    QTest::newRow("tag not closed") << QByteArray("<ASX><ENTRY") << "line 1, column 6: tag <ENTRY> is not closed with '>'";
    QTest::newRow("end tag not closed") << QByteArray("<ASX></ASX") << "line 1, column 6: end tag </ASX> is not closed with '>'";
    QTest::newRow("end tag without name") << QByteArray("<ASX></ >") << "line 1, column 6: '</' is not followed by an element name";
    QTest::newRow("lone <") << QByteArray("<ASX>\n  < ENTRY>") << "line 2, column 3: '<' is not followed by an element name";
    QTest::newRow("comment not closed") << QByteArray("<ASX><!-- forever") << "line 1, column 6: comment is not closed";
    QTest::newRow("cdata not closed") << QByteArray("<ASX><TITLE><![CDATA[x") << "line 1, column 13: CDATA section is not closed";
    QTest::newRow("pi not closed") << QByteArray("<?xml version") << "line 1, column 1: <? processing instruction is not closed";
    QTest::newRow("doctype not closed") << QByteArray("<!DOCTYPE asx") << "line 1, column 1: <! declaration is not closed";
    QTest::newRow("quote not closed") << QByteArray("<ASX><ENTRY><REF HREF=\"mms://h/a/>") << "line 1, column 23: value of attribute HREF in <REF> is not closed";
    QTest::newRow("attribute without value") << QByteArray("<ASX VERSION>") << "line 1, column 6: attribute VERSION in <ASX> has no value";
    QTest::newRow("attribute with empty value") << QByteArray("<ASX VERSION=>") << "line 1, column 6: attribute VERSION in <ASX> has no value";
    QTest::newRow("duplicate attribute") << QByteArray("<ASX><ENTRY><REF HREF=\"a\" href=\"b\"/>") << "line 1, column 27: attribute HREF appears twice in <REF>";
    QTest::newRow("garbage in tag") << QByteArray("<ASX \"3.0\">") << "line 1, column 6: unexpected '\"' in tag <ASX>";
    QTest::newRow("bad char ref") << QByteArray("<ASX><TITLE>&#0;</TITLE>") << "line 1, column 13: invalid character reference &#0;";
    QTest::newRow("surrogate ref") << QByteArray("<ASX><REF HREF=\"&#xD800;\"/>") << "line 1, column 17: invalid character reference &#xD800;";
    QTest::newRow("out of range ref") << QByteArray("<ASX><TITLE>&#x110000;</TITLE>") << "line 1, column 13: invalid character reference &#x110000;";
}

void tst_AsxParser::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    const AsxParseResult r = AsxParser::parse(input, Source);
    QVERIFY(!r.ok);
    QCOMPARE(r.errorString(), error);
}

void tst_AsxParser::hostileInputs()
{
    // Near the 1 MiB limit, each built to hit one possible blow-up: recursion over comments,
    // quadratic attribute checks, unbounded warnings. A hang here is caught by the ctest timeout.
    const int n = 1000 * 1000;
    QByteArray comments = "<ASX><TITLE>a";
    for (int i = 0; i < (n - 40) / 7; ++i)
        comments += "<!---->";
    AsxParseResult r = AsxParser::parse(comments + "b</TITLE>" + entries(1) + "</ASX>", Source);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QCOMPARE(r.playlist.title, QStringLiteral("ab"));

    QByteArray attributes = "<ASX><ENTRY><REF";
    for (int i = 0; i < 33; ++i)
        attributes += " A" + QByteArray::number(i) + "=1";
    r = AsxParser::parse(attributes + "/>", Source);
    QCOMPARE(r.errorString(), QStringLiteral("line 1, column 200: more than 32 attributes in <REF>"));

    QByteArray strayRefs = "<ASX>";
    const QByteArray stray = "<REF HREF=mms://h/>\n";
    for (int i = 0; i < n / stray.size(); ++i)
        strayRefs += stray;
    r = AsxParser::parse(strayRefs + "</ASX>", Source);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QCOMPARE(r.playlist.warnings.size(), 21);
    QCOMPARE(r.playlist.warnings.at(19), QStringLiteral("line 20: <REF> outside <ENTRY> ignored"));
    QCOMPARE(r.playlist.warnings.at(20),
             QStringLiteral("... and %1 more warnings").arg(n / stray.size() - 20));

    const QByteArray ampersands = "<ASX><TITLE>" + QByteArray(n, '&') + "</TITLE></ASX>";
    r = AsxParser::parse(ampersands, Source);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QCOMPARE(r.playlist.title.size(), n);

    QByteArray unknown = "<ASX>";
    for (int i = 0; i < n / 10; ++i)
        unknown += "<X a=1 />\n";
    r = AsxParser::parse(unknown + "</ASX>", Source);
    QVERIFY2(r.ok, qPrintable(r.errorString()));
    QCOMPARE(r.playlist.entries.size(), 0);
    QCOMPARE(r.playlist.warnings, QStringList());
}

QTEST_GUILESS_MAIN(tst_AsxParser)
#include "tst_asxparser.moc"
