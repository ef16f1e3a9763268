// SPDX-License-Identifier: GPL-3.0-or-later
// mms-ttff: time to first video frame over MMS, through the app's own path: MmsSession ->
// AsfStreamBuffer -> QMediaPlayer (setSourceDevice, "stream.asf") -> QVideoSink. Runs
// offscreen (no window needed). Not a test: it prints times, it never passes or fails.
//
//   mms-ttff URL [--fast-start 0|1] [--buffering-ms N] [--timeout-ms N] [--play-seconds N]
//
// --play-seconds N keeps playing for N s instead of quitting at the first frame (figure 4: the
// app's decode path with frames going to a QVideoSink only, no window).
//
// --buffering-ms is the app's "buffering" setting (PlaybackController: the player gets the
// buffer once that much content, by ASF send time, has arrived; 0 = at once). Default 0.
// Prints milestones in ms since the process started, and one line
//   RESULT first_frame_ms=... fast_start=... buffering_ms=... buffer_peak_bytes=...
// (first_frame_ms = -1 if no frame came within --timeout-ms).

#include "core/asf/asfpacket.h"
#include "core/buffer/asfstreambuffer.h"
#include "core/session/mmssession.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

#include <cstdio>
#include <ctime>

namespace {

double nowMs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double processStartMs()
{
    // Process start time from /proc/self/stat (field 22, clock ticks since boot) and the boot
    // time of CLOCK_MONOTONIC's epoch (both count from boot on Linux).
    FILE *f = fopen("/proc/self/stat", "r");
    if (!f)
        return nowMs();
    char line[4096];
    const size_t n = fread(line, 1, sizeof line - 1, f);
    fclose(f);
    line[n] = 0;
    const char *p = strrchr(line, ')');
    int field = 2;
    unsigned long long start = 0;
    for (const char *q = p ? p + 1 : line; *q; ++q) {
        if (*q == ' ' && ++field == 22) {
            start = strtoull(q + 1, nullptr, 10);
            break;
        }
    }
    timespec boot;
    clock_gettime(CLOCK_BOOTTIME, &boot);
    timespec mono;
    clock_gettime(CLOCK_MONOTONIC, &mono);
    // CLOCK_MONOTONIC excludes suspend; on a server that never sleeps they agree.
    const double bootMs = double(boot.tv_sec) * 1e3 + double(boot.tv_nsec) / 1e6;
    const double monoMs = double(mono.tv_sec) * 1e3 + double(mono.tv_nsec) / 1e6;
    return double(start) * 1000.0 / double(sysconf(_SC_CLK_TCK)) - (bootMs - monoMs);
}

} // namespace

int main(int argc, char **argv)
{
    const double t0 = processStartMs();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        fprintf(stderr, "usage: mms-ttff URL [--fast-start 0|1] [--buffering-ms N] [--timeout-ms N]\n");
        return 2;
    }
    const QUrl url(args.at(1));
    bool fastStart = true;
    int bufferingMs = 0;
    int timeoutMs = 20000;
    int playSeconds = 0; // > 0: keep playing this long instead of quitting at the first frame
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--fast-start"))
            fastStart = args.at(i + 1).toInt() != 0;
        else if (args.at(i) == QLatin1String("--buffering-ms"))
            bufferingMs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--timeout-ms"))
            timeoutMs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--play-seconds"))
            playSeconds = args.at(i + 1).toInt();
    }
    auto mark = [t0](const char *what) { printf("%8.1f ms  %s\n", nowMs() - t0, what); };
    mark("main() (Qt started)");

    MmsSession session;
    session.setFastStart(fastStart);
    QMediaPlayer player;
    QVideoSink sink;
    player.setVideoSink(&sink);
    AsfStreamBuffer *buffer = nullptr;
    asf::Header header;
    bool playerStarted = false;
    bool haveFirst = false;
    quint32 firstSendTime = 0;
    double firstFrame = -1;

    auto startPlayer = [&] {
        if (playerStarted)
            return;
        playerStarted = true;
        mark("QMediaPlayer::play()");
        player.setSourceDevice(buffer, QUrl(QStringLiteral("stream.asf")));
        player.play();
    };

    QObject::connect(&session, &MmsSession::connected, [&] { mark("ReportConnectedEX"); });
    QObject::connect(&session, &MmsSession::headerReceived, [&](const asf::Header &h, const QByteArray &bytes) {
        mark("header received");
        header = h;
        buffer = new AsfStreamBuffer(&app);
        buffer->setBitrate(h.totalBitrate());
        QObject::connect(buffer, &AsfStreamBuffer::backpressureChanged, &session, &MmsSession::setReadingPaused);
        buffer->append(bytes);
        if (bufferingMs == 0)
            startPlayer();
        session.startPlaying(0.0);
    });
    QObject::connect(&session, &MmsSession::startedPlaying, [&] { mark("ReportStartedPlaying"); });
    QObject::connect(&session, &MmsSession::dataPacketReceived, [&](quint32, const QByteArray &packet) {
        if (!buffer)
            return;
        buffer->append(packet);
        const asf::PacketParseResult parsed = asf::parsePacket(packet, header.packetSize());
        if (!parsed.ok())
            return;
        if (!haveFirst) {
            haveFirst = true;
            firstSendTime = parsed.info.sendTime;
            mark("first media packet");
        }
        const qint64 buffered = parsed.info.sendTime >= firstSendTime
                ? qint64(parsed.info.sendTime - firstSendTime) + parsed.info.duration
                : 0;
        if (!playerStarted && (buffered >= bufferingMs || buffer->isBackpressureActive()))
            startPlayer();
    });
    QObject::connect(&session, &MmsSession::endOfStream, [&](quint32) {
        if (buffer) {
            buffer->finish();
            startPlayer();
        }
    });
    QObject::connect(&session, &MmsSession::errorOccurred, [&](MmsSession::Error, quint32 hr, const QString &detail) {
        fprintf(stderr, "session error: hr 0x%08x %s\n", hr, qPrintable(detail));
        app.exit(1);
    });
    QObject::connect(&sink, &QVideoSink::videoFrameChanged, [&](const QVideoFrame &frame) {
        if (firstFrame >= 0 || !frame.isValid())
            return;
        firstFrame = nowMs() - t0;
        mark("first video frame");
        if (playSeconds == 0)
            QTimer::singleShot(0, &app, [&] { app.exit(0); });
    });
    QTimer::singleShot(timeoutMs, &app, [&] {
        if (firstFrame >= 0)
            return;
        fprintf(stderr, "no frame within %d ms\n", timeoutMs);
        app.exit(1);
    });
    if (playSeconds > 0)
        QTimer::singleShot(playSeconds * 1000, &app, [&] { app.exit(0); });

    session.open(url);
    const int rc = app.exec();
    // buffer_peak_bytes: the most the AsfStreamBuffer held (bytes not yet read by the player).
    printf("RESULT first_frame_ms=%.1f fast_start=%d buffering_ms=%d buffer_peak_bytes=%lld\n",
           firstFrame, fastStart ? 1 : 0, bufferingMs, buffer ? buffer->peakLevel() : 0LL);
    player.stop();
    player.setSourceDevice(nullptr);
    session.abort();
    return rc;
}
