// SPDX-License-Identifier: GPL-3.0-or-later
// mms-load: a load generator and lateness meter for mms-serve, and a plain loopback TCP copy for
// comparison. Not a test: it measures and prints, it never passes or fails.
//
//   mms-load play --port P --path FILE --clients N [--ramp-per-sec R] [--hold S] [--server-pid PID]
//       Opens N MMS sessions (one epoll thread, non-blocking sockets, the codec for framing),
//       each going Connect .. ReadBlock .. StartPlaying like FFmpeg does, and measures every
//       media Data packet's lateness: arrival - (first packet's arrival + (sendTime - first
//       sendTime)). Prints a histogram summary (max, p99.9, p99, median) and one machine-readable
//       line starting with "RESULT".
//       --fast-start 1 sends StartPlaying with accelBandwidth --accel-bps (default 10 Mbit/s) and
//       accelDuration --accel-ms (default 10000);
//       --push-log LOG (a live push from mms-push-pace, benchmarks/push_pace.cpp): also the
//       latency of every steady-state packet from the moment it was pushed (pushlatency.h).
//       MMS_LOAD_TRACE=1 prints the arrival time and send time of the first session's packets.
//       --transport http: the same over MMS over HTTP ([MS-WMSP], mms-serve's port serves
//       both): per session a Describe (GET, $H packets, connection closed), then a Play (GET
//       xPlayStrm=1 with the Describe's client-id) on a new connection, as FFmpeg's mmsh does;
//       lateness as above from the $D packets. No Pings over HTTP; $E ends a session.
//   mms-load burst --port P --path FILE
//       One session against a burst-pace server: MB/s of Data packet bytes until ReportEndOfStream.
//   mms-load tcpcopy --file FILE [--repeat K]
//       What the loopback link carries: a sender thread writes FILE's bytes (K times) over one
//       127.0.0.1 TCP connection in 64 KiB writes, this thread reads them in 64 KiB reads. MB/s.
//
// Every loop is bounded in time; a session that stalls is counted, not waited for forever.

#include "core/mmsh/mmshpragma.h"
#include "core/mmsh/mmshrequests.h"
#include "core/mmsh/mmshresponsereader.h"
#include "core/protocol/mmscodec.h"
#include "core/protocol/streamsplitter.h"
#include "pushlatency.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QUuid>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace mms;

namespace {

double nowMs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Send time (ms) of an ASF data packet (ASF 1.20 §5.2.2): error correction data, length type
// flags, property flags, the variable-size length fields, then Send Time (u32) and Duration.
// -1 if the packet is too short.
int64_t asfSendTime(const QByteArray &p)
{
    const auto *b = reinterpret_cast<const unsigned char *>(p.constData());
    const qsizetype n = p.size();
    qsizetype pos = 0;
    if (n < 1)
        return -1;
    if (b[0] & 0x80)
        pos += 1 + (b[0] & 0x0F);
    if (pos + 2 > n)
        return -1;
    const unsigned lengthType = b[pos];
    pos += 2; // length type flags, property flags
    auto fieldSize = [](unsigned t) { return t == 3 ? 4 : int(t); };
    pos += fieldSize((lengthType >> 5) & 3); // packet length
    pos += fieldSize((lengthType >> 1) & 3); // sequence
    pos += fieldSize((lengthType >> 3) & 3); // padding length
    if (pos + 4 > n)
        return -1;
    return int64_t(b[pos]) | int64_t(b[pos + 1]) << 8 | int64_t(b[pos + 2]) << 16 | int64_t(b[pos + 3]) << 24;
}

struct Options
{
    std::string mode;
    int port = 1755;
    std::string path;
    std::string file;
    int clients = 1;
    double rampPerSec = 200;
    double holdSec = 30;
    int serverPid = 0;
    int repeat = 1;
    bool fastStart = false;
    bool http = false; // --transport http
    std::string pushLog; // --push-log
    quint32 accelBandwidth = 0x00989680;
    quint32 accelDuration = 10000;
};

// Lateness histogram in 1 ms buckets from -1000 ms to +60000 ms (beyond: clamped).
struct Histogram
{
    static constexpr int Min = -1000;
    static constexpr int Max = 60000;
    std::vector<uint64_t> buckets = std::vector<uint64_t>(Max - Min + 1);
    uint64_t count = 0;
    double maxValue = -1e9;

