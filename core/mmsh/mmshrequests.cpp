// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mmsh/mmshrequests.h"

namespace mms::MmshRequests {

namespace {

QByteArray guid(const MmshClientContext &context)
{
    return context.clientGuid.toByteArray(QUuid::WithBraces).toUpper();
}

// Request line and the headers every request carries.
QByteArray start(QByteArrayView method, const MmshClientContext &context, QByteArrayView version)
{
    QByteArray out;
    out += method;
    out += ' ';
    out += context.path.isEmpty() ? QByteArray("/") : context.path;
    out += ' ';
    out += version;
    out += "\r\nAccept: */*\r\nUser-Agent: ";
    out += context.userAgent;
    out += "\r\nHost: ";
    out += context.host;
    out += "\r\n";
    return out;
}

void pragma(QByteArray &out, const QByteArray &value)
{
    out += "Pragma: ";
    out += value;
    out += "\r\n";
}

// client-id once the server has given one, and the GUID that names this client.
void identity(QByteArray &out, const MmshClientContext &context)
{
    if (context.clientId)
        pragma(out, "client-id=" + QByteArray::number(*context.clientId));
    pragma(out, "xClientGUID=" + guid(context));
}

// "Connection: Close", or Keep-Alive on a pipelined connection; then the end of the head.
QByteArray connection(const MmshClientContext &context)
{
    return context.pipelined ? "Connection: Keep-Alive\r\n\r\n" : "Connection: Close\r\n\r\n";
}

QByteArray version(const MmshClientContext &context)
{
    return context.pipelined ? "HTTP/1.1" : "HTTP/1.0";
}

} // namespace

QByteArray describe(const MmshClientContext &context)
{
    QByteArray out = start("GET", context, version(context));
    pragma(out,
        "no-cache,rate=1.000000,stream-time=0,stream-offset=0:0,request-context=1,max-duration=0");
    identity(out, context);
    // 3.1.4.2.1: a client that can pipeline SHOULD say so; one using HTTP/1.0 MUST NOT.
    if (context.pipelined)
        pragma(out, "pipeline-experiment=1");
    out += connection(context);
    return out;
}

QByteArray play(const MmshClientContext &context, const PlayOptions &options)
{
    QByteArray out = start("GET", context, version(context));
    // stream-offset 4294967295:4294967295 means "no packet offset": stream-time says where.
    pragma(out,
        "no-cache,rate=" + formatRate(options.rate)
            + ",stream-time=" + QByteArray::number(options.streamTimeMs)
            + ",stream-offset=4294967295:4294967295,request-context="
            + QByteArray::number(options.requestContext)
            + ",max-duration=" + QByteArray::number(options.maxDurationMs));
    pragma(out, "xPlayStrm=1");
    identity(out, context);
    if (context.pipelined)
        pragma(out, "version11-enabled=1");
    if (!options.streams.isEmpty()) {
        pragma(out, "stream-switch-count=" + QByteArray::number(options.streams.size()));
        // 2.2.1.4.27: this token MUST stand alone on its Pragma header.
        pragma(out, "stream-switch-entry=" + formatStreamSwitchEntries(options.streams));
    }
    out += connection(context);
    return out;
}

QByteArray stop(const MmshClientContext &context)
{
    QByteArray out = start("POST", context, "HTTP/1.1");
    pragma(out, "xStopStrm=1");
    identity(out, context);
    if (context.pipelined)
        out += "Connection: Keep-Alive\r\n";
    out += "Content-Length: 0\r\n\r\n";
    return out;
}

QByteArray keepAlive(const MmshClientContext &context)
{
    QByteArray out = start("OPTIONS", context, version(context));
    identity(out, context);
    out += connection(context);
    return out;
}

QByteArray selectStream(
    const MmshClientContext &context, const QList<MmshStreamSwitchEntry> &streams)
{
    QByteArray out = start("POST", context, "HTTP/1.1");
    identity(out, context);
    pragma(out, "stream-switch-count=" + QByteArray::number(streams.size()));
    pragma(out, "stream-switch-entry=" + formatStreamSwitchEntries(streams));
    out += "Content-Length: 0\r\n\r\n";
    return out;
}

QByteArray log(const MmshClientContext &context, const QByteArray &body)
{
    QByteArray out = start("POST", context, "HTTP/1.1");
    identity(out, context);
    if (context.pipelined)
        out += "Connection: Keep-Alive\r\n";
    out += "Content-Type: application/x-wms-LogStats;charset=UTF-8\r\nContent-Length: ";
    out += QByteArray::number(body.size());
    out += "\r\n\r\n";
    out += body;
    return out;
}

} // namespace mms::MmshRequests
