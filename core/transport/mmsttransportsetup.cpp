// SPDX-License-Identifier: GPL-3.0-or-later
// MmstTransport, part 2: the server's messages, one handler each (MS-MMSP 3.1.5), and the setup
// phase they answer: Connect, FunnelInfo, ConnectFunnel, OpenFile, ReadBlock (MS-MMSP 4.3).
#include "core/asf/asfheaderparser.h"
#include "core/asf/asfpacket.h"
#include "core/session/hresulttext.h"
#include "core/session/mmssession_p.h"
#include "core/transport/mmsttransport.h"

#include <QHostAddress>
#include <QMetaEnum>

namespace {

QString hex32(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}

} // namespace

template<typename M>
bool MmstTransport::decode(const mms::CommandPacket &packet, M &out)
{
    const mms::Decoded<M> decoded = mms::decodeMessage<M>(packet.message);
    if (!decoded.ok()) {
        d->fail(MmsSession::Error::ProtocolError, 0,
            MmsSession::tr("malformed %1: %2 at byte %3 (%4)")
                .arg(QLatin1String(mms::messageName(M::Id)),
                    QLatin1String(mms::codecStatusName(decoded.error.status)))
                .arg(decoded.error.offset)
                .arg(decoded.error.what));
        return false;
    }
    out = decoded.value;
    qCDebug(lcMmsProtocol).noquote() << "recv" << mms::messageName(M::Id) << mms::traceFields(out);
    return true;
}

bool MmstTransport::unexpected(mms::MessageId id)
{
    using Id = mms::MessageId;
    using State = MmsSession::State;
    const State state = d->m_state;
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
        ok = state == State::ReadingHeader && !d->m_streamChangeHeader && !m_readBlockReported;
        break;
    case Id::ReportStreamSwitch:
        ok = m_switchPending;
        break;
    case Id::ReportStartedPlaying:
        ok = d->m_startSent && (state == State::Starting || state == State::Stopping);
        break;
    case Id::ReportEndOfStream:
        ok = !d->m_awaitingStreamChange
            && (state == State::Streaming || state == State::Stopping
                || (state == State::Starting && d->m_startSent)
                || (state == State::Ready && m_strayEndOfStream));
        break;
    case Id::ReportStreamChange:
        ok = d->m_awaitingStreamChange;
        break;
    case Id::ReportStartStriding:
        ok = m_strideSent && (state == State::Starting || state == State::Stopping);
        break;
    default:
        break;
    }
    if (!ok) {
        // MS-MMSP 3.1.5: each report answers one request; anything else means the server and we
        // disagree about the session's state.
        d->fail(MmsSession::Error::UnexpectedMessage, 0,
            MmsSession::tr("%1 arrived while %2, out of order")
                .arg(QLatin1String(mms::messageName(id)),
                    QLatin1String(
                        QMetaEnum::fromType<MmsSession::State>().valueToKey(int(state)))));
    }
    return !ok;
}

bool MmstTransport::checkHr(mms::MessageId id, quint32 hr)
{
    // MS-MMSP 3.1 / notes §9.10: a failure HRESULT in any report ends the session.
    if (!mms::Hresult::isFailure(hr))
        return true;
    d->fail(MmsSession::Error::ServerError, hr,
        QStringLiteral("%1: %2 (%3)")
            .arg(QLatin1String(mms::messageName(id)), describeHresult(hr), hex32(hr)));
    return false;
}