    void add(double ms)
    {
        int i = int(ms >= 0 ? ms + 0.5 : ms - 0.5);
        i = std::clamp(i, Min, Max);
        ++buckets[size_t(i - Min)];
        ++count;
        maxValue = std::max(maxValue, ms);
    }
    double quantile(double q) const
    {
        if (count == 0)
            return 0;
        const uint64_t target = uint64_t(q * double(count - 1));
        uint64_t seen = 0;
        for (size_t i = 0; i < buckets.size(); ++i) {
            seen += buckets[i];
            if (seen > target)
                return double(int(i) + Min);
        }
        return Max;
    }
    uint64_t over(double ms) const
    {
        uint64_t n = 0;
        for (size_t i = 0; i < buckets.size(); ++i)
            if (double(int(i) + Min) > ms)
                n += buckets[i];
        return n;
    }
};

enum class Step { Connecting, ConnectedEX, FunnelInfo, ConnectedFunnel, OpenFile, Header, StartedPlaying, Streaming, Done, Failed };

struct Session
{
    uint32_t id = 0;
    int fd = -1;
    Step step = Step::Connecting;
    StreamSplitter splitter;
    quint16 seq = 0;
    QByteArray out; // unsent bytes
    double firstArrival = -1;
    int64_t firstSendTime = -1;
    uint64_t packets = 0;
    uint64_t bytes = 0;
    double maxLate = -1e9;
    double startedAt = 0; // when StartPlaying went out
    std::string failure;
    // MMS over HTTP: the response being read, and whether it is the Play (else the Describe).
    std::unique_ptr<MmshResponseReader> http;
    bool httpPlay = false;
    MmshClientContext httpContext;
};

constexpr quint8 PlayIncarnation = 3;

class LoadClient
{
public:
    explicit LoadClient(const Options &o) : m_o(o) { }

    int run();

private:
    template<typename M>
    void send(Session &s, const M &m)
    {
        s.out += encodePacket(m, s.seq++);
        flush(s);
    }
    void flush(Session &s);
    bool connectSocket(Session &s);
    bool open(Session &s);
    void onReadable(Session &s, double now);
    void onReadableHttp(Session &s, double now);
    void httpPacket(Session &s, const MmshPacket &p, double now);
    void httpNextRequest(Session &s);
    void recordPacket(Session &s, const QByteArray &packet, quint64 wireBytes, double now);
    void handleCommand(Session &s, const CommandPacket &c);
    void handleData(Session &s, const DataPacket &d, double now);
    void fail(Session &s, const std::string &why);
    void startPlaying(Session &s);

    Options m_o;
    int m_epoll = -1;
    std::vector<std::unique_ptr<Session>> m_sessions;
    Histogram m_all;
    Histogram m_steady; // packets that arrived after every session had started plus 2 s
    double m_steadyFrom = 1e300;
    uint64_t m_refused = 0;
    bool m_trace = qEnvironmentVariableIsSet("MMS_LOAD_TRACE"); // every packet of the first session
    PushLatency m_pushLatency; // with --push-log
};

void LoadClient::fail(Session &s, const std::string &why)
{
    if (s.step == Step::Failed || s.step == Step::Done)
        return;
    s.step = Step::Failed;
    s.failure = why;
    if (s.fd >= 0) {
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, s.fd, nullptr);
        close(s.fd);
        s.fd = -1;
    }
}

void LoadClient::flush(Session &s)
{
    while (!s.out.isEmpty() && s.fd >= 0) {
        const ssize_t n = ::send(s.fd, s.out.constData(), size_t(s.out.size()), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return; // commands are tiny; the next read event retries
            fail(s, std::string("send: ") + strerror(errno));
            return;
        }
        s.out.remove(0, n);
    }
}

