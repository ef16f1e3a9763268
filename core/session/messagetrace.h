// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/datapacket.h"
#include "core/protocol/mactoviewer.h"
#include "core/protocol/viewertomac.h"

#include <QString>

// Key fields of each message as one line, for the mms.protocol trace
// (QT_LOGGING_RULES="mms.*=true"). The message name comes from mms::messageName().
namespace mms {

QString traceFields(const Connect &m);
QString traceFields(const FunnelInfo &m);
QString traceFields(const ConnectFunnel &m);
QString traceFields(const OpenFile &m);
QString traceFields(const ReadBlock &m);
QString traceFields(const StreamSwitch &m);
QString traceFields(const StartPlaying &m);
QString traceFields(const StartStriding &m);
QString traceFields(const StopPlaying &m);
QString traceFields(const CloseFile &m);
QString traceFields(const Pong &m);
QString traceFields(const Logging &m);

QString traceFields(const ReportConnectedEX &m);
QString traceFields(const ReportFunnelInfo &m);
QString traceFields(const ReportConnectedFunnel &m);
QString traceFields(const ReportDisconnectedFunnel &m);
QString traceFields(const ReportOpenFile &m);
QString traceFields(const SecurityChallenge &m);
// Only the token's size: it holds the credentials (Basic: the password in base64).
QString traceFields(const SecurityResponse &m);
QString traceFields(const ReportRedirect &m);
QString traceFields(const ReportReadBlock &m);
QString traceFields(const ReportStreamSwitch &m);
QString traceFields(const ReportStartedPlaying &m);
QString traceFields(const ReportStartStriding &m);
QString traceFields(const ReportEndOfStream &m);
QString traceFields(const ReportStreamChange &m);
QString traceFields(const Ping &m);

QString traceFields(const DataPacket &m);

} // namespace mms
