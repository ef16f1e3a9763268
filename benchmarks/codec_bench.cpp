// SPDX-License-Identifier: GPL-3.0-or-later
// Codec micro-benchmarks (Google Benchmark). Not tests: nothing here asserts a time.
//
// The byte stream is what a client reads while playing: the handshake reports, the header in
// Data packets, then ReportStartedPlaying and media Data packets of 3200 bytes (FFmpeg's and
// WMS's usual ASF packet size) with a Ping every 500 packets. It is fed to StreamSplitter in
// chunks of the sizes a socket read returns (1460 = one TCP segment, 16 KiB, 64 KiB), both as the
// QByteArrays a socket's readAll() returns and as views, and the same chunks are memcpy'd into a
// buffer as the yardstick ("what touching every byte once costs").
// Every benchmark reports bytes/s (Google Benchmark's bytes_per_second counter).

#include "core/protocol/datapacket.h"
#include "core/protocol/mmscodec.h"
#include "core/protocol/streamsplitter.h"
#include "core/protocol/tcpmessageheader.h"

#include <benchmark/benchmark.h>

#include <QByteArray>

#include <cstring>
#include <vector>

using namespace mms;

namespace {

constexpr int MediaPacketSize = 3200;
constexpr int MediaPackets = 4000; // ~12.8 MB of stream, larger than the last-level cache

QByteArray makeStream()
{
    QByteArray s;
    quint16 seq = 0;
    ReportConnectedEX connected;
    connected.serverVersionInfo = QStringLiteral("9.1");
    s += encodePacket(connected, seq++);
    s += encodePacket(ReportFunnelInfo {}, seq++);
    s += encodePacket(ReportConnectedFunnel {}, seq++);
    ReportOpenFile open;
    open.fileDuration = 120.0;
    open.filePacketSize = MediaPacketSize;
    open.filePacketCount = MediaPackets;
    open.fileBitRate = 500000;
    open.fileHeaderSize = 5000;
    s += encodePacket(open, seq++);
    s += encodePacket(ReportReadBlock {}, seq++);
    for (int i = 0; i < 2; ++i) {
        DataPacket header;
        header.afFlags = i == 0 ? HeaderFragmentMore : HeaderFragmentLast;
        header.payload = QByteArray(2500, char(0x30 + i));
        s += header.encode();
    }
    s += encodePacket(ReportStreamSwitch {}, seq++);
    s += encodePacket(ReportStartedPlaying {}, seq++);
    QByteArray payload(MediaPacketSize, '\0');
    for (int i = 0; i < MediaPacketSize; ++i)
        payload[i] = char((i * 131) & 0xFF);
    for (int i = 0; i < MediaPackets; ++i) {
        DataPacket data;
        data.locationId = quint32(i);
        data.playIncarnation = 3;
        data.afFlags = quint8(i);
        data.payload = payload;
        s += data.encode();
        if (i % 500 == 499)
            s += encodePacket(Ping {}, seq++);
    }
    return s;
}

const QByteArray &stream()
{
    static const QByteArray s = makeStream();
    return s;
}

// The stream cut into chunks of `size` bytes, each its own QByteArray, as QTcpSocket::readAll()
// hands them out.
std::vector<QByteArray> makeChunks(qsizetype size)
{
    const QByteArray &s = stream();
    std::vector<QByteArray> chunks;
    for (qsizetype off = 0; off < s.size(); off += size)
        chunks.push_back(s.sliced(off, qMin(size, s.size() - off)));
    return chunks;
}

// Takes every item out (moved, as MmsSession does); returns how many there were.
int64_t drainSplitter(StreamSplitter &splitter)
{
    int64_t packets = 0;
    for (;;) {
        StreamSplitter::Item item = splitter.next();
        if (!item.ok())
            return packets;
        benchmark::DoNotOptimize(item);
        ++packets;
    }
}

StreamSplitter benchSplitter()
{
    StreamSplitter splitter;
    StreamSplitter::Limits limits;
    limits.maxDataPacketBytes = 0x10000;
    splitter.setLimits(limits);
    return splitter;
}

// StreamSplitter over the whole stream in chunks of state.range(0) bytes, fed the way a socket
// reader feeds it: each chunk is a QByteArray of its own, built before the timed loop (as the
// socket built it before readAll() returned, and the yardstick does not count that either), and
// passed to append(const QByteArray &), which may keep it, shared, and copy whole packets out of
// it in next(). Every item is taken out and dropped, as MmsSession does. This is the path
// MmsSession, the server and the test servers take.
void BM_StreamSplitter(benchmark::State &state)
{
    const std::vector<QByteArray> chunks = makeChunks(state.range(0));
    int64_t packets = 0;
    for (auto _ : state) {
        StreamSplitter splitter = benchSplitter();
        for (const QByteArray &chunk : chunks) {
            splitter.append(chunk);
            packets += drainSplitter(splitter);
        }
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * stream().size());
    state.counters["packets"] = benchmark::Counter(double(packets), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_StreamSplitter)->Arg(1460)->Arg(16384)->Arg(65536)->Unit(benchmark::kMillisecond);

// The same chunks as QByteArrayViews into one array, for callers that only have a pointer
// (mms_load, the fuzz harness). append(QByteArrayView) cannot keep the chunk, so it makes every
// packet of it at once: still one copy per byte, but the payload arrays of a chunk are all
// allocated before the first is dropped, so none can be reused. Reported so both paths are seen.
void BM_StreamSplitterView(benchmark::State &state)
{
    const QByteArray &s = stream();
    const qsizetype chunk = state.range(0);
    int64_t packets = 0;
    for (auto _ : state) {
        StreamSplitter splitter = benchSplitter();
        for (qsizetype off = 0; off < s.size(); off += chunk) {
            splitter.append(QByteArrayView(s.constData() + off, qMin(chunk, s.size() - off)));
            packets += drainSplitter(splitter);
        }
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * s.size());
    state.counters["packets"] = benchmark::Counter(double(packets), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_StreamSplitterView)->Arg(1460)->Arg(16384)->Arg(65536)->Unit(benchmark::kMillisecond);

// The yardstick: the same chunks memcpy'd once into a buffer (what any reader of the socket
// does at least once).
void BM_Memcpy(benchmark::State &state)
{
    const QByteArray &s = stream();
    const qsizetype chunk = state.range(0);
    std::vector<char> buffer(static_cast<size_t>(chunk));
    for (auto _ : state) {
        for (qsizetype off = 0; off < s.size(); off += chunk) {
            const qsizetype n = qMin(chunk, s.size() - off);
            std::memcpy(buffer.data(), s.constData() + off, size_t(n));
            benchmark::ClobberMemory();
        }
        benchmark::DoNotOptimize(buffer.data());
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * s.size());
}
BENCHMARK(BM_Memcpy)->Arg(1460)->Arg(16384)->Arg(65536)->Unit(benchmark::kMillisecond);

// Data packets one by one (the per-packet cost without the splitter's buffering).
void BM_DataPacketDecode(benchmark::State &state)
{
    DataPacket p;
    p.locationId = 7;
    p.playIncarnation = 3;
    p.payload = QByteArray(MediaPacketSize, 'x');
    const QByteArray bytes = p.encode();
    for (auto _ : state) {
        Decoded<DataPacket> d = DataPacket::decode(bytes);
        benchmark::DoNotOptimize(d);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
}
BENCHMARK(BM_DataPacketDecode);

void BM_DataPacketEncode(benchmark::State &state)
{
    DataPacket p;
    p.locationId = 7;
    p.playIncarnation = 3;
    p.payload = QByteArray(MediaPacketSize, 'x');
    for (auto _ : state) {
        QByteArray b = p.encode();
        benchmark::DoNotOptimize(b);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * (MediaPacketSize + DataPacketHeaderSize));
}
BENCHMARK(BM_DataPacketEncode);

void BM_MemcpyPacket(benchmark::State &state)
{
    const QByteArray src(MediaPacketSize + DataPacketHeaderSize, 'x');
    for (auto _ : state) {
        QByteArray b(src.size(), Qt::Uninitialized);
        std::memcpy(b.data(), src.constData(), size_t(src.size()));
        benchmark::DoNotOptimize(b);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * src.size());
}
BENCHMARK(BM_MemcpyPacket);

void BM_TcpMessageHeaderDecode(benchmark::State &state)
{
    const QByteArray bytes = encodePacket(Ping {}, 1);
    for (auto _ : state) {
        auto d = TcpMessageHeader::decode(bytes);
        benchmark::DoNotOptimize(d);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * TcpMessageHeaderSize);
}
BENCHMARK(BM_TcpMessageHeaderDecode);

template<typename M>
void decodeBench(benchmark::State &state, const M &message)
{
    const QByteArray area = encodeMessage(message);
    for (auto _ : state) {
        auto d = decodeMessage<M>(area);
        benchmark::DoNotOptimize(d);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * area.size());
}

void BM_DecodeReportConnectedEX(benchmark::State &state)
{
    ReportConnectedEX m;
    m.serverVersionInfo = QStringLiteral("9.1");
    m.authenPackage = QStringLiteral("NTLM");
    decodeBench(state, m);
}
BENCHMARK(BM_DecodeReportConnectedEX);

void BM_DecodeReportOpenFile(benchmark::State &state)
{
    ReportOpenFile m;
    m.fileDuration = 120.0;
    m.filePacketSize = MediaPacketSize;
    m.filePacketCount = 1000;
    decodeBench(state, m);
}
BENCHMARK(BM_DecodeReportOpenFile);

void BM_DecodeReportStartedPlaying(benchmark::State &state)
{
    decodeBench(state, ReportStartedPlaying {});
}
BENCHMARK(BM_DecodeReportStartedPlaying);

void BM_DecodePing(benchmark::State &state)
{
    decodeBench(state, Ping {});
}
BENCHMARK(BM_DecodePing);

void BM_DecodeStartPlaying(benchmark::State &state)
{
    StartPlaying m;
    m.accelBandwidth = 10000000;
    m.accelDuration = 10000;
    m.linkBandwidth = 10000000;
    decodeBench(state, m);
}
BENCHMARK(BM_DecodeStartPlaying);

void BM_DecodeConnect(benchmark::State &state)
{
    Connect m;
    m.subscriberName = QStringLiteral("NSPlayer/9.0.0.2980; {7E667F5D-A661-495E-A512-F55686DDA178}; Host: 127.0.0.1");
    decodeBench(state, m);
}
BENCHMARK(BM_DecodeConnect);

} // namespace

BENCHMARK_MAIN();