bool LoadClient::connectSocket(Session &s)
{
    s.fd = socket(AF_INET, SOCK_STREAM, 0);
    if (s.fd < 0) {
        fail(s, std::string("socket: ") + strerror(errno));
        return false;
    }
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_port = htons(quint16(m_o.port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(s.fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
        fail(s, std::string("connect: ") + strerror(errno));
        return false;
    }
    const int one = 1;
    setsockopt(s.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    fcntl(s.fd, F_SETFL, fcntl(s.fd, F_GETFL) | O_NONBLOCK);
    epoll_event ev {};
    ev.events = EPOLLIN;
    ev.data.ptr = &s;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, s.fd, &ev);
    return true;
}

bool LoadClient::open(Session &s)
{
    if (m_o.http) {
        s.httpContext.path = "/" + QByteArray::fromStdString(m_o.path);
        s.httpContext.host = "127.0.0.1:" + QByteArray::number(m_o.port);
        s.httpContext.clientGuid = QUuid::createUuid();
        s.httpPlay = false;
        httpNextRequest(s);
        return s.fd >= 0;
    }
    if (!connectSocket(s))
        return false;
    StreamSplitter::Limits limits;
    limits.maxDataPacketBytes = 0x10000;
    s.splitter.setLimits(limits);
    Connect c;
    c.subscriberName = QStringLiteral("NSPlayer/7.0.0.1956; {7E667F5D-A661-495E-A512-F55686DDA178}; Host: 127.0.0.1");
    s.step = Step::ConnectedEX;
    send(s, c);
    return true;
}

void LoadClient::startPlaying(Session &s)
{
    StartPlaying p;
    p.playIncarnation = PlayIncarnation;
    if (m_o.fastStart) {
        p.accelBandwidth = m_o.accelBandwidth;
        p.accelDuration = m_o.accelDuration;
    }
    s.step = Step::StartedPlaying;
    s.startedAt = nowMs();
    send(s, p);
}

void LoadClient::handleCommand(Session &s, const CommandPacket &c)
{
    if (c.id == MessageId::Ping) {
        send(s, Pong {});
        return;
    }
    switch (c.id) {
    case MessageId::ReportConnectedEX: {
        const auto r = decodeMessage<ReportConnectedEX>(c.message);
        if (!r.ok() || Hresult::isFailure(r.value.hr)) {
            ++m_refused;
            fail(s, "ReportConnectedEX refused");
            return;
        }
        s.step = Step::FunnelInfo;
        send(s, FunnelInfo {});
        return;
    }
    case MessageId::ReportFunnelInfo: {
        ConnectFunnel f;
        f.funnelName = QStringLiteral("\\\\127.0.0.1\\TCP\\1037");
        s.step = Step::ConnectedFunnel;
        send(s, f);
        return;
    }
    case MessageId::ReportConnectedFunnel: {
        OpenFile o;
        o.playIncarnation = 1;
        o.fileName = QString::fromStdString(m_o.path);
        s.step = Step::OpenFile;
        send(s, o);
        return;
    }
    case MessageId::ReportOpenFile: {
        const auto r = decodeMessage<ReportOpenFile>(c.message);
        if (!r.ok() || Hresult::isFailure(r.value.hr)) {
            fail(s, "ReportOpenFile failed");
            return;
        }
        ReadBlock rb;
        rb.playIncarnation = 2;
        s.step = Step::Header;
        send(s, rb);
        return;
    }
    case MessageId::ReportStartedPlaying:
        s.step = Step::Streaming;
        return;
    case MessageId::ReportEndOfStream:
        if (s.step == Step::Streaming || s.step == Step::StartedPlaying) {
            s.step = Step::Done;
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, s.fd, nullptr);
            close(s.fd);
            s.fd = -1;
        }
        return;
    default:
        return; // ReportReadBlock, ReportStreamSwitch, ...
    }
}

void LoadClient::handleData(Session &s, const DataPacket &d, double now)
{
    if (s.step == Step::Header) {
        if (d.afFlags & HeaderFragmentLastBit)
            startPlaying(s);
        return;
    }
    if (d.playIncarnation != PlayIncarnation)
        return;
    recordPacket(s, d.payload, quint64(d.payload.size()) + DataPacketHeaderSize, now);
}

void LoadClient::recordPacket(Session &s, const QByteArray &packet, quint64 wireBytes, double now)
{
    const int64_t sendTime = asfSendTime(packet);
    ++s.packets;
    s.bytes += wireBytes;
    if (sendTime < 0)
        return;
    if (m_trace && &s == m_sessions.front().get())
        printf("trace %.1f ms after StartPlaying: packet send time %" PRId64 " ms\n", now - s.startedAt, sendTime);
    if (s.firstArrival < 0) {
        s.firstArrival = now;
        s.firstSendTime = sendTime;
        return;
    }
    const double late = now - (s.firstArrival + double(sendTime - s.firstSendTime));
    s.maxLate = std::max(s.maxLate, late);
    m_all.add(late);
    if (now >= m_steadyFrom) {
        m_steady.add(late);
        if (!m_o.pushLog.empty())
            m_pushLatency.record(s.id, sendTime, now);
    }
}

// A Describe on a first connection, then a Play on a second one (each request closes its
// connection: MmshRequests asks for "Connection: Close").
void LoadClient::httpNextRequest(Session &s)
{
    if (s.fd >= 0) {
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, s.fd, nullptr);
        close(s.fd);
        s.fd = -1;
    }
    s.http = std::make_unique<MmshResponseReader>();
    if (!connectSocket(s))
        return;
    if (!s.httpPlay) {
        s.step = Step::Header;
        s.out = MmshRequests::describe(s.httpContext);
    } else {
        MmshRequests::PlayOptions options;
        if (m_o.fastStart)
            fprintf(stderr, "--fast-start is not sent over HTTP\n");
        s.step = Step::StartedPlaying;
        s.startedAt = nowMs();
        s.out = MmshRequests::play(s.httpContext, options);
    }
    flush(s);
}

