// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: the TCP stream splitter and every message decoder.
// The first input byte picks the chunk size (low 6 bits), so the splitter is also fed in pieces;
// bit 7 feeds them as QByteArrays (which the splitter may keep: each is freed after append(), so
// ASan sees any pointer kept into one it did not keep) rather than views; bit 6 keeps every
// payload taken (which the splitter must then not reuse) rather than dropping it.
#include "core/protocol/datapacket.h"
#include "core/protocol/mmscodec.h"
#include "core/protocol/streamsplitter.h"

#include <QList>

#include <cstddef>
#include <cstdint>

namespace {

template<typename... M>
void decodeAll(QByteArrayView message)
{
    // Decode the same bytes as every message type: each decoder must reject what is not its own
    // and must never read out of bounds on any input.
    (static_cast<void>(mms::decodeMessage<M>(message)), ...);
}

void decodeEveryMessage(QByteArrayView message)
{
    using namespace mms;
    decodeAll<Connect, FunnelInfo, ConnectFunnel, OpenFile, ReadBlock, CancelReadBlock, StreamSwitch,
              StartPlaying, StartStriding, StopPlaying, CloseFile, Pong, SecurityResponse, Logging>(
            message);
    decodeAll<ReportConnectedEX, ReportFunnelInfo, ReportConnectedFunnel, ReportDisconnectedFunnel,
              ReportOpenFile, SecurityChallenge, ReportRedirect, ReportReadBlock, ReportStreamSwitch,
              ReportStartedPlaying, ReportStartStriding, ReportEndOfStream, ReportStreamChange, Ping>(
            message);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype chunk = qsizetype(data[0] % 64) + 1;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    decodeEveryMessage(input);
    static_cast<void>(mms::TcpMessageHeader::decode(input));
    static_cast<void>(mms::DataPacket::decode(input));

    const bool asArrays = data[0] & 0x80;
    const bool keepPayloads = data[0] & 0x40;
    QList<std::pair<QByteArray, QByteArray>> payloads; // as taken, and a deep copy of it
    mms::StreamSplitter splitter;
    for (qsizetype pos = 0; pos < input.size(); pos += chunk) {
        const QByteArrayView piece = input.sliced(pos, qMin(chunk, input.size() - pos));
        if (asArrays)
            splitter.append(piece.toByteArray());
        else
            splitter.append(piece);
        for (;;) {
            const mms::StreamSplitter::Item item = splitter.next();
            if (!item.ok())
                break;
            if (const auto *command = std::get_if<mms::CommandPacket>(&item.packet))
                decodeEveryMessage(command->message);
            else if (const auto *packet = std::get_if<mms::DataPacket>(&item.packet); packet && keepPayloads)
                payloads.append({ packet->payload, QByteArray(packet->payload.constData(),
                                                              packet->payload.size()) });
        }
        if (splitter.hasError())
            break;
    }
    for (const auto &[taken, copy] : payloads) {
        if (taken != copy)
            __builtin_trap(); // a payload still held was overwritten
    }
    return 0;
}
