// SPDX-License-Identifier: GPL-3.0-or-later
// MmsSessionPrivate, part 3: one handler per server message, and the Data packets.
#include "core/session/mmssession_p.h"

#include "core/asf/asfheaderparser.h"
#include "core/asf/asfpacket.h"
#include "core/session/hresulttext.h"
#include "core/session/streamselector.h"

#include <QHostAddress>
#include <QMetaEnum>

namespace {

QString hex32(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}

} // namespace

bool MmsSessionPrivate::unexpected(mms::MessageId id)
{
    using Id = mms::MessageId;
    bool ok = true;
    switch (id) {
    case Id::ReportConnectedEX:
    case Id::ReportFunnelInfo:
        ok = m_expected == quint32(id);
        break;
    case Id::ReportConnectedFunnel:
    case Id::ReportDisconnectedFunnel:
        ok = m_expected == quint32(Id::ReportConnectedFunnel);
        break;
    case Id::ReportOpenFile:
    case Id::SecurityChallenge:
    case Id::ReportRedirect:
        ok = m_expected == quint32(Id::ReportOpenFile);
        break;
    case Id::ReportReadBlock:
        ok = m_state == State::ReadingHeader && !m_streamChangeHeader && !m_readBlockReported;
        break;
    case Id::ReportStreamSwitch:
        ok = m_switchPending;
        break;
    case Id::ReportStartedPlaying:
        ok = m_startSent && (m_state == State::Starting || m_state == State::Stopping);
        break;
    case Id::ReportEndOfStream:
        ok = !m_awaitingStreamChange
            && (m_state == State::Streaming || m_state == State::Stopping
                || (m_state == State::Starting && m_startSent)
                || (m_state == State::Ready && m_strayEndOfStream));
        break;
    case Id::ReportStreamChange:
        ok = m_awaitingStreamChange;
        break;
    case Id::ReportStartStriding:
        ok = m_strideSent && (m_state == State::Starting || m_state == State::Stopping);
        break;
    default:
        break;
    }
    if (!ok) {
        // MS-MMSP 3.1.5: each report answers one request; anything else means the server and we
        // disagree about the session's state.
        fail(Error::UnexpectedMessage, 0,
            MmsSession::tr("%1 arrived while %2, out of order")
                .arg(QLatin1String(mms::messageName(id)),
                    QLatin1String(
                        QMetaEnum::fromType<MmsSession::State>().valueToKey(int(m_state)))));
    }
    return !ok;
}

bool MmsSessionPrivate::checkHr(mms::MessageId id, quint32 hr)
{
    // MS-MMSP 3.1 / notes §9.10: a failure HRESULT in any report ends the session.
    if (!mms::Hresult::isFailure(hr))
        return true;
    fail(Error::ServerError, hr,
         QStringLiteral("%1: %2 (%3)").arg(QLatin1String(mms::messageName(id)), describeHresult(hr), hex32(hr)));
    return false;
}

void MmsSessionPrivate::handleCommand(const mms::CommandPacket &packet)
{
    using Id = mms::MessageId;
    if (packet.id != Id::Ping && unexpected(packet.id))
        return;
    switch (packet.id) {
#define MMS_DISPATCH(TYPE, HANDLER)                                                               \
    case Id::TYPE: {                                                                              \
        mms::TYPE message;                                                                        \
        if (decode(packet, message))                                                              \
            HANDLER(message);                                                                     \
        return;                                                                                   \
    }
        MMS_DISPATCH(ReportConnectedEX, onConnectedEx)
        MMS_DISPATCH(ReportFunnelInfo, onFunnelInfo)
        MMS_DISPATCH(ReportConnectedFunnel, onConnectedFunnel)
        MMS_DISPATCH(ReportDisconnectedFunnel, onDisconnectedFunnel)
        MMS_DISPATCH(ReportOpenFile, onOpenFile)
        MMS_DISPATCH(SecurityChallenge, onSecurityChallenge)
        MMS_DISPATCH(ReportRedirect, onRedirect)
        MMS_DISPATCH(ReportReadBlock, onReadBlock)
        MMS_DISPATCH(ReportStreamSwitch, onStreamSwitch)
        MMS_DISPATCH(ReportStartedPlaying, onStartedPlaying)
        MMS_DISPATCH(ReportStartStriding, onStartStriding)
        MMS_DISPATCH(ReportEndOfStream, onEndOfStream)
        MMS_DISPATCH(ReportStreamChange, onStreamChange)
        MMS_DISPATCH(Ping, onPing)
#undef MMS_DISPATCH
    default:
        // Notes §4.1: a client should ignore unknown server MIDs rather than abort.
        qCDebug(lcMmsProtocol).noquote() << "recv" << mms::messageName(quint32(packet.id)) << "(ignored)";
        return;
    }
}