void LoadClient::httpPacket(Session &s, const MmshPacket &p, double now)
{
    switch (p.type) {
    case MmshPacketType::Data:
        if (s.httpPlay)
            recordPacket(s, p.payload,
                quint64(p.payload.size()) + MmshFramingHeaderSize + MmshDataHeaderSize, now);
        return;
    case MmshPacketType::EndOfStream:
        if (s.httpPlay && (p.reason == 0 || p.reason == 1)) {
            s.step = Step::Done;
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, s.fd, nullptr);
            close(s.fd);
            s.fd = -1;
        } else {
            fail(s, "$E with reason " + std::to_string(p.reason));
        }
        return;
    default:
        return; // $H (the Describe's body, and repeated before the Play's $D), $M, $P, $C
    }
}

void LoadClient::onReadableHttp(Session &s, double now)
{
    static char buf[256 * 1024];
    for (int round = 0; round < 16 && s.fd >= 0; ++round) {
        const ssize_t n = recv(s.fd, buf, sizeof buf, 0);
        if (n < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                fail(s, std::string("recv: ") + strerror(errno));
            break;
        }
        if (n == 0) {
            // The Describe's body may run until the close; a Play must end with $E.
            if (!s.httpPlay && s.http->headComplete()) {
                s.httpPlay = true;
                httpNextRequest(s);
            } else {
                fail(s, "server closed");
            }
            return;
        }
        s.http->append(QByteArrayView(buf, n));
        for (;;) {
            MmshResponseReader::Item item = s.http->next();
            if (item.kind == MmshResponseReader::Kind::NeedMoreData)
                break;
            if (item.kind == MmshResponseReader::Kind::Error) {
                fail(s, "response: " + item.error.what.toStdString());
                return;
            }
            if (item.kind == MmshResponseReader::Kind::Head) {
                const HttpHead &head = s.http->head();
                if (head.statusCode != 200) {
                    if (head.statusCode == 503)
                        ++m_refused;
                    fail(s, "HTTP " + std::to_string(head.statusCode));
                    return;
                }
                for (const QByteArray &line : head.values("Pragma")) {
                    const Decoded<MmshPragma> pragma = parsePragmas({line});
                    if (pragma.ok() && pragma.value.clientId)
                        s.httpContext.clientId = pragma.value.clientId;
                }
                if (s.httpPlay)
                    s.step = Step::Streaming;
            } else if (item.kind == MmshResponseReader::Kind::Packet) {
                httpPacket(s, item.packet, now);
            } else if (!s.httpPlay) { // BodyEnd of the Describe
                s.httpPlay = true;
                httpNextRequest(s);
                return;
            }
            if (s.fd < 0)
                return;
        }
        if (size_t(n) < sizeof buf)
            break;
    }
}

