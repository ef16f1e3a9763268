// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSessionPrivate, part 5: the MMS-over-HTTP wire ([MS-WMSP], non-pipelined mode: one request
// per connection) and rollover from MMS over TCP. The state machine is the same as for TCP:
// Describe plays the part of Connect .. ReadBlock (Connecting, OpeningFile, ReadingHeader,
// Ready), Play that of StreamSwitch + StartPlaying (Starting, Streaming), and the $-packets
// feed the same header, media packet and end-of-stream paths.
#include "core/asf/asfheaderparser.h"
#include "core/playlist/asxparser.h"
#include "core/session/hresulttext.h"
#include "core/session/mmssession_p.h"

#include <QtEndian>

namespace {

// HTTP statuses as HRESULTs, so that errors in words (describeHresult, ErrorText) cover both
// wires: the ones with an MS-MMSP meaning map to it, others to HTTP_E_STATUS_* (0x8019xxxx).
quint32 hresultForStatus(int status)
{
    switch (status) {
    case 403:
        return mms::Hresult::AccessDenied;
    case 404:
    case 410:
        return mms::Hresult::FileNotFound;
    case 503:
        return mms::Hresult::TooManySessions;
    case 504: // mms-serve: a broadcast whose source sent nothing in time
        return mms::Hresult::NoStream;
    default:
        return 0x80190000u | quint32(status & 0xFFFF);
    }
}

} // namespace

mms::MmshClientContext MmsSessionPrivate::httpContext() const
{
    mms::MmshClientContext context;
    context.path = m_target.httpPath;
    context.host = m_target.httpHost;
    context.clientGuid = m_playerId; // xClientGUID: the same GUID as the TCP Connect sends
    context.clientId = m_httpClientId;
    context.userAgent = PlayerToken;
    // The Describe offers pipelining; later requests use it once the server agreed.
    context.pipelined = m_httpPipelined || m_httpExchange == HttpExchange::Describe;
    return context;
}

void MmsSessionPrivate::httpConnected()
{
    if (m_state != State::Connecting && m_state != State::Starting)
        return;
    qCDebug(lcMmsProtocol).noquote() << "send" << m_httpRequest.left(m_httpRequest.indexOf("\r\n"));
    m_socket->write(httpAuthorized(m_httpRequest));
    if (m_httpExchange == HttpExchange::Describe)
        setState(State::OpeningFile);
    restartTimeout();
}

void MmsSessionPrivate::httpProcess(bool &progress)
{
    auto active = [this] {
        return m_state != State::Idle && m_state != State::Closed && m_state != State::Failed
            && m_state != State::Closing && m_httpExchange != HttpExchange::None;
    };
    if (m_httpPipelined && m_httpExchange == HttpExchange::None
        && m_httpReader.bufferedBytes() > 0) {
        fail(Error::ProtocolError, 0, MmsSession::tr("the server sent bytes nobody asked for"));
        return;
    }
    while (!m_readingPaused && active()) {
        mms::MmshResponseReader::Item item = m_httpReader.next();
        switch (item.kind) {
        case mms::MmshResponseReader::Kind::NeedMoreData:
            return;
        case mms::MmshResponseReader::Kind::Error:
            fail(Error::ProtocolError, 0,
                MmsSession::tr("bad bytes from the HTTP server: %1 at byte %2 (%3)")
                    .arg(QLatin1String(mms::codecStatusName(item.error.status)))
                    .arg(item.error.offset)
                    .arg(item.error.what));
            return;
        case mms::MmshResponseReader::Kind::Head:
            restartTimeout();
            httpHandleHead();
            break;
        case mms::MmshResponseReader::Kind::Packet:
            // Only what moves the session on counts as progress: a server that sends $D into a
            // Describe, or $M forever, still times out.
            if (item.packet.type == mms::MmshPacketType::Header
                || (m_state == State::Streaming && item.packet.type != mms::MmshPacketType::Metadata
                    && item.packet.type != mms::MmshPacketType::PacketPair))
                progress = true;
            httpHandlePacket(item.packet);
            break;
        case mms::MmshResponseReader::Kind::BodyEnd:
            if (httpResponseDone())
                break; // the next pipelined response
            if (m_httpExchange == HttpExchange::Playlist) {
                httpFollowPlaylist();
                return;
            }
            if (m_state == State::ReadingHeader && !m_streamChangeHeader) {
                fail(Error::InvalidHeader, 0,
                    QStringLiteral(
                        "the Describe response ended after %1 bytes of an incomplete ASF header")
                        .arg(m_httpHeader.size()));
                return;
            }
            break;
        }
    }
}