void MmsSessionPrivate::onConnectedEx(const mms::ReportConnectedEX &m)
{
    m_expected = 0;
    // An MS-MMSP server answered: this connection stays TCP whatever comes next.
    m_rolloverArmed = false;
    m_rolloverTimer.stop();
    if (!checkHr(mms::MessageId::ReportConnectedEX, m.hr))
        return;
    m_serverVersion = m.serverVersionInfo;
    // MS-MMSP 3.1.5.3: the major version decides Fast Start and end-of-stream handling.
    m_serverMajor = m_serverVersion.section(QLatin1Char('.'), 0, 0).toInt();
    m_authenPackage = m.authenPackage;
    emit q->connected(m_serverVersion);
    if (m_state != State::Connecting)
        return;
    // MS-MMSP 3.1.5.3: FunnelInfo SHOULD follow; 0xF0F0F0EF because we do not probe bandwidth.
    mms::FunnelInfo funnelInfo;
    funnelInfo.playIncarnation = mms::DisablePacketPair;
    send(funnelInfo);
    m_expected = quint32(mms::MessageId::ReportFunnelInfo);
}

void MmsSessionPrivate::onFunnelInfo(const mms::ReportFunnelInfo &m)
{
    m_expected = 0;
    if (!checkHr(mms::MessageId::ReportFunnelInfo, m.hr))
        return;
    m_clientId = m.nCubs;
    emit q->funnelInfoReceived(m_clientId);
    if (m_state != State::Connecting)
        return;
    // MS-MMSP 2.2.4.18: "\\" address "\TCP\" port of our end of the connection.
    QHostAddress local = m_socket->localAddress();
    bool isV4 = false;
    const quint32 v4 = local.toIPv4Address(&isV4);
    if (isV4)
        local = QHostAddress(v4);
    mms::ConnectFunnel funnel;
    funnel.playIncarnation = 0;
    funnel.maxBlockBytes = 0xFFFFFFFF;
    funnel.maxFunnelBytes = 0;
    funnel.maxBitRate = 0x00989680;
    funnel.funnelMode = 2;
    funnel.funnelName = QStringLiteral("\\\\%1\\TCP\\%2").arg(local.toString()).arg(m_socket->localPort());
    send(funnel);
    m_expected = quint32(mms::MessageId::ReportConnectedFunnel);
}

void MmsSessionPrivate::onConnectedFunnel(const mms::ReportConnectedFunnel &m)
{
    m_expected = 0;
    if (!checkHr(mms::MessageId::ReportConnectedFunnel, m.hr))
        return;
    emit q->funnelConnected();
    if (m_state != State::Connecting)
        return;
    mms::OpenFile open;
    open.playIncarnation = nextPlayIncarnation();
    open.spare = 0;
    open.fileName = openFileName();
    m_openIncarnation = quint8(open.playIncarnation);
    send(open);
    m_expected = quint32(mms::MessageId::ReportOpenFile);
    setState(State::OpeningFile);
}

void MmsSessionPrivate::onDisconnectedFunnel(const mms::ReportDisconnectedFunnel &m)
{
    // MS-MMSP 3.1.5.5: the server refused the TCP transport; we have no other to offer.
    fail(Error::ServerError, m.hr,
        MmsSession::tr("the server refused the TCP data transport: %1 (%2)")
            .arg(describeHresult(m.hr), hex32(m.hr)));
}

