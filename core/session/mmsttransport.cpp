// SPDX-License-Identifier: GPL-3.0-or-later
// MMS over TCP beneath the session's state machine: each operation is the MS-MMSP side of a
// point where the state machine used to ask "is this HTTP?". The messages a reply brings are
// handled in mmssessionhandlers.cpp and mmssessiondata.cpp.
#include "core/session/mmsttransport.h"

#include "core/session/mmssession_p.h"
#include "core/session/playlog.h"

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
    connect.subscriberName = d->subscriberName();
    d->send(connect);
    d->m_expected = quint32(mms::MessageId::ReportConnectedEX);
    d->restartTimeout();
}

void MmstTransport::receive(const QByteArray &bytes)
{
    d->m_splitter.append(bytes);
}

void MmstTransport::process()
{
    bool dataSinceRestart = false;
    while (!d->m_readingPaused && d->receiving()) {
        mms::StreamSplitter::Item item = d->m_splitter.next();
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
            d->handleCommand(std::get<mms::CommandPacket>(item.packet));
        } else if (item.isData()) {
            dataSinceRestart = true;
            d->handleData(std::get<mms::DataPacket>(item.packet));
        }
    }
    if (dataSinceRestart && d->receiving())
        d->restartTimeout();
}

void MmstTransport::streamsChanged()
{
    // MS-MMSP 3.1.4.3: while streaming, a StreamSwitch lists only the streams that change.
    if (d->m_state == MmsSession::State::Streaming && !d->m_switchPending
        && !d->m_awaitingStreamChange)
        d->sendStreamSwitch(false);
}

void MmstTransport::startPlay()
{
    // MS-MMSP 3.1.4.2: the first StreamSwitch of a file lists every stream; later ones only the
    // changes (none: no StreamSwitch at all). §4.3 waits for its reply before StartPlaying.
    if (d->m_needFullSwitch)
        d->sendStreamSwitch(true);
    else if (QSet<int>(d->m_selected.cbegin(), d->m_selected.cend()) != d->m_serverOn)
        d->sendStreamSwitch(false);
    if (d->m_switchPending)
        d->m_startAfterSwitch = true;
    else
        d->sendStartPlaying();
}

void MmstTransport::stop()
{
    mms::StopPlaying message;
    message.openFileId = d->m_info.openFileId;
    message.playIncarnation = d->m_playIncarnation; // MS-MMSP 3.1.4.5: PlayIncarnation-For-Stop
    d->send(message);
    d->m_stopSent = true;
    d->sendLogging(); // MS-MMSP 3.1.4.5: spec clients log every stop
    d->setState(MmsSession::State::Stopping);
}

void MmstTransport::sendLog()
{
    d->send(buildLoggingMessage(d->playRecord()));
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
        d->send(mms::Pong());
}

void MmstTransport::closeFile()
{
    // MS-MMSP 2.2.4.16: incarnation first (SHOULD 0), then the server's openFileId.
    mms::CloseFile message;
    message.playIncarnation = 0;
    message.openFileId = d->m_info.openFileId;
    d->send(message);
    d->m_fileOpen = false;
    d->setState(MmsSession::State::Closing);
    // MS-MMSP 3.1.4.8: then close TCP. disconnectFromHost() writes what is queued first.
    d->m_socket->disconnectFromHost();
}
