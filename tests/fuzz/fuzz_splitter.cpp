// libFuzzer harness: the TCP stream splitter and every message decoder.
// The first input byte picks the chunk size, so the splitter is also fed in pieces.
#include "core/protocol/datapacket.h"
#include "core/protocol/mmscodec.h"
#include "core/protocol/streamsplitter.h"

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

    mms::StreamSplitter splitter;
    for (qsizetype pos = 0; pos < input.size(); pos += chunk) {
        splitter.append(input.sliced(pos, qMin(chunk, input.size() - pos)));
        for (;;) {
            const mms::StreamSplitter::Item item = splitter.next();
            if (!item.ok())
                break;
            if (const auto *command = std::get_if<mms::CommandPacket>(&item.packet))
                decodeEveryMessage(command->message);
        }
        if (splitter.hasError())
            break;
    }
    return 0;
}
