// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/errortext.h"

#include "core/protocol/mmsconstants.h"

QString ErrorText::forSessionError(MmsSession::Error error, quint32 hr, const QString &detail)
{
    switch (error) {
    case MmsSession::Error::None:
        return QString();
    case MmsSession::Error::InvalidUrl:
        return tr(
            "This is not a valid MMS address. Use mms://, mmst://, mmsh:// or http://host/path.");
    case MmsSession::Error::HostNotFound:
        return tr("The server's name could not be found.");
    case MmsSession::Error::ConnectionRefused:
        return tr("The server refused the connection. Is an MMS server running on that port?");
    case MmsSession::Error::ConnectionLost:
        return tr("The connection to the server was lost.");
    case MmsSession::Error::Timeout:
        return tr("The server did not answer in time.");
    case MmsSession::Error::ServerError:
        return forHresult(hr);
    case MmsSession::Error::ProtocolError:
    case MmsSession::Error::UnexpectedMessage:
        return tr("The server sent something this player does not understand (%1).").arg(detail);
    case MmsSession::Error::InvalidHeader:
        return tr("The stream's ASF header is damaged or not supported.");
    case MmsSession::Error::PacketTooLarge:
        return tr("The server sent a media packet larger than the stream allows.");
    case MmsSession::Error::AuthenticationRequired:
        return tr("The server asks for a user name and password; signing in was cancelled.");
    case MmsSession::Error::AuthenticationFailed:
        return tr("The server did not accept the user name and password.");
    case MmsSession::Error::TooManyRedirects:
        return tr("The server redirected the player too many times.");
    case MmsSession::Error::NoStreams:
        return tr("The stream has no audio or video that this player can play.");
    }
    return tr("Unknown error.");
}

QString ErrorText::forHresult(quint32 hr)
{
    namespace H = mms::Hresult;
    switch (hr) {
    case H::FileNotFound:
    case H::Win32FileNotFound:
    case H::Win32PathNotFound:
        return tr("The server could not find this file.");
    case H::AccessDenied:
        return tr("The server denied access to this file.");
    case H::TooManySessions:
        return tr("The server has too many viewers right now. Try again later.");
    case H::Timeout:
        return tr("The server timed out.");
    case H::NetworkBusy:
        return tr("The network is busy. Try again later.");
    case H::FileOpenFailed:
    case H::Unexpected:
        return tr("The server could not open this file.");
    case H::InvalidData:
        return tr("The file on the server is not a valid ASF file.");
    case H::InvalidRequest:
    case H::InvalidArg:
        return tr("The server rejected the request.");
    case H::InsufficientBandwidth:
        return tr("There is not enough bandwidth for this stream.");
    case H::NoStream:
        return tr("The server has no stream to send.");
    case H::StreamEnd:
        return tr("The stream has ended.");
    case H::NoConnection:
    case H::ConnectionFailure:
        return tr("The server lost its connection.");
    case H::ServerNotFound:
        return tr("The server could not be found.");
    case H::StrideRefused:
        return tr("The server cannot fast forward or rewind this stream.");
    default:
        // HTTP_E_STATUS_*: MMS over HTTP answered with an HTTP status we have no words of ours for.
        if ((hr & 0xFFFF0000u) == 0x80190000u)
            return tr("The server answered with HTTP status %1.").arg(hr & 0xFFFFu);
        return tr("The server reported error 0x%1.").arg(hr, 8, 16, QLatin1Char('0'));
    }
}
