// SPDX-License-Identifier: GPL-3.0-or-later
// MmshTransport, part 2: the responses of MMS over HTTP ([MS-WMSP]). The state machine is the
// same as for TCP: the Describe plays the part of Connect .. ReadBlock (Connecting, OpeningFile,
// ReadingHeader, Ready), Play that of StreamSwitch + StartPlaying (Starting, Streaming), and the
// $-packets feed the session's header, media packet and end-of-stream steps.
#include "core/asf/asfheaderparser.h"
#include "core/playlist/asxparser.h"
#include "core/session/hresulttext.h"
#include "core/session/mmssession_p.h"
#include "core/transport/mmshtransport.h"

#include <QtEndian>

using State = MmsSession::State;
using Error = MmsSession::Error;

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

mms::MmshClientContext MmshTransport::context() const
{
    mms::MmshClientContext context;
    context.path = d->m_target.httpPath;
    context.host = d->m_target.httpHost;
    context.clientGuid = d->m_playerId; // xClientGUID: the same GUID as the TCP Connect sends
    context.clientId = m_clientId;
    context.userAgent = MmsSessionPrivate::PlayerToken;
    // The Describe offers pipelining; later requests use it once the server agreed.
    context.pipelined = m_pipelined || m_exchange == Exchange::Describe;
    return context;
}

void MmshTransport::connected()
{
    if (d->m_state != State::Connecting && d->m_state != State::Starting)
        return;
    qCDebug(lcMmsProtocol).noquote() << "send" << m_request.left(m_request.indexOf("\r\n"));
    d->m_socket->write(authorized(m_request));
    if (m_exchange == Exchange::Describe)
        d->setState(State::OpeningFile);
    d->restartTimeout();
}

void MmshTransport::process()
{
    bool progress = false;
    readResponses(progress);
    if (progress && d->receiving())
        d->restartTimeout();
}

void MmshTransport::readResponses(bool &progress)
{
    auto active = [this] { return d->receiving() && m_exchange != Exchange::None; };
    if (m_pipelined && m_exchange == Exchange::None && m_reader.bufferedBytes() > 0) {
        d->fail(Error::ProtocolError, 0, MmsSession::tr("the server sent bytes nobody asked for"));
        return;
    }
    while (!d->m_readingPaused && active()) {
        mms::MmshResponseReader::Item item = m_reader.next();
        switch (item.kind) {
        case mms::MmshResponseReader::Kind::NeedMoreData:
            return;
        case mms::MmshResponseReader::Kind::Error:
            d->fail(Error::ProtocolError, 0,
                MmsSession::tr("bad bytes from the HTTP server: %1 at byte %2 (%3)")
                    .arg(QLatin1String(mms::codecStatusName(item.error.status)))
                    .arg(item.error.offset)
                    .arg(item.error.what));
            return;
        case mms::MmshResponseReader::Kind::Head:
            d->restartTimeout();
            handleHead();
            break;
        case mms::MmshResponseReader::Kind::Packet:
            // Only what moves the session on counts as progress: a server that sends $D into a
            // Describe, or $M forever, still times out.
            if (item.packet.type == mms::MmshPacketType::Header
                || (d->m_state == State::Streaming
                    && item.packet.type != mms::MmshPacketType::Metadata
                    && item.packet.type != mms::MmshPacketType::PacketPair))
                progress = true;
            handlePacket(item.packet);
            break;
        case mms::MmshResponseReader::Kind::BodyEnd:
            if (responseDone())
                break; // the next pipelined response
            if (m_exchange == Exchange::Playlist) {
                followPlaylist();
                return;
            }
            if (d->m_state == State::ReadingHeader && !d->m_streamChangeHeader) {
                d->fail(Error::InvalidHeader, 0,
                    QStringLiteral(
                        "the Describe response ended after %1 bytes of an incomplete ASF header")
                        .arg(m_header.size()));
                return;
            }
            break;
        }
    }
}