void LoadClient::onReadable(Session &s, double now)
{
    if (s.http) {
        onReadableHttp(s, now);
        return;
    }
    static char buf[256 * 1024];
    for (int round = 0; round < 16 && s.fd >= 0; ++round) {
        const ssize_t n = recv(s.fd, buf, sizeof buf, 0);
        if (n == 0) {
            fail(s, "server closed");
            return;
        }
        if (n < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                fail(s, std::string("recv: ") + strerror(errno));
            break;
        }
        s.splitter.append(QByteArrayView(buf, n));
        for (;;) {
            StreamSplitter::Item item = s.splitter.next();
            if (item.error.status == CodecStatus::NeedMoreData)
                break;
            if (!item.ok()) {
                fail(s, "splitter: " + item.error.what.toStdString());
                return;
            }
            if (item.isData())
                handleData(s, std::get<DataPacket>(item.packet), now);
            else
                handleCommand(s, std::get<CommandPacket>(item.packet));
            if (s.fd < 0)
                return;
        }
        if (size_t(n) < sizeof buf)
            break;
    }
    flush(s);
}

double cpuSecondsOf(int pid)
{
    if (pid <= 0)
        return -1;
    FILE *f = fopen(("/proc/" + std::to_string(pid) + "/stat").c_str(), "r");
    if (!f)
        return -1;
    char line[4096];
    const size_t n = fread(line, 1, sizeof line - 1, f);
    fclose(f);
    line[n] = 0;
    const char *p = strrchr(line, ')');
    if (!p)
        return -1;
    // fields after the comm: state(3) ... utime(14) stime(15)
    unsigned long utime = 0, stime = 0;
    int field = 2;
    for (const char *q = p + 1; *q; ++q) {
        if (*q == ' ') {
            ++field;
            if (field == 14)
                utime = strtoul(q + 1, nullptr, 10);
            else if (field == 15) {
                stime = strtoul(q + 1, nullptr, 10);
                break;
            }
        }
    }
    return double(utime + stime) / double(sysconf(_SC_CLK_TCK));
}