void MmsSessionPrivate::onOpenFile(const mms::ReportOpenFile &m)
{
    m_expected = 0;
    if (authOpenFileResult(m.hr))
        return;
    if (!checkHr(mms::MessageId::ReportOpenFile, m.hr))
        return;
    if (m.playIncarnation != m_openIncarnation)
        qCWarning(lcMmsSession) << "ReportOpenFile echoes incarnation" << m.playIncarnation << "not"
                                << m_openIncarnation;
    // Limits before any of these numbers sizes anything.
    if (m.filePacketSize == 0 || m.filePacketSize > asf::MaxPacketSize) {
        fail(Error::ProtocolError, 0,
            MmsSession::tr("ReportOpenFile: packet size %1 is outside 1..%2")
                .arg(m.filePacketSize)
                .arg(asf::MaxPacketSize));
        return;
    }
    if (m.fileHeaderSize > asf::MaxHeaderBytes) {
        fail(Error::InvalidHeader, 0,
            MmsSession::tr("ReportOpenFile announces a %1-byte header, over the limit of %2 bytes")
                .arg(m.fileHeaderSize)
                .arg(asf::MaxHeaderBytes));
        return;
    }
    m_info.openFileId = m.openFileId;
    m_info.attributes = m.fileAttributes;
    m_info.durationSeconds = m.fileDuration;
    m_info.packetSize = m.filePacketSize;
    m_info.packetCount = m.filePacketCount;
    m_info.headerSize = m.fileHeaderSize;
    m_info.bitrate = m.fileBitRate;
    m_info.broadcast = (m.fileAttributes & mms::FileAttribute::Broadcast) != 0;
    m_info.seekable = (m.fileAttributes & mms::FileAttribute::CanSeek) != 0;
    m_fileOpen = true;
    emit q->fileOpened(m_info);
    if (m_state != State::OpeningFile)
        return;
    // MS-MMSP 2.2.4.23: every field but openFileId and playIncarnation is a spec constant, and
    // mms::ReadBlock's defaults are those constants.
    mms::ReadBlock readBlock;
    readBlock.openFileId = m_info.openFileId;
    readBlock.playIncarnation = nextHeaderIncarnation();
    m_assembler.reset(quint8(readBlock.playIncarnation), m.fileHeaderSize, m.filePacketSize, asf::MaxHeaderBytes);
    m_readBlockReported = false;
    m_streamChangeHeader = false;
    send(readBlock);
    setState(State::ReadingHeader);
}

void MmsSessionPrivate::onRedirect(const mms::ReportRedirect &m)
{
    m_expected = 0;
    if (!checkHr(mms::MessageId::ReportRedirect, m.hr))
        return;
    if (m.redirectType != quint16(mms::RedirectType::Url)) {
        fail(Error::ProtocolError, 0,
            MmsSession::tr("the server redirects to a proxy (\"%1\"), which is not supported")
                .arg(m.location));
        return;
    }
    if (m_redirects >= MaxRedirects) {
        fail(Error::TooManyRedirects, 0,
            MmsSession::tr("more than %1 redirects; the last one pointed to %2")
                .arg(MaxRedirects)
                .arg(m.location));
        return;
    }
    // MS-MMSP 2.2.4.9: the location is not percent-encoded.
    const QUrl next(m.location, QUrl::TolerantMode);
    const MmsUrl target = parseMmsUrl(next, true);
    if (!target.valid) {
        fail(Error::ProtocolError, 0,
            MmsSession::tr("redirect to an unusable location \"%1\": %2")
                .arg(m.location, target.error));
        return;
    }
    ++m_redirects;
    m_url = next;
    m_target = target;
    m_transport = MmsSession::Transport::None; // the new URL's scheme chooses the wire again
    m_rolloverReason.clear();
    emit q->redirected(next);
    if (m_state != State::OpeningFile)
        return;
    // MS-MMSP 3.1.5.7: close, re-initialise and start again with Connect (same GUID).
    quietAbort();
    connectToTarget();
}

void MmsSessionPrivate::onReadBlock(const mms::ReportReadBlock &m)
{
    if (!checkHr(mms::MessageId::ReportReadBlock, m.hr))
        return;
    if (m.playIncarnation != m_assembler.incarnation())
        qCWarning(lcMmsSession) << "ReportReadBlock echoes incarnation" << m.playIncarnation << "not"
                                << m_assembler.incarnation();
    m_readBlockReported = true;
}

void MmsSessionPrivate::onStreamSwitch(const mms::ReportStreamSwitch &m)
{
    m_switchPending = false;
    if (!checkHr(mms::MessageId::ReportStreamSwitch, m.hr))
        return;
    emit q->streamsSwitched();
    if (m_state != State::Starting)
        return;
    if (m_startAfterSwitch) {
        m_startAfterSwitch = false;
        sendStartPlaying();
    } else {
        setState(State::Ready); // stopPlaying() cancelled the start before StartPlaying went out
    }
}

void MmsSessionPrivate::onStartedPlaying(const mms::ReportStartedPlaying &m)
{
    m_startSent = false;
    if (!checkHr(mms::MessageId::ReportStartedPlaying, m.hr))
        return;
    // MS-MMSP 2.2.4.10: the incarnation is copied from StartPlaying; Data packets will carry it.
    if (m.playIncarnation != m_playIncarnation) {
        fail(Error::ProtocolError, 0,
            MmsSession::tr("ReportStartedPlaying carries incarnation %1, StartPlaying sent %2")
                .arg(m.playIncarnation)
                .arg(m_playIncarnation));
        return;
    }
    if (m_state == State::Starting)
        setState(State::Streaming);
    const bool resumed = m_reconnectAttempt > 0 && m_resumingPlay;
    m_reconnectAttempt = 0; // a play runs on the new connection: the reconnect succeeded
    emit q->startedPlaying();
    if (resumed && m_state == State::Streaming)
        emit q->resumed(m_startPosition);
}

