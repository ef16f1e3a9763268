// SPDX-License-Identifier: GPL-3.0-or-later
// MmstTransport, part 3: playing. StreamSwitch, StartPlaying and StartStriding out; their
// reports, the end of a play and a server-side playlist's next entry back (MS-MMSP 3.1.4.2 ..
// 3.1.4.5, 3.1.5.14 .. 3.1.5.19; notes §6.7, §6.9, §9.3).
#include "core/asf/asfheaderparser.h"
#include "core/asf/asfpacket.h"
#include "core/session/hresulttext.h"
#include "core/session/mmssession_p.h"
#include "core/transport/mmsttransport.h"

#include <limits>

using State = MmsSession::State;
using Error = MmsSession::Error;

void MmstTransport::sendStreamSwitch(bool fullList)
{
    const QSet<int> on(d->m_selected.cbegin(), d->m_selected.cend());
    mms::StreamSwitch message;
    for (const asf::Stream &s : std::as_const(d->m_header.streams)) {
        const bool wantOn = on.contains(s.number);
        if (!fullList && wantOn == m_serverOn.contains(s.number))
            continue;
        // Notes §6.7: {0xFFFF, N, 0} turns N on. Off is {0xFFFF, N, 2} ("send nothing for the
        // destination stream"): the spec's own thinning table, and the form servers are known to
        // honour; its alternative {N, 0xFFFF} contradicts that table.
        message.entries.append({mms::NoStream, quint16(s.number),
            quint16(wantOn ? mms::ThinningLevel::All : mms::ThinningLevel::Nothing)});
    }
    if (message.entries.isEmpty())
        return;
    send(message);
    m_serverOn = on;
    m_needFullSwitch = false;
    m_switchPending = true;
}

void MmstTransport::sendStartPlaying()
{
    if (d->m_strideRequest) {
        sendStartStriding(); // startStriding(): the play flow is the same up to here
        return;
    }
    d->m_strideRate = 0.0;
    mms::StartPlaying message;
    message.openFileId = d->m_info.openFileId;
    message.padding = 0;
    message.position = d->m_startPosition; // seconds of presentation time (MS-MMSP 2.2.4.25)
    message.asfOffset = 0xFFFFFFFF; // unused
    // Unused, except when a reconnect resumes at the packet after the last one delivered: then
    // the server starts there (notes §6.8: locationId takes precedence) and `position` is that
    // packet's send time for a server that only reads the position.
    message.locationId = d->m_startLocationId;
    d->m_startLocationId = 0xFFFFFFFF;
    message.frameOffset = 0; // play to the end
    message.playIncarnation = nextPlayIncarnation();
    // MS-MMSP 3.1.4.2.1: Fast Start fields SHOULD be sent to servers of major version 9 and up.
    // We ask for the preroll's worth of content at ten times the selected streams' bit rate: a
    // demuxer waits for about the preroll before its first frame (platform notes), so start-up
    // takes about a tenth of the preroll (measured in docs/benchmarks.md §3: 4x gave 0.98 s,
    // 10x 0.46 s for a 3.1 s preroll). The server never sends faster than we read, so a slower
    // link just takes the burst more slowly. No dwLinkBandwidth: we never measured the link.
    const asf::Header &header = d->m_header;
    if (d->m_fastStart && d->m_serverMajor >= 9 && header.file.preroll > 0) {
        quint64 rate = 0;
        bool unknown = false;
        for (int n : std::as_const(d->m_selected)) {
            const asf::Stream *s = header.stream(n);
            if (s && s->bitrate > 0)
                rate += s->bitrate;
            else
                unknown = true;
        }
        // A stream without a bit rate (FFmpeg writes none for video) must not shrink the burst
        // below the content's own rate: then the file's bit rate is the better estimate.
        if (unknown || rate == 0)
            rate = qMax<quint64>(rate, qMax<quint64>(d->m_info.bitrate, header.file.maxBitrate));
        if (rate > 0) {
            message.accelBandwidth =
                quint32(qMin<quint64>(rate * FastStartFactor, std::numeric_limits<quint32>::max()));
            message.accelDuration =
                quint32(qMin<quint64>(header.file.preroll, std::numeric_limits<quint32>::max()));
        }
    }
    m_playIncarnation = quint8(message.playIncarnation);
    send(message);
    d->playSent(d->m_resumingPlay);
}

void MmstTransport::sendStartStriding()
{
    mms::StartStriding message;
    message.openFileId = d->m_info.openFileId;
    message.padding = 0;
    message.position = d->m_startPosition; // seconds, as StartPlaying (2.2.4.26)
    message.asfOffset = 0xFFFFFFFF;
    message.locationId = 0xFFFFFFFF;
    message.frameOffset = 0; // SHOULD 0
    message.playIncarnation = nextPlayIncarnation(); // 3.1.1: PlayIncarnation, as StartPlaying
    message.rate = *d->m_strideRequest;
    d->m_strideRequest.reset();
    m_strideSentRate = message.rate;
    m_playIncarnation = quint8(message.playIncarnation);
    send(message);
    // The play flow treats it as any start (a StopPlaying meanwhile, a stray Data packet before
    // the report).
    m_strideSent = true;
    d->playSent(false);
}