void MmsSessionPrivate::httpHandleHead()
{
    const mms::HttpHead &head = m_httpReader.head();
    const int status = head.statusCode;
    qCDebug(lcMmsProtocol).noquote() << "recv HTTP" << status << head.reason;
    if (httpPipelineHead())
        return;
    if (status >= 300 && status < 400 && status != 304 && head.has("Location")) {
        httpRedirect(head.value("Location"));
        return;
    }
    if (status == 401) {
        httpAuthChallenge(head); // mmssessionauth.cpp
        return;
    }
    if (status != 200) {
        const quint32 hr = hresultForStatus(status);
        fail(Error::ServerError, hr,
            QStringLiteral("HTTP %1 %2: %3")
                .arg(status)
                .arg(QString::fromLatin1(head.reason), describeHresult(hr)));
        return;
    }
    authAccepted();
    if (authFinished())
        return;
    // Pragma lines one by one: a line that does not parse is dropped, not the response.
    for (const QByteArray &line : head.values("Pragma")) {
        const mms::Decoded<mms::MmshPragma> pragma = mms::parsePragmas({line});
        if (!pragma.ok()) {
            qCDebug(lcMmsSession).noquote() << "Pragma ignored:" << pragma.error.what;
            continue;
        }
        if (pragma.value.clientId) {
            m_httpClientId = pragma.value.clientId;
            m_clientId = *pragma.value.clientId;
        }
        if (!pragma.value.features.isEmpty()) {
            m_httpBroadcast = pragma.value.hasFeature("broadcast");
            m_httpSeekable = pragma.value.hasFeature("seekable");
        }
    }
    if (m_httpExchange == HttpExchange::Describe) {
        httpDecidePipelining(head);
        // "Server: Cougar/9.01.01.3814": the version, as ReportConnectedEX would give it.
        const QByteArray server = head.value("Server");
        const qsizetype slash = server.indexOf('/');
        m_serverVersion = QString::fromLatin1(slash >= 0 ? server.mid(slash + 1) : server)
                              .section(QLatin1Char(' '), 0, 0);
        m_serverMajor = m_serverVersion.section(QLatin1Char('.'), 0, 0).toInt();
        emit q->connected(m_serverVersion);
        if (m_state != State::OpeningFile)
            return;
        // A Windows Media server may answer a stream's URL with an ASX playlist (Windows Media
        // Player then plays its first entry): read it whole and follow it like a redirect.
        static const QByteArrayList playlistTypes = {"video/x-ms-asf", "video/x-ms-asx",
            "audio/x-ms-asx", "video/x-ms-wvx", "audio/x-ms-wax", "video/x-ms-wmx"};
        const QByteArray type = head.value("Content-Type").split(';').value(0).trimmed().toLower();
        if (playlistTypes.contains(type)) {
            m_httpExchange = HttpExchange::Playlist;
            m_httpReader.keepRawBody(MaxPlaylistBytes);
            return;
        }
        m_httpHeader.clear();
        setState(State::ReadingHeader);
        return;
    }
    // The Play response: the stream starts (ReportStartedPlaying over TCP).
    m_startSent = false;
    if (m_state == State::Starting)
        setState(State::Streaming);
    const bool resumed = m_reconnectAttempt > 0 && m_resumingPlay;
    m_reconnectAttempt = 0;
    emit q->startedPlaying();
    if (resumed && m_state == State::Streaming)
        emit q->resumed(m_startPosition);
}

void MmsSessionPrivate::httpRedirect(const QByteArray &location)
{
    if (m_httpExchange != HttpExchange::Describe) {
        fail(Error::ProtocolError, 0, MmsSession::tr("the server redirects a Play request"));
        return;
    }
    if (m_redirects >= MaxRedirects) {
        fail(Error::TooManyRedirects, 0,
            MmsSession::tr("more than %1 redirects; the last one pointed to %2")
                .arg(MaxRedirects)
                .arg(QString::fromUtf8(location)));
        return;
    }
    const QUrl next = m_url.resolved(QUrl(QString::fromUtf8(location), QUrl::TolerantMode));
    const MmsUrl target = parseMmsUrl(next, true);
    if (!target.valid) {
        fail(Error::ProtocolError, 0,
            MmsSession::tr("redirect to an unusable location \"%1\": %2")
                .arg(QString::fromUtf8(location), target.error));
        return;
    }
    ++m_redirects;
    m_url = next;
    m_target = target;
    m_transport = MmsSession::Transport::None; // the new URL's scheme chooses again
    m_rolloverReason.clear();
    emit q->redirected(next);
    if (m_state != State::OpeningFile && m_state != State::ReadingHeader)
        return; // a slot took over
    quietAbort();
    connectToTarget();
}

void MmsSessionPrivate::httpFollowPlaylist()
{
    const QByteArray body = m_httpReader.rawBody();
    if (AsxParser::looksLikeAsf(body)) {
        fail(Error::ProtocolError, 0,
            MmsSession::tr("the server sent a plain ASF file over HTTP, not an MMS stream"));
        return;
    }
    const AsxParseResult parsed = AsxParser::parse(body, m_url);
    if (!parsed.ok) {
        fail(Error::ProtocolError, 0,
            MmsSession::tr("the server answered with a playlist that does not parse: %1")
                .arg(parsed.errorString()));
        return;
    }
    for (const PlaylistEntry &entry : parsed.playlist.entries) {
        for (const QUrl &ref : entry.refs) {
            if (!parseMmsUrl(ref).valid)
                continue;
            qCInfo(lcMmsSession).noquote()
                << "the server answered with a playlist; following its first entry" << ref;
            m_httpExchange = HttpExchange::Describe;
            httpRedirect(ref.toEncoded());
            return;
        }
    }
    fail(Error::ProtocolError, 0,
        MmsSession::tr("the server answered with a playlist that names no MMS stream"));
}

