// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asfheaderparser.h"
#include "core/session/mmssession.h"
#include "testserver.h"
#include "ui/mainwindow.h"
#include "ui/streamrecorder.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// File → Save Stream As: the file is a valid ASF file holding what was played.
class tst_SaveStream : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void savedFromTheStartHasEveryFrame();
    void savedMidwayHoldsThePacketsFromThen();

private:
    // ffprobe's frame count per stream type ("video=125 audio=107"), or the error it printed.
    static QString probeFrames(const QString &path);
    static asf::HeaderParseResult parseFile(const QString &path, qint64 *fileSize);
};

void tst_SaveStream::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

QString tst_SaveStream::probeFrames(const QString &path)
{
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"),
                  { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                    QStringLiteral("-show_entries"),
                    QStringLiteral("stream=codec_type,nb_read_frames"), QStringLiteral("-of"),
                    QStringLiteral("csv=p=0"), path });
    if (!ffprobe.waitForFinished(30000) || ffprobe.exitCode() != 0)
        return QStringLiteral("ffprobe failed: ") + QString::fromUtf8(ffprobe.readAllStandardError());
    QStringList counts;
    const QList<QByteArray> lines = ffprobe.readAllStandardOutput().trimmed().split('\n');
    for (const QByteArray &line : lines)
        counts.append(QString::fromUtf8(line.trimmed()).replace(QLatin1Char(','), QLatin1Char('=')));
    return counts.join(QLatin1Char(' '));
}

asf::HeaderParseResult tst_SaveStream::parseFile(const QString &path, qint64 *fileSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    *fileSize = bytes.size();
    return asf::parseHeader(bytes, true);
}

void tst_SaveStream::savedFromTheStartHasEveryFrame()
{
    TestServer server(MmsServerConfig::Pace::Burst);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.wmv"));
    MmsSession session;
    MainWindow window(&session);
    StreamRecorder *recorder = window.recorder();
    QSignalSpy finished(recorder, &StreamRecorder::finished);
    QSignalSpy failed(recorder, &StreamRecorder::errorOccurred);

    // Saved as soon as it is opened: the header comes first, then every packet.
    window.openUrl(server.url(QStringLiteral("clip.wmv")));
    QVERIFY(window.startRecording(path));
    QVERIFY(recorder->isRecording());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!recorder->isRecording());
    const quint64 packets = session.header().file.dataPacketsCount;
    QCOMPARE(finished.at(0).at(0).toString(), path);
    QCOMPARE(finished.at(0).at(1).value<quint64>(), packets);

    // The header parses and describes exactly what the file holds.
    qint64 size = 0;
    const asf::HeaderParseResult parsed = parseFile(path, &size);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.header.file.dataPacketsCount, packets);
    QCOMPARE(parsed.header.totalDataPackets, packets);
    QCOMPARE(quint64(size), parsed.header.file.fileSize);
    QCOMPARE(size, parsed.header.mmsHeaderSize() + qint64(packets) * session.header().packetSize());
    QCOMPARE(parsed.header.streams.size(), session.header().streams.size());

    // An independent demuxer finds every frame of the source.
    const QString source = probeFrames(QStringLiteral(MMS_MEDIA_DIR "/clip.wmv"));
    QCOMPARE(source, QStringLiteral("video=125 audio=107"));
    QCOMPARE(probeFrames(path), source);
}

void tst_SaveStream::savedMidwayHoldsThePacketsFromThen()
{
    TestServer server(MmsServerConfig::Pace::Realtime);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("part.wmv"));
    MmsSession session;
    MainWindow window(&session);
    StreamRecorder *recorder = window.recorder();
    QSignalSpy finished(recorder, &StreamRecorder::finished);
    window.openUrl(server.url(QStringLiteral("clip.wmv")));
    QTRY_VERIFY_WITH_TIMEOUT(session.packetsReceived() >= 10, 60000);

    const quint64 before = session.packetsReceived();
    QVERIFY(window.startRecording(path));
    QTRY_VERIFY_WITH_TIMEOUT(session.packetsReceived() >= before + 10, 60000);
    recorder->stop();
    QCOMPARE(finished.size(), 1);
    const quint64 written = finished.at(0).at(1).value<quint64>();
    QVERIFY(written >= 10);
    QVERIFY(written < session.header().file.dataPacketsCount);

    qint64 size = 0;
    const asf::HeaderParseResult parsed = parseFile(path, &size);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.header.file.dataPacketsCount, written);
    QCOMPARE(size, parsed.header.mmsHeaderSize() + qint64(written) * session.header().packetSize());
    QVERIFY2(!probeFrames(path).startsWith(QStringLiteral("ffprobe failed")),
             qPrintable(probeFrames(path)));
}

QTEST_MAIN(tst_SaveStream)
#include "tst_savestream.moc"
