// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/hresulttext.h"

#include "core/protocol/mmsconstants.h"

#include <QCoreApplication>

namespace {

QString words(const char *text)
{
    return QCoreApplication::translate("HresultText", text);
}

} // namespace

QString describeHresult(quint32 hr)
{
    namespace H = mms::Hresult;
    switch (hr) {
    case H::Ok:
        return words(QT_TRANSLATE_NOOP("HresultText", "success"));
    case H::EndOfEntry:
        return words(QT_TRANSLATE_NOOP("HresultText", "end of playlist entry"));
    case H::Win32FileNotFound:
    case H::FileNotFound:
        return words(QT_TRANSLATE_NOOP("HresultText", "file not found"));
    case H::Win32PathNotFound:
        return words(QT_TRANSLATE_NOOP("HresultText", "path not found"));
    case H::AccessDenied:
        return words(QT_TRANSLATE_NOOP("HresultText", "access denied"));
    case H::InvalidArg:
        return words(QT_TRANSLATE_NOOP("HresultText", "invalid parameter in the request"));
    case H::Unexpected:
    case H::FileOpenFailed:
        return words(QT_TRANSLATE_NOOP("HresultText", "the file could not be opened"));
    case H::NoConnection:
        return words(QT_TRANSLATE_NOOP("HresultText", "no connection"));
    case H::NetworkBusy:
        return words(QT_TRANSLATE_NOOP("HresultText", "network busy"));
    case H::TooManySessions:
        return words(QT_TRANSLATE_NOOP("HresultText", "too many sessions on the server"));
    case H::Timeout:
        return words(QT_TRANSLATE_NOOP("HresultText", "the server timed out"));
    case H::ConnectionFailure:
        return words(QT_TRANSLATE_NOOP("HresultText", "connection failure"));
    case H::InvalidRequest:
        return words(QT_TRANSLATE_NOOP("HresultText", "request invalid in the current state"));
    case H::InsufficientBandwidth:
        return words(QT_TRANSLATE_NOOP("HresultText", "insufficient bandwidth"));
    case H::NoStream:
        return words(QT_TRANSLATE_NOOP("HresultText", "no stream available"));
    case H::StreamEnd:
        return words(QT_TRANSLATE_NOOP("HresultText", "no more data in the stream"));
    case H::ServerNotFound:
        return words(QT_TRANSLATE_NOOP("HresultText", "server not found"));
    case H::StrideRefused:
        return words(QT_TRANSLATE_NOOP("HresultText", "fast forward or rewind refused"));
    case H::InvalidData:
        return words(QT_TRANSLATE_NOOP("HresultText", "the file is not valid ASF"));
    default:
        break;
    }
    return H::isFailure(hr) ? words(QT_TRANSLATE_NOOP("HresultText", "unknown server error"))
                            : words(QT_TRANSLATE_NOOP("HresultText", "unknown status"));
}