void MmsSessionPrivate::httpHandlePacket(const mms::MmshPacket &packet)
{
    switch (packet.type) {
    case mms::MmshPacketType::Header:
        if (m_state == State::ReadingHeader)
            httpHeaderPiece(packet.payload);
        // A Play response repeats the header before its $D packets: we have it already.
        return;
    case mms::MmshPacketType::Data: {
        if (m_state != State::Streaming || m_awaitingStreamChange) {
            qCDebug(lcMmsSession) << "dropping $D packet" << packet.locationId
                                  << "while not streaming";
            return;
        }
        mms::DataPacket data;
        data.locationId = packet.locationId;
        data.playIncarnation = packet.incarnation;
        data.afFlags = packet.afFlags;
        data.payload = packet.payload;
        handleMediaPacket(data);
        return;
    }
    case mms::MmshPacketType::EndOfStream:
        httpEndOfStream(packet.reason);
        return;
    case mms::MmshPacketType::StreamChange:
        httpStreamChange();
        return;
    case mms::MmshPacketType::Metadata:
    case mms::MmshPacketType::PacketPair:
        return; // nothing we use
    }
}

void MmsSessionPrivate::httpHeaderPiece(const QByteArray &piece)
{
    m_httpHeader += piece;
    // The MMS "ASF file header" is the Header Object (its size at bytes 16..23) and the 50-byte
    // Data Object preamble: complete once that many bytes are in.
    if (m_httpHeader.size() < 24) {
        return;
    }
    const quint64 objectSize = qFromLittleEndian<quint64>(m_httpHeader.constData() + 16);
    if (objectSize < 30 || objectSize > quint64(asf::MaxHeaderBytes - 50)) {
        fail(Error::InvalidHeader, 0,
            MmsSession::tr("the ASF Header Object claims %1 bytes, outside 30..%2")
                .arg(objectSize)
                .arg(asf::MaxHeaderBytes - 50));
        return;
    }
    const qsizetype total = qsizetype(objectSize) + 50;
    if (m_httpHeader.size() < total)
        return;
    const QByteArray bytes = m_httpHeader.left(total);
    m_httpHeader.clear();
    headerComplete(bytes);
}

void MmsSessionPrivate::httpEndOfStream(quint32 reason)
{
    if (m_state != State::Streaming || m_awaitingStreamChange)
        return;
    if (reason != mms::Hresult::Ok && reason != mms::Hresult::EndOfEntry) {
        fail(Error::ServerError, reason,
            QStringLiteral("$E: %1 (0x%2)")
                .arg(describeHresult(reason))
                .arg(reason, 8, 16, QLatin1Char('0')));
        return;
    }
    sendLogging();
    if (reason == mms::Hresult::EndOfEntry) {
        // [MS-WMSP] 2.2.3.4: S_FALSE: a $C and the next entry's header follow.
        m_awaitingStreamChange = true;
        emit q->endOfStream(reason);
        return;
    }
    if (!m_httpPipelined)
        quietAbort(); // the response is over; the server closes its end too
    setState(State::Ready);
    emit q->endOfStream(reason);
    if (m_state == State::Ready && m_closeAfterStop) {
        m_closeAfterStop = false;
        sendCloseFile();
    }
}

void MmsSessionPrivate::httpStreamChange()
{
    if (m_state != State::Streaming)
        return;
    // [MS-WMSP] 2.2.3.2: a new playlist entry; its header follows as $H on this response.
    m_awaitingStreamChange = false;
    m_streamChangeHeader = true;
    m_httpHeader.clear();
    if (m_playlistEntry < quint32(mms::MaxPlaylistEntries))
        ++m_playlistEntry;
    m_resumingPlay = false;
    m_dropUpTo.reset();
    m_lastLocation.reset();
    m_explicitSelection.reset();
    setState(State::ReadingHeader);
    emit q->streamChanged();
}

void MmsSessionPrivate::httpFillInfo(const asf::Header &header)
{
    const bool afterChange = m_streamChangeHeader;
    m_info.packetSize = header.packetSize();
    m_info.packetCount = header.file.dataPacketsCount;
    m_info.durationSeconds = header.durationSeconds();
    m_info.headerSize = quint32(header.mmsHeaderSize());
    m_info.bitrate = header.totalBitrate();
    m_info.broadcast = m_httpBroadcast || header.file.broadcast;
    m_info.seekable = !m_info.broadcast && (m_httpSeekable || header.file.seekable);
    m_fileOpen = true;
    if (!afterChange)
        emit q->fileOpened(m_info);
}
