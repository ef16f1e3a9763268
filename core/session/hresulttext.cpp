// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/hresulttext.h"

#include "core/protocol/mmsconstants.h"

QString describeHresult(quint32 hr)
{
    namespace H = mms::Hresult;
    switch (hr) {
    case H::Ok:
        return QStringLiteral("success");
    case H::EndOfEntry:
        return QStringLiteral("end of playlist entry");
    case H::Win32FileNotFound:
    case H::FileNotFound:
        return QStringLiteral("file not found");
    case H::Win32PathNotFound:
        return QStringLiteral("path not found");
    case H::AccessDenied:
        return QStringLiteral("access denied");
    case H::InvalidArg:
        return QStringLiteral("invalid parameter in the request");
    case H::Unexpected:
        return QStringLiteral("the file could not be opened");
    case H::NoConnection:
        return QStringLiteral("no connection");
    case H::NetworkBusy:
        return QStringLiteral("network busy");
    case H::TooManySessions:
        return QStringLiteral("too many sessions on the server");
    case H::Timeout:
        return QStringLiteral("the server timed out");
    case H::FileOpenFailed:
        return QStringLiteral("the file could not be opened");
    case H::ConnectionFailure:
        return QStringLiteral("connection failure");
    case H::InvalidRequest:
        return QStringLiteral("request invalid in the current state");
    case H::InsufficientBandwidth:
        return QStringLiteral("insufficient bandwidth");
    case H::NoStream:
        return QStringLiteral("no stream available");
    case H::StreamEnd:
        return QStringLiteral("no more data in the stream");
    case H::ServerNotFound:
        return QStringLiteral("server not found");
    case H::StrideRefused:
        return QStringLiteral("fast forward or rewind refused");
    case H::InvalidData:
        return QStringLiteral("the file is not valid ASF");
    default:
        break;
    }
    return H::isFailure(hr) ? QStringLiteral("unknown server error")
                            : QStringLiteral("unknown status");
}