int LoadClient::run()
{
    m_epoll = epoll_create1(0);
    const bool burst = m_o.mode == "burst";
    const int n = burst ? 1 : m_o.clients;
    const double t0 = nowMs();
    const double rampMs = burst ? 0 : 1000.0 * n / m_o.rampPerSec;
    const double endMs = t0 + rampMs + 1000.0 * m_o.holdSec;
    m_steadyFrom = t0 + rampMs + 2000.0;
    double cpuAtSteady = -1, cpuAtEnd = -1, steadyAt = 0;
    int opened = 0;
    std::vector<epoll_event> events(1024);
    for (;;) {
        const double now = nowMs();
        if (now >= endMs)
            break;
        // Open sessions at the ramp rate.
        while (opened < n && (burst || now - t0 >= 1000.0 * opened / m_o.rampPerSec)) {
            m_sessions.push_back(std::make_unique<Session>());
            m_sessions.back()->id = uint32_t(opened);
            open(*m_sessions.back());
            ++opened;
        }
        if (cpuAtSteady < 0 && now >= m_steadyFrom) {
            cpuAtSteady = cpuSecondsOf(m_o.serverPid);
            steadyAt = now;
        }
        if (burst && m_sessions[0]->step >= Step::Done)
            break;
        const int ready = epoll_wait(m_epoll, events.data(), int(events.size()), 5);
        const double t = nowMs();
        for (int i = 0; i < ready; ++i)
            onReadable(*static_cast<Session *>(events[size_t(i)].data.ptr), t);
    }
    const double end = nowMs();
    cpuAtEnd = cpuSecondsOf(m_o.serverPid);

    if (burst) {
        const Session &s = *m_sessions[0];
        const double sec = (end - s.startedAt) / 1000.0;
        printf("burst: %" PRIu64 " packets, %.1f MB in %.3f s = %.1f MB/s (%s)\n", s.packets,
               double(s.bytes) / 1e6, sec, double(s.bytes) / 1e6 / sec,
               s.step == Step::Done ? "ReportEndOfStream" : ("stopped: " + s.failure).c_str());
        printf("RESULT burst_mb_s=%.1f bytes=%" PRIu64 " seconds=%.3f\n", double(s.bytes) / 1e6 / sec, s.bytes, sec);
        return 0;
    }

    int streaming = 0, failed = 0, done = 0, stuck = 0;
    uint64_t totalBytes = 0;
    double worstSession = -1e9;
    for (const auto &s : m_sessions) {
        totalBytes += s->bytes;
        worstSession = std::max(worstSession, s->maxLate);
        if (s->step == Step::Streaming)
            ++streaming;
        else if (s->step == Step::Failed)
            ++failed;
        else if (s->step == Step::Done)
            ++done;
        else
            ++stuck;
    }
    std::string firstFailure;
    for (const auto &s : m_sessions)
        if (!s->failure.empty()) {
            firstFailure = s->failure;
            break;
        }
    const double serverCpu = (cpuAtEnd >= 0 && cpuAtSteady >= 0) ? (cpuAtEnd - cpuAtSteady) / ((end - steadyAt) / 1000.0) : -1;
    printf("clients=%d streaming=%d done=%d failed=%d (refused %" PRIu64 ") not-started=%d %s\n", n, streaming, done,
           failed, m_refused, stuck, firstFailure.c_str());
    printf("packets=%" PRIu64 " (steady %" PRIu64 ") MB=%.1f aggregate=%.1f Mbit/s\n", m_all.count, m_steady.count,
           double(totalBytes) / 1e6, double(totalBytes) * 8 / 1e6 / ((end - t0) / 1000.0));
    printf("lateness ms, all packets:    max %.1f p99.9 %.0f p99 %.0f p50 %.0f; over 100 ms: %" PRIu64 "\n", m_all.maxValue,
           m_all.quantile(0.999), m_all.quantile(0.99), m_all.quantile(0.5), m_all.over(100));
    printf("lateness ms, steady state:   max %.1f p99.9 %.0f p99 %.0f p50 %.0f; over 100 ms: %" PRIu64 "\n",
           m_steady.maxValue, m_steady.quantile(0.999), m_steady.quantile(0.99), m_steady.quantile(0.5), m_steady.over(100));
    if (serverCpu >= 0)
        printf("server CPU in steady state: %.0f%% of one core\n", serverCpu * 100);
    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    const double clientCpu = double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)
            + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    printf("load client CPU: %.1f s over %.1f s (%.0f%% of one core)\n", clientCpu, (end - t0) / 1000.0,
           100.0 * clientCpu / ((end - t0) / 1000.0));
    printf("RESULT clients=%d streaming=%d failed=%d max_late_ms=%.1f p999_ms=%.0f p99_ms=%.0f "
           "over100=%" PRIu64 " steady_max_ms=%.1f steady_over100=%" PRIu64
           " server_cpu=%.2f client_cpu=%.2f transport=%s\n",
        n, streaming + done, failed + stuck, m_all.maxValue, m_all.quantile(0.999),
        m_all.quantile(0.99), m_all.over(100), m_steady.maxValue, m_steady.over(100), serverCpu,
        clientCpu / ((end - t0) / 1000.0), m_o.http ? "http" : "tcp");
    if (!m_o.pushLog.empty())
        m_pushLatency.report(m_o.pushLog);
    for (auto &s : m_sessions)
        if (s->fd >= 0)
            close(s->fd);
    return 0;
}

