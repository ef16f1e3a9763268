// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/mmsconstants.h"

#include <cstdio>

namespace mms {

const char *messageName(quint32 mid)
{
    switch (MessageId(mid)) {
    case MessageId::Connect: return "Connect";
    case MessageId::ConnectFunnel: return "ConnectFunnel";
    case MessageId::OpenFile: return "OpenFile";
    case MessageId::StartPlaying: return "StartPlaying";
    case MessageId::StopPlaying: return "StopPlaying";
    case MessageId::CloseFile: return "CloseFile";
    case MessageId::ReadBlock: return "ReadBlock";
    case MessageId::FunnelInfo: return "FunnelInfo";
    case MessageId::SecurityResponse: return "SecurityResponse";
    case MessageId::Pong: return "Pong";
    case MessageId::CancelReadBlock: return "CancelReadBlock";
    case MessageId::StartStriding: return "StartStriding";
    case MessageId::Logging: return "Logging";
    case MessageId::StreamSwitch: return "StreamSwitch";
    case MessageId::ReportConnectedEX: return "ReportConnectedEX";
    case MessageId::ReportConnectedFunnel: return "ReportConnectedFunnel";
    case MessageId::ReportDisconnectedFunnel: return "ReportDisconnectedFunnel";
    case MessageId::ReportStartedPlaying: return "ReportStartedPlaying";
    case MessageId::ReportOpenFile: return "ReportOpenFile";
    case MessageId::ReportStartStriding: return "ReportStartStriding";
    case MessageId::ReportReadBlock: return "ReportReadBlock";
    case MessageId::ReportFunnelInfo: return "ReportFunnelInfo";
    case MessageId::SecurityChallenge: return "SecurityChallenge";
    case MessageId::Ping: return "Ping";
    case MessageId::ReportEndOfStream: return "ReportEndOfStream";
    case MessageId::ReportStreamChange: return "ReportStreamChange";
    case MessageId::ReportStreamSwitch: return "ReportStreamSwitch";
    case MessageId::ReportRedirect: return "ReportRedirect";
    }
    // Unknown MIDs are logged, not fatal (protocol doc §4.1), so the trace needs their value. The
    // buffer is per thread and reused by the next unknown value on the same thread.
    thread_local char unknown[24];
    std::snprintf(unknown, sizeof unknown, "Unknown(0x%08X)", unsigned(mid));
    return unknown;
}

} // namespace mms