void MmshTransport::handleHead()
{
    const mms::HttpHead &head = m_reader.head();
    const int status = head.statusCode;
    qCDebug(lcMmsProtocol).noquote() << "recv HTTP" << status << head.reason;
    if (pipelineHead())
        return;
    if (status >= 300 && status < 400 && status != 304 && head.has("Location")) {
        redirect(head.value("Location"));
        return;
    }
    if (status == 401) {
        authChallenge(head); // mmshtransportauth.cpp
        return;
    }
    if (status != 200) {
        const quint32 hr = hresultForStatus(status);
        d->fail(Error::ServerError, hr,
            QStringLiteral("HTTP %1 %2: %3")
                .arg(status)
                .arg(QString::fromLatin1(head.reason), describeHresult(hr)));
        return;
    }
    d->authAccepted();
    if (d->authFinished())
        return;
    readPragmas(head);
    if (m_exchange == Exchange::Describe) {
        decidePipelining(head);
        // "Server: Cougar/9.01.01.3814": the version, as ReportConnectedEX would give it.
        const QByteArray server = head.value("Server");
        const qsizetype slash = server.indexOf('/');
        d->serverConnected(QString::fromLatin1(slash >= 0 ? server.mid(slash + 1) : server)
                               .section(QLatin1Char(' '), 0, 0));
        if (d->m_state != State::OpeningFile)
            return;
        // A Windows Media server may answer a stream's URL with an ASX playlist (Windows Media
        // Player then plays its first entry): read it whole and follow it like a redirect.
        static const QByteArrayList playlistTypes = {"video/x-ms-asf", "video/x-ms-asx",
            "audio/x-ms-asx", "video/x-ms-wvx", "audio/x-ms-wax", "video/x-ms-wmx"};
        const QByteArray type = head.value("Content-Type").split(';').value(0).trimmed().toLower();
        if (playlistTypes.contains(type)) {
            m_exchange = Exchange::Playlist;
            m_reader.keepRawBody(MaxPlaylistBytes);
            return;
        }
        m_header.clear();
        d->setState(State::ReadingHeader);
        return;
    }
    // The Play response: the stream starts (ReportStartedPlaying over TCP).
    if (m_strideSent) {
        strideStarted(head); // ReportStartStriding over TCP
        return;
    }
    d->playStarted();
}

// The Play response to a Play with a rate. A server that cannot stride the content at that rate
// plays it at 1 and says so (Pragma rate=1.000000, as mms-serve does): then this is a normal
// play, as if startPlaying() had been called; otherwise the stride runs.
void MmshTransport::strideStarted(const mms::HttpHead &head)
{
    m_strideSent = false;
    std::optional<double> granted;
    for (const QByteArray &line : head.values("Pragma")) {
        const mms::Decoded<mms::MmshPragma> pragma = mms::parsePragmas({line});
        if (pragma.ok() && !pragma.value.rate.isEmpty())
            granted = pragma.value.rateValue();
    }
    if (granted && *granted != m_strideSentRate) {
        qCWarning(lcMmsSession).noquote()
            << QStringLiteral("the server plays at %1x instead of the %2x asked for")
                   .arg(*granted)
                   .arg(m_strideSentRate);
        d->m_strideRate = 0.0;
        d->playStarted();
        return;
    }
    d->m_startSent = false;
    d->stridingStarted(m_strideSentRate);
}

void MmshTransport::readPragmas(const mms::HttpHead &head)
{
    // Pragma lines one by one: a line that does not parse is dropped, not the response.
    for (const QByteArray &line : head.values("Pragma")) {
        const mms::Decoded<mms::MmshPragma> pragma = mms::parsePragmas({line});
        if (!pragma.ok()) {
            qCDebug(lcMmsSession).noquote() << "Pragma ignored:" << pragma.error.what;
            continue;
        }
        if (pragma.value.clientId) {
            m_clientId = pragma.value.clientId;
            d->m_clientId = *pragma.value.clientId;
        }
        if (!pragma.value.features.isEmpty()) {
            m_broadcast = pragma.value.hasFeature("broadcast");
            m_seekable = pragma.value.hasFeature("seekable");
            m_stridable = pragma.value.hasFeature("stridable");
        }
    }
}

void MmshTransport::redirect(const QByteArray &location)
{
    if (m_exchange != Exchange::Describe) {
        d->fail(Error::ProtocolError, 0, MmsSession::tr("the server redirects a Play request"));
        return;
    }
    d->redirect(QString::fromUtf8(location));
}