int tcpCopy(const Options &o)
{
    QFile f(QString::fromStdString(o.file));
    if (!f.open(QIODevice::ReadOnly)) {
        fprintf(stderr, "cannot read %s\n", o.file.c_str());
        return 2;
    }
    const QByteArray data = f.readAll();
    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(listener, reinterpret_cast<sockaddr *>(&a), sizeof a);
    socklen_t len = sizeof a;
    getsockname(listener, reinterpret_cast<sockaddr *>(&a), &len);
    listen(listener, 1);
    const int reader = socket(AF_INET, SOCK_STREAM, 0);
    connect(reader, reinterpret_cast<sockaddr *>(&a), sizeof a);
    const int writer = accept(listener, nullptr, nullptr);
    const double t0 = nowMs();
    std::thread sender([&] {
        for (int r = 0; r < o.repeat; ++r) {
            for (qsizetype off = 0; off < data.size();) {
                const ssize_t n = ::send(writer, data.constData() + off, size_t(std::min<qsizetype>(65536, data.size() - off)), 0);
                if (n <= 0)
                    return;
                off += n;
            }
        }
        shutdown(writer, SHUT_WR);
    });
    static char buf[65536];
    uint64_t total = 0;
    for (;;) {
        const ssize_t n = recv(reader, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        total += uint64_t(n);
    }
    const double sec = (nowMs() - t0) / 1000.0;
    sender.join();
    close(writer);
    close(reader);
    close(listener);
    printf("tcpcopy: %.1f MB in %.3f s = %.1f MB/s\n", double(total) / 1e6, sec, double(total) / 1e6 / sec);
    printf("RESULT tcpcopy_mb_s=%.1f bytes=%" PRIu64 " seconds=%.3f\n", double(total) / 1e6 / sec, total, sec);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    if (argc < 2) {
        fprintf(stderr, "usage: mms-load play|burst|tcpcopy [options] (see the source's header)\n");
        return 2;
    }
    o.mode = argv[1];
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string k = argv[i];
        const char *v = argv[i + 1];
        if (k == "--port")
            o.port = atoi(v);
        else if (k == "--path")
            o.path = v;
        else if (k == "--file")
            o.file = v;
        else if (k == "--clients")
            o.clients = atoi(v);
        else if (k == "--ramp-per-sec")
            o.rampPerSec = atof(v);
        else if (k == "--hold")
            o.holdSec = atof(v);
        else if (k == "--server-pid")
            o.serverPid = atoi(v);
        else if (k == "--repeat")
            o.repeat = atoi(v);
        else if (k == "--accel-bps")
            o.accelBandwidth = quint32(strtoul(v, nullptr, 10));
        else if (k == "--accel-ms")
            o.accelDuration = quint32(strtoul(v, nullptr, 10));
        else if (k == "--fast-start")
            o.fastStart = atoi(v) != 0;
        else if (k == "--transport")
            o.http = std::string(v) == "http";
        else if (k == "--push-log")
            o.pushLog = v;
        else {
            fprintf(stderr, "unknown option %s\n", k.c_str());
            return 2;
        }
    }
    rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    if (o.mode == "tcpcopy")
        return tcpCopy(o);
    if (o.mode == "burst")
        o.holdSec = 600; // bounded: at most 10 minutes
    if (o.mode != "play" && o.mode != "burst") {
        fprintf(stderr, "unknown mode %s\n", o.mode.c_str());
        return 2;
    }
    LoadClient client(o);
    return client.run();
}