void MmstTransport::onStreamSwitch(const mms::ReportStreamSwitch &m)
{
    m_switchPending = false;
    if (!checkHr(mms::MessageId::ReportStreamSwitch, m.hr))
        return;
    emit d->q->streamsSwitched();
    if (d->m_state != State::Starting)
        return;
    if (d->m_startAfterSwitch) {
        d->m_startAfterSwitch = false;
        sendStartPlaying();
    } else {
        d->setState(State::Ready); // stopPlaying() cancelled the start before StartPlaying went out
    }
}

void MmstTransport::onStartedPlaying(const mms::ReportStartedPlaying &m)
{
    d->m_startSent = false;
    if (!checkHr(mms::MessageId::ReportStartedPlaying, m.hr))
        return;
    // MS-MMSP 2.2.4.10: the incarnation is copied from StartPlaying; Data packets will carry it.
    if (m.playIncarnation != m_playIncarnation) {
        d->fail(Error::ProtocolError, 0,
            MmsSession::tr("ReportStartedPlaying carries incarnation %1, StartPlaying sent %2")
                .arg(m.playIncarnation)
                .arg(m_playIncarnation));
        return;
    }
    d->playStarted();
}

void MmstTransport::onStartStriding(const mms::ReportStartStriding &m)
{
    d->m_startSent = false;
    m_strideSent = false;
    if (mms::Hresult::isFailure(m.hr)) {
        // A refusal (NS_E_STRIDE_REFUSED, E_INVALIDARG) ends only this request.
        qCWarning(lcMmsSession).noquote()
            << QStringLiteral("the server refused StartStriding at %1x: %2 (0x%3)")
                   .arg(m_strideSentRate)
                   .arg(describeHresult(m.hr))
                   .arg(m.hr, 8, 16, QLatin1Char('0'));
        d->strideRefused();
        return;
    }
    // MS-MMSP 2.2.4.11: the incarnation is copied from StartStriding; Data packets carry it.
    if (quint8(m.playIncarnation) != m_playIncarnation) {
        d->fail(Error::ProtocolError, 0,
            MmsSession::tr("ReportStartStriding carries incarnation %1, StartStriding sent %2")
                .arg(m.playIncarnation)
                .arg(m_playIncarnation));
        return;
    }
    d->stridingStarted(m_strideSentRate);
}

void MmstTransport::onEndOfStream(const mms::ReportEndOfStream &m)
{
    if (m_strayEndOfStream && quint8(m.playIncarnation) == *m_strayEndOfStream) {
        m_strayEndOfStream.reset(); // our StopPlaying crossed the server's end of that play
        return;
    }
    if (d->m_state == State::Ready) {
        d->fail(Error::UnexpectedMessage, 0,
            MmsSession::tr("%1 arrived while %2, out of order")
                .arg(QLatin1String("ReportEndOfStream"), QLatin1String("Ready")));
        return;
    }
    if (m.hr != mms::Hresult::Ok && m.hr != mms::Hresult::EndOfEntry) {
        // MS-MMSP 2.2.4.5: any other value is an error.
        d->fail(Error::ServerError, m.hr,
            MmsSession::tr("ReportEndOfStream: %1 (%2)")
                .arg(describeHresult(m.hr),
                    QStringLiteral("0x%1").arg(m.hr, 8, 16, QLatin1Char('0'))));
        return;
    }
    if (d->m_stopSent) {
        // MS-MMSP 3.1.5.18: after our StopPlaying this is its acknowledgement. Should the server
        // have ended that play itself just before, its second ReportEndOfStream is dropped.
        m_strayEndOfStream = m_playIncarnation;
        d->endOfStream(m.hr);
        return;
    }
    // MS-MMSP 3.1.5.18: wait for ReportStreamChange on hr 1 (servers >= 9), or on hr 0 of a
    // broadcast from an older server; otherwise the play is over.
    const bool changeFollows = d->m_serverMajor >= 9
        ? m.hr == mms::Hresult::EndOfEntry
        : (m.hr == mms::Hresult::Ok && d->m_info.broadcast);
    if (changeFollows)
        d->entryEnded(m.hr);
    else
        d->endOfStream(m.hr);
}

void MmstTransport::onStreamChange(const mms::ReportStreamChange &m)
{
    d->m_awaitingStreamChange = false;
    if (!checkHr(mms::MessageId::ReportStreamChange, m.hr))
        return;
    if (m.packetSize == 0 || m.packetSize > asf::MaxPacketSize) {
        d->fail(Error::ProtocolError, 0,
            MmsSession::tr("ReportStreamChange: packet size %1 is outside 1..%2")
                .arg(m.packetSize)
                .arg(asf::MaxPacketSize));
        return;
    }
    if (m.headerSize > asf::MaxHeaderBytes) {
        d->fail(Error::InvalidHeader, 0,
            MmsSession::tr(
                "ReportStreamChange announces a %1-byte header, over the limit of %2 bytes")
                .arg(m.headerSize)
                .arg(asf::MaxHeaderBytes));
        return;
    }
    // MS-MMSP 3.1.5.19 / 3.2.4.2: over TCP the server pushes the new entry's header at once,
    // in Data packets with incarnation 0xFF.
    m_assembler.reset(
        mms::StreamChangeIncarnation, m.headerSize, m.packetSize, asf::MaxHeaderBytes);
    d->m_info.packetSize = m.packetSize;
    d->m_info.headerSize = m.headerSize;
    d->m_info.bitrate = m.bitRate;
    d->streamChanged();
}