void MmshTransport::followPlaylist()
{
    const QByteArray body = m_reader.rawBody();
    if (AsxParser::looksLikeAsf(body)) {
        d->fail(Error::ProtocolError, 0,
            MmsSession::tr("the server sent a plain ASF file over HTTP, not an MMS stream"));
        return;
    }
    const AsxParseResult parsed = AsxParser::parse(body, d->m_url);
    if (!parsed.ok) {
        d->fail(Error::ProtocolError, 0,
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
            m_exchange = Exchange::Describe;
            redirect(ref.toEncoded());
            return;
        }
    }
    d->fail(Error::ProtocolError, 0,
        MmsSession::tr("the server answered with a playlist that names no MMS stream"));
}

void MmshTransport::handlePacket(const mms::MmshPacket &packet)
{
    switch (packet.type) {
    case mms::MmshPacketType::Header:
        if (d->m_state == State::ReadingHeader)
            headerPiece(packet.payload);
        // A Play response repeats the header before its $D packets: we have it already.
        return;
    case mms::MmshPacketType::Data: {
        mms::DataPacket data;
        data.locationId = packet.locationId;
        data.playIncarnation = packet.incarnation;
        data.afFlags = packet.afFlags;
        data.payload = packet.payload;
        d->dataPacket(data);
        return;
    }
    case mms::MmshPacketType::EndOfStream:
        endOfStream(packet.reason);
        return;
    case mms::MmshPacketType::StreamChange:
        if (d->m_state != State::Streaming)
            return;
        // [MS-WMSP] 2.2.3.2: a new playlist entry; its header follows as $H on this response.
        m_header.clear();
        d->streamChanged();
        return;
    case mms::MmshPacketType::Metadata:
    case mms::MmshPacketType::PacketPair:
        return; // nothing we use
    }
}

void MmshTransport::headerPiece(const QByteArray &piece)
{
    m_header += piece;
    // The MMS "ASF file header" is the Header Object (its size at bytes 16..23) and the 50-byte
    // Data Object preamble: complete once that many bytes are in.
    if (m_header.size() < 24) {
        return;
    }
    const quint64 objectSize = qFromLittleEndian<quint64>(m_header.constData() + 16);
    if (objectSize < 30 || objectSize > quint64(asf::MaxHeaderBytes - 50)) {
        d->fail(Error::InvalidHeader, 0,
            MmsSession::tr("the ASF Header Object claims %1 bytes, outside 30..%2")
                .arg(objectSize)
                .arg(asf::MaxHeaderBytes - 50));
        return;
    }
    const qsizetype total = qsizetype(objectSize) + 50;
    if (m_header.size() < total)
        return;
    const QByteArray bytes = m_header.left(total);
    m_header.clear();
    d->headerComplete(bytes);
}

void MmshTransport::endOfStream(quint32 reason)
{
    if (d->m_state != State::Streaming || d->m_awaitingStreamChange)
        return;
    if (reason != mms::Hresult::Ok && reason != mms::Hresult::EndOfEntry) {
        d->fail(Error::ServerError, reason,
            QStringLiteral("$E: %1 (0x%2)")
                .arg(describeHresult(reason))
                .arg(reason, 8, 16, QLatin1Char('0')));
        return;
    }
    // Non-pipelined, the response is over with S_OK; the server closes its end too.
    if (reason == mms::Hresult::EndOfEntry) // [MS-WMSP] 2.2.3.4: $C and the next $H follow
        d->entryEnded(reason);
    else
        d->endOfStream(reason, !m_pipelined);
}

void MmshTransport::fillInfo(const asf::Header &header)
{
    MmsFileInfo &info = d->m_info;
    info.packetSize = header.packetSize();
    info.packetCount = header.file.dataPacketsCount;
    info.durationSeconds = header.durationSeconds();
    info.headerSize = quint32(header.mmsHeaderSize());
    info.bitrate = header.totalBitrate();
    info.broadcast = m_broadcast || header.file.broadcast;
    info.seekable = !info.broadcast && (m_seekable || header.file.seekable);
    d->fileOpened(info);
}
