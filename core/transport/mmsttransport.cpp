// SPDX-License-Identifier: GPL-3.0-or-later
// MMS over TCP beneath the session's state machine: each operation is the MS-MMSP side of a
// point where the state machine used to ask "is this HTTP?"; the bytes that come back are split
// into messages (handled in mmsttransportsetup.cpp and mmsttransportplay.cpp) and Data packets
// (sorted here into header fragments and media).
#include "core/transport/mmsttransport.h"

#include "core/session/mmssession_p.h"
#include "core/session/playlog.h"

#include <QMetaEnum>

quint16 MmstTransport::port() const
{
    return d->m_target.port;
}

void MmstTransport::prepareConnection()
{
    // Only a first attempt of an mms:// URL rolls over; once TCP answered, it stays TCP.
    d->m_rolloverArmed =
        d->m_target.transports == MmsUrl::Transports::TcpThenHttp && d->m_reconnectAttempt == 0;
}

void MmstTransport::connected()
{
    if (d->m_state != MmsSession::State::Connecting)
        return;
    qCDebug(lcMmsSession).noquote()
        << "connected from" << d->m_socket->localAddress().toString() << d->m_socket->localPort();
    mms::Connect connect;
    connect.playIncarnation = mms::DisablePacketPair; // MS-MMSP 2.2.4.17: no packet-pair over TCP
    connect.subscriberName = subscriberName();
    send(connect);
    m_expected = quint32(mms::MessageId::ReportConnectedEX);
    d->restartTimeout();
}

void MmstTransport::receive(const QByteArray &bytes)
{
    m_splitter.append(bytes);
}

void MmstTransport::process()
{
    bool dataSinceRestart = false;
    while (!d->m_readingPaused && d->receiving()) {
        mms::StreamSplitter::Item item = m_splitter.next();
        if (item.error.status == mms::CodecStatus::NeedMoreData)
            break;
        if (!item.ok()) {
            d->fail(MmsSession::Error::ProtocolError, 0,
                MmsSession::tr("bad bytes from the server: %1 at byte %2 (%3)")
                    .arg(QLatin1String(mms::codecStatusName(item.error.status)))
                    .arg(item.error.offset)
                    .arg(item.error.what));
            break;
        }
        // Only a whole message or packet proves progress: a server that trickles bytes slower
        // than one message per timeout() still times out (hardening: no endless slow read).
        // Commands restart the timeout before they are handled (a handler may stop it); a run of
        // Data packets restarts it once, after the run, not once per packet (figure 2 of
        // docs/benchmarks.md: a QTimer::start per packet was a measurable part of recording).
        if (item.isCommand()) {
            d->restartTimeout();
            dataSinceRestart = false;
            handleCommand(std::get<mms::CommandPacket>(item.packet));
        } else if (item.isData()) {
            dataSinceRestart = true;
            handleData(std::get<mms::DataPacket>(item.packet));
        }
    }
    if (dataSinceRestart && d->receiving())
        d->restartTimeout();
}

void MmstTransport::streamsChanged()
{
    // MS-MMSP 3.1.4.3: while streaming, a StreamSwitch lists only the streams that change.
    if (d->m_state == MmsSession::State::Streaming && !m_switchPending
        && !d->m_awaitingStreamChange)
        sendStreamSwitch(false);
}

void MmstTransport::startPlay()
{
    // MS-MMSP 3.1.4.2: the first StreamSwitch of a file lists every stream; later ones only the
    // changes (none: no StreamSwitch at all). §4.3 waits for its reply before StartPlaying.
    if (m_needFullSwitch)
        sendStreamSwitch(true);
    else if (QSet<int>(d->m_selected.cbegin(), d->m_selected.cend()) != m_serverOn)
        sendStreamSwitch(false);
    if (m_switchPending)
        d->m_startAfterSwitch = true;
    else
        sendStartPlaying();
}

void MmstTransport::stop()
{
    mms::StopPlaying message;
    message.openFileId = d->m_info.openFileId;
    message.playIncarnation = m_playIncarnation; // MS-MMSP 3.1.4.5: PlayIncarnation-For-Stop
    send(message);
    d->m_stopSent = true;
    d->sendLogging(); // MS-MMSP 3.1.4.5: spec clients log every stop
    d->setState(MmsSession::State::Stopping);
}

void MmstTransport::sendLog()
{
    send(buildLoggingMessage(d->playRecord()));
}

void MmstTransport::entryStarted()
{
    d->startPlaying(0.0); // MS-MMSP 3.1.4.4: the client plays the next entry by itself
}

void MmstTransport::keepAlive()
{
    // Like VLC while paused (notes §9.4): an unsolicited Pong tells the server we are still here,
    // so its idle timer (MS-MMSP 3.2.6.2) does not end the session.
    if (d->m_socket->bytesToWrite() < MmsSession::MaxPendingWriteBytes)
        send(mms::Pong());
}