void MmstTransport::handleCommand(const mms::CommandPacket &packet)
{
    using Id = mms::MessageId;
    if (packet.id != Id::Ping && unexpected(packet.id))
        return;
    switch (packet.id) {
#define MMS_DISPATCH(TYPE, HANDLER)                                                                \
    case Id::TYPE: {                                                                               \
        mms::TYPE message;                                                                         \
        if (decode(packet, message))                                                               \
            HANDLER(message);                                                                      \
        return;                                                                                    \
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
        qCDebug(lcMmsProtocol).noquote()
            << "recv" << mms::messageName(quint32(packet.id)) << "(ignored)";
        return;
    }
}

void MmstTransport::onConnectedEx(const mms::ReportConnectedEX &m)
{
    m_expected = 0;
    d->serverAnswered();
    if (!checkHr(mms::MessageId::ReportConnectedEX, m.hr))
        return;
    m_authenPackage = m.authenPackage;
    d->serverConnected(m.serverVersionInfo);
    if (d->m_state != MmsSession::State::Connecting)
        return;
    // MS-MMSP 3.1.5.3: FunnelInfo SHOULD follow; 0xF0F0F0EF because we do not probe bandwidth.
    mms::FunnelInfo funnelInfo;
    funnelInfo.playIncarnation = mms::DisablePacketPair;
    send(funnelInfo);
    m_expected = quint32(mms::MessageId::ReportFunnelInfo);
}

void MmstTransport::onFunnelInfo(const mms::ReportFunnelInfo &m)
{
    m_expected = 0;
    if (!checkHr(mms::MessageId::ReportFunnelInfo, m.hr))
        return;
    d->m_clientId = m.nCubs;
    emit d->q->funnelInfoReceived(d->m_clientId);
    if (d->m_state != MmsSession::State::Connecting)
        return;
    // MS-MMSP 2.2.4.18: "\\" address "\TCP\" port of our end of the connection.
    QHostAddress local = d->m_socket->localAddress();
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
    funnel.funnelName =
        QStringLiteral("\\\\%1\\TCP\\%2").arg(local.toString()).arg(d->m_socket->localPort());
    send(funnel);
    m_expected = quint32(mms::MessageId::ReportConnectedFunnel);
}

void MmstTransport::onConnectedFunnel(const mms::ReportConnectedFunnel &m)
{
    m_expected = 0;
    if (!checkHr(mms::MessageId::ReportConnectedFunnel, m.hr))
        return;
    emit d->q->funnelConnected();
    if (d->m_state != MmsSession::State::Connecting)
        return;
    mms::OpenFile open;
    open.playIncarnation = nextPlayIncarnation();
    open.spare = 0;
    open.fileName = d->openFileName();
    m_openIncarnation = quint8(open.playIncarnation);
    send(open);
    m_expected = quint32(mms::MessageId::ReportOpenFile);
    d->setState(MmsSession::State::OpeningFile);
}

void MmstTransport::onDisconnectedFunnel(const mms::ReportDisconnectedFunnel &m)
{
    // MS-MMSP 3.1.5.5: the server refused the TCP transport; we have no other to offer.
    d->fail(MmsSession::Error::ServerError, m.hr,
        MmsSession::tr("the server refused the TCP data transport: %1 (%2)")
            .arg(describeHresult(m.hr), hex32(m.hr)));
}

void MmstTransport::onOpenFile(const mms::ReportOpenFile &m)
{
    m_expected = 0;
    if (d->authOpenFileResult(m.hr))
        return;
    if (!checkHr(mms::MessageId::ReportOpenFile, m.hr))
        return;
    if (m.playIncarnation != m_openIncarnation)
        qCWarning(lcMmsSession) << "ReportOpenFile echoes incarnation" << m.playIncarnation << "not"
                                << m_openIncarnation;
    // Limits before any of these numbers sizes anything.
    if (m.filePacketSize == 0 || m.filePacketSize > asf::MaxPacketSize) {
        d->fail(MmsSession::Error::ProtocolError, 0,
            MmsSession::tr("ReportOpenFile: packet size %1 is outside 1..%2")
                .arg(m.filePacketSize)
                .arg(asf::MaxPacketSize));
        return;
    }
    if (m.fileHeaderSize > asf::MaxHeaderBytes) {
        d->fail(MmsSession::Error::InvalidHeader, 0,
            MmsSession::tr("ReportOpenFile announces a %1-byte header, over the limit of %2 bytes")
                .arg(m.fileHeaderSize)
                .arg(asf::MaxHeaderBytes));
        return;
    }
    MmsFileInfo info = d->m_info;
    info.openFileId = m.openFileId;
    info.attributes = m.fileAttributes;
    info.durationSeconds = m.fileDuration;
    info.packetSize = m.filePacketSize;
    info.packetCount = m.filePacketCount;
    info.headerSize = m.fileHeaderSize;
    info.bitrate = m.fileBitRate;
    info.broadcast = (m.fileAttributes & mms::FileAttribute::Broadcast) != 0;
    info.seekable = (m.fileAttributes & mms::FileAttribute::CanSeek) != 0;
    d->fileOpened(info);
    if (d->m_state != MmsSession::State::OpeningFile)
        return;
    // MS-MMSP 2.2.4.23: every field but openFileId and playIncarnation is a spec constant, and
    // mms::ReadBlock's defaults are those constants.
    mms::ReadBlock readBlock;
    readBlock.openFileId = d->m_info.openFileId;
    readBlock.playIncarnation = nextHeaderIncarnation();
    m_assembler.reset(
        quint8(readBlock.playIncarnation), m.fileHeaderSize, m.filePacketSize, asf::MaxHeaderBytes);
    m_readBlockReported = false;
    d->m_streamChangeHeader = false;
    send(readBlock);
    d->setState(MmsSession::State::ReadingHeader);
}

void MmstTransport::onRedirect(const mms::ReportRedirect &m)
{
    m_expected = 0;
    if (!checkHr(mms::MessageId::ReportRedirect, m.hr))
        return;
    if (m.redirectType != quint16(mms::RedirectType::Url)) {
        d->fail(MmsSession::Error::ProtocolError, 0,
            MmsSession::tr("the server redirects to a proxy (\"%1\"), which is not supported")
                .arg(m.location));
        return;
    }
    d->redirect(m.location);
}

void MmstTransport::onReadBlock(const mms::ReportReadBlock &m)
{
    if (!checkHr(mms::MessageId::ReportReadBlock, m.hr))
        return;
    if (m.playIncarnation != m_assembler.incarnation())
        qCWarning(lcMmsSession) << "ReportReadBlock echoes incarnation" << m.playIncarnation
                                << "not" << m_assembler.incarnation();
    m_readBlockReported = true;
}

void MmstTransport::onPing(const mms::Ping &)
{
    // MS-MMSP 3.1.5.13: answer every Ping, in any state. A server that floods Pings but does not
    // read our answers would grow the write buffer without end: while earlier answers still
    // wait there, one more says nothing new, so it is left out (coalesced).
    if (d->m_socket->bytesToWrite() < MmsSession::MaxPendingWriteBytes)
        send(mms::Pong());
    emit d->q->pingReceived();
}
