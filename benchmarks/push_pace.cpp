// SPDX-License-Identifier: GPL-3.0-or-later
// mms-push-pace: the "live encoder" of the fan-out benchmark (benchmarks/scripts/fanout.sh).
//
//   mms-push-pace FILE LOG | mms-push - http://HOST:PORT/NAME
//
// Writes FILE (ASF) to standard output as a live encoder would: the header (Header Object and
// Data Object preamble) at once, then each data packet at its send time (the first packet at
// once, packet k at start + (sendTime(k) - sendTime(first)) ms), and appends one line per packet
// to LOG: "SENDTIME MONOTONIC_MS", the packet's ASF send time and the CLOCK_MONOTONIC time (ms)
// right before the packet was handed to the pipe. mms-load --push-log LOG matches the packets
// its sessions receive against these lines by send time: that is the latency from the push to
// the client, whatever lies between (mms-push, the origin, edges). Packets that share a send time
// (the fragments of one large frame) go out back to back, so the first line of a send time
// stands for all of them.
//
// The pacing is done here rather than by mms-push's own realtime mode so that the send moments
// are known without touching mms-push; mms-push - forwards each packet as it is read. At the end
// of the file the output is closed (mms-push then ends the stream with $E). Not a test.

#include "core/asf/asffile.h"

#include <QString>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

double nowMs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void sleepUntilMs(double ms)
{
    timespec ts;
    ts.tv_sec = time_t(ms / 1e3);
    ts.tv_nsec = long((ms - double(ts.tv_sec) * 1e3) * 1e6);
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) { }
}

bool writeAll(const QByteArray &bytes)
{
    qsizetype off = 0;
    while (off < bytes.size()) {
        const ssize_t n = write(STDOUT_FILENO, bytes.constData() + off, size_t(bytes.size() - off));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        off += n;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: mms-push-pace FILE LOG | mms-push - URL\n");
        return 2;
    }
    signal(SIGPIPE, SIG_IGN); // a write error ends the loop instead
    asf::AsfFile::OpenResult opened = asf::AsfFile::open(QString::fromLocal8Bit(argv[1]));
    if (!opened.ok()) {
        fprintf(stderr, "mms-push-pace: %s: %s\n", argv[1], qPrintable(opened.error.what));
        return 2;
    }
    const asf::AsfFile &file = *opened.file;
    FILE *log = fopen(argv[2], "w");
    if (!log) {
        fprintf(stderr, "mms-push-pace: cannot write %s\n", argv[2]);
        return 2;
    }
    if (!writeAll(file.mmsHeaderBytes()))
        return 1;
    const double start = nowMs();
    const quint32 firstSendTime = file.packetSendTime(0);
    for (quint64 i = 0; i < file.packetCount(); ++i) {
        const quint32 sendTime = file.packetSendTime(i);
        // Send times never go back in a file we wrote; if one did, send it at once.
        if (sendTime > firstSendTime)
            sleepUntilMs(start + double(sendTime - firstSendTime));
        const QByteArray packet = file.packet(i);
        // Taken before the write: were this process descheduled between a write and a clock
        // read after it, a client could seem to get the packet before it was pushed.
        const double pushedAt = nowMs();
        if (packet.isEmpty() || !writeAll(packet))
            break;
        // One line per packet, flushed: mms-load reads the log while this still writes.
        fprintf(log, "%u %.3f\n", sendTime, pushedAt);
        fflush(log);
    }
    fclose(log);
    return 0;
}