void MmstTransport::closeFile()
{
    // MS-MMSP 2.2.4.16: incarnation first (SHOULD 0), then the server's openFileId.
    mms::CloseFile message;
    message.playIncarnation = 0;
    message.openFileId = d->m_info.openFileId;
    send(message);
    d->m_fileOpen = false;
    d->setState(MmsSession::State::Closing);
    // MS-MMSP 3.1.4.8: then close TCP. disconnectFromHost() writes what is queued first.
    d->m_socket->disconnectFromHost();
}

void MmstTransport::headerParsed(const asf::Header &)
{
    // A new header (a file, or a playlist's next entry): its first StreamSwitch lists all.
    m_needFullSwitch = true;
    m_serverOn.clear();
}

void MmstTransport::resetForConnection()
{
    m_splitter.reset();
    m_seq = 0;
    m_sinceFirstSend.invalidate();
    m_expected = 0;
    m_authenPackage.clear();
    m_authChallenge.reset();
    m_assembler.deactivate();
    m_readBlockReported = false;
    m_serverOn.clear();
    m_needFullSwitch = true;
    m_switchPending = false;
    m_playIncarnation = 0;
    m_strayEndOfStream.reset();
}

void MmstTransport::dropBuffered()
{
    m_splitter.reset();
}

void MmstTransport::write(const QByteArray &bytes)
{
    d->m_socket->write(bytes);
}

QString MmstTransport::subscriberName() const
{
    // MS-MMSP 2.2.4.17: "NSPlayer/" version "; {" GUID "}" and, as Windows Media Player sends it,
    // "; Host: " host[:port].
    return QStringLiteral("%1; %2; Host: %3")
        .arg(QLatin1String(MmsSessionPrivate::PlayerToken),
            d->m_playerId.toString(QUuid::WithBraces), d->m_target.hostParam);
}

quint8 MmstTransport::nextPlayIncarnation()
{
    quint8 value = 0;
    do {
        value = m_nextPlayIncarnation;
        m_nextPlayIncarnation = value >= 0xFE ? 9 : quint8(value + 1);
        // Notes §2: a Data packet with incarnation 0xCE and AFFlags 0xFA would read as a
        // TcpMessageHeader's sessionId; never pick 0xCE.
    } while (value == 0xCE);
    return value;
}

quint8 MmstTransport::nextHeaderIncarnation()
{
    const quint8 value = m_nextHeaderIncarnation;
    m_nextHeaderIncarnation = value >= 8 ? 1 : quint8(value + 1);
    return value;
}

void MmstTransport::handleData(const mms::DataPacket &packet)
{
    using State = MmsSession::State;
    const State state = d->m_state;
    qCDebug(lcMmsProtocol).noquote() << "recv Data" << mms::traceFields(packet);
    // Notes §8.2: classify by the incarnation byte, never by AFFlags.
    if (state == State::ReadingHeader && m_assembler.isActive()
        && packet.playIncarnation == m_assembler.incarnation()) {
        handleHeaderFragment(packet);
        return;
    }
    const bool currentPlay = m_playIncarnation != 0 && packet.playIncarnation == m_playIncarnation;
    if (currentPlay && state == State::Streaming && !d->m_awaitingStreamChange) {
        d->handleMediaPacket(packet);
        return;
    }
    if (currentPlay && state == State::Stopping) {
        // Notes §9.3: once StopPlaying went out (a pause, or a seek's first half) the rest of that
        // play is stale: the caller asked for it to end, so nothing of it reaches it any more.
        qCDebug(lcMmsSession) << "dropping Data packet" << packet.locationId
                              << "of the stopped play";
        return;
    }
    if (currentPlay && state == State::Starting && d->m_startSent) {
        d->fail(MmsSession::Error::UnexpectedMessage, 0,
            MmsSession::tr("a media Data packet arrived before ReportStartedPlaying"));
        return;
    }
    if (state == State::Connecting || state == State::OpeningFile
        || (state == State::ReadingHeader && m_playIncarnation == 0)) {
        d->fail(MmsSession::Error::ProtocolError, 0,
            MmsSession::tr("a Data packet with incarnation %1 arrived while %2; none was requested")
                .arg(packet.playIncarnation)
                .arg(QLatin1String(
                    QMetaEnum::fromType<MmsSession::State>().valueToKey(int(state)))));
        return;
    }
    // Notes §8.2 / §9.3: packets of an earlier play (before a seek or stop) are stale.
    qCDebug(lcMmsSession) << "dropping stale Data packet" << packet.locationId << "incarnation"
                          << packet.playIncarnation;
}

void MmstTransport::handleHeaderFragment(const mms::DataPacket &packet)
{
    switch (m_assembler.add(packet)) {
    case HeaderAssembler::Status::Incomplete:
        return;
    case HeaderAssembler::Status::Error:
        d->fail(MmsSession::Error::InvalidHeader, 0, m_assembler.errorString());
        return;
    case HeaderAssembler::Status::Complete:
        d->headerComplete(m_assembler.bytes());
        return;
    }
}