void MmsSessionPrivate::onEndOfStream(const mms::ReportEndOfStream &m)
{
    if (m_strayEndOfStream && quint8(m.playIncarnation) == *m_strayEndOfStream) {
        m_strayEndOfStream.reset(); // our StopPlaying crossed the server's end of that play
        return;
    }
    if (m_state == State::Ready) {
        fail(Error::UnexpectedMessage, 0,
            MmsSession::tr("%1 arrived while %2, out of order")
                .arg(QLatin1String("ReportEndOfStream"), QLatin1String("Ready")));
        return;
    }
    if (m.hr != mms::Hresult::Ok && m.hr != mms::Hresult::EndOfEntry) {
        // MS-MMSP 2.2.4.5: any other value is an error.
        fail(Error::ServerError, m.hr,
            MmsSession::tr("ReportEndOfStream: %1 (%2)").arg(describeHresult(m.hr), hex32(m.hr)));
        return;
    }
    m_startSent = false;
    if (m_stopSent) {
        // MS-MMSP 3.1.5.18: after our StopPlaying this is its acknowledgement.
        m_stopSent = false;
        m_strayEndOfStream = m_playIncarnation;
        setState(State::Ready);
        emit q->endOfStream(m.hr);
        if (m_state != State::Ready)
            return;
        if (m_closeAfterStop) {
            m_closeAfterStop = false;
            sendCloseFile();
        } else if (m_restartPosition) {
            const double position = *m_restartPosition;
            m_restartPosition.reset();
            startPlaying(position);
        }
        return;
    }
    sendLogging(); // MS-MMSP 3.1.5.18: the server ended the play: log it
    // MS-MMSP 3.1.5.18: wait for ReportStreamChange on hr 1 (servers >= 9), or on hr 0 of a
    // broadcast from an older server; otherwise the play is over.
    const bool changeFollows = m_serverMajor >= 9 ? m.hr == mms::Hresult::EndOfEntry
                                                  : (m.hr == mms::Hresult::Ok && m_info.broadcast);
    if (changeFollows) {
        m_awaitingStreamChange = true;
        emit q->endOfStream(m.hr);
        return;
    }
    setState(State::Ready);
    emit q->endOfStream(m.hr);
    if (m_state == State::Ready && m_closeAfterStop) {
        m_closeAfterStop = false;
        sendCloseFile();
    }
}

void MmsSessionPrivate::onStreamChange(const mms::ReportStreamChange &m)
{
    m_awaitingStreamChange = false;
    if (!checkHr(mms::MessageId::ReportStreamChange, m.hr))
        return;
    if (m.packetSize == 0 || m.packetSize > asf::MaxPacketSize) {
        fail(Error::ProtocolError, 0,
            MmsSession::tr("ReportStreamChange: packet size %1 is outside 1..%2")
                .arg(m.packetSize)
                .arg(asf::MaxPacketSize));
        return;
    }
    if (m.headerSize > asf::MaxHeaderBytes) {
        fail(Error::InvalidHeader, 0,
            MmsSession::tr(
                "ReportStreamChange announces a %1-byte header, over the limit of %2 bytes")
                .arg(m.headerSize)
                .arg(asf::MaxHeaderBytes));
        return;
    }
    m_info.packetSize = m.packetSize;
    m_info.headerSize = m.headerSize;
    m_info.bitrate = m.bitRate;
    // MS-MMSP 3.1.5.19 / 3.2.4.2: over TCP the server pushes the new entry's header at once,
    // in Data packets with incarnation 0xFF. The old entry's stream choice no longer applies.
    m_assembler.reset(mms::StreamChangeIncarnation, m.headerSize, m.packetSize, asf::MaxHeaderBytes);
    m_streamChangeHeader = true;
    if (m_playlistEntry < quint32(mms::MaxPlaylistEntries))
        ++m_playlistEntry;
    m_resumingPlay = false;
    m_dropUpTo.reset();
    m_lastLocation.reset();
    m_explicitSelection.reset();
    setState(State::ReadingHeader);
    emit q->streamChanged();
}

void MmsSessionPrivate::onPing(const mms::Ping &)
{
    // MS-MMSP 3.1.5.13: answer every Ping, in any state. A server that floods Pings but does not
    // read our answers would grow the write buffer without end: while earlier answers still
    // wait there, one more says nothing new, so it is left out (coalesced).
    if (m_socket->bytesToWrite() < MmsSession::MaxPendingWriteBytes)
        send(mms::Pong());
    emit q->pingReceived();
}
