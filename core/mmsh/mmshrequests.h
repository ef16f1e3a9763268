// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mmsh/mmshpragma.h"

#include <QByteArray>
#include <QList>
#include <QUuid>

namespace mms {

// What every request of one client session carries ([MS-WMSP] 2.2.2).
struct MmshClientContext {
    QByteArray path = "/"; // request-target: the URL's path and query, already percent-encoded
    QByteArray host; // Host header value ("name" or "name:port")
    QUuid clientGuid; // xClientGUID: the same for every request of a session
    std::optional<quint32> clientId; // client-id, once the server has given one
    QByteArray userAgent = "NSPlayer/7.10.0.3059";
    // Pipelined mode ([MS-WMSP] 1.4, 2.2.1.4.15, 2.2.1.4.30): HTTP/1.1 requests that keep the
    // connection; Describe offers pipeline-experiment=1, Play says version11-enabled=1.
    bool pipelined = false;
};

// The client's requests in the non-pipelined mode of [MS-WMSP] 2.2.2 (one request per HTTP
// exchange; the server closes or keeps the connection per its Connection header).
namespace MmshRequests {

// 2.2.2.1 Describe: GET without xPlayStrm; answered with the $H packets (and $M) of the content.
QByteArray describe(const MmshClientContext &context);

// 2.2.2.6 Play: GET with xPlayStrm=1, starting at `streamTimeMs` (0: the beginning), with the
// streams to receive (empty: the server's choice) and an optional duration limit. `rate` other
// than 1 asks for fast-forward (> 1) or rewind (< 0) from stream-time (the Pragma rate
// token, 2.2.1.4; a server that announced features="stridable" sends key frames at that rate).
struct PlayOptions {
    quint32 streamTimeMs = 0;
    double rate = 1.0;
    quint32 maxDurationMs = 0;
    quint32 requestContext = 2;
    QList<MmshStreamSwitchEntry> streams;
};
QByteArray play(const MmshClientContext &context, const PlayOptions &options);

// 2.2.2.10 Stop: POST with xStopStrm=1 and an empty body (HTTP/1.1).
QByteArray stop(const MmshClientContext &context);

// 2.2.2.5 KeepAlive: OPTIONS with the client-id, so the server keeps the session while paused.
QByteArray keepAlive(const MmshClientContext &context);

// 2.2.2.8 SelectStream (non-pipelined): POST with the stream-switch entries and an empty body.
QByteArray selectStream(
    const MmshClientContext &context, const QList<MmshStreamSwitchEntry> &streams);

// 2.2.2.4 Log: POST whose body is an [MS-WMLOG] log, Content-Type application/x-wms-LogStats.
QByteArray log(const MmshClientContext &context, const QByteArray &body);

} // namespace MmshRequests

} // namespace mms
