// SPDX-License-Identifier: GPL-3.0-or-later
// MmsServerSession: fast-forward and rewind (StartStriding, MS-MMSP 2.2.4.26, 3.2.5.12).
#include "core/logging.h"
#include "server/mmsserversession.h"

#include <cmath>

using namespace mms;

namespace {

// The fastest stride we serve, either way. MS-MMSP 2.2.4.26 names -5.0 .. +5.0; our player also
// asks for 10x, which costs us no more than 5x (a key frame every |interval| / rate seconds).
constexpr double MaxStrideRate = 10.0;

bool isUnused(quint32 value)
{
    return value == 0xFFFFFFFF;
}

} // namespace

bool MmsServerSession::strideIndexReady(QString *reason)
{
    asf::AsfFile *file = m_media.file();
    if (!file || m_media.isLive()) {
        *reason = QStringLiteral("no on-demand file open");
        return false;
    }
    if (m_strideIndexFile == file)
        return !m_strideIndex.isEmpty();
    const int stream = StrideIndex::strideStream(file->header());
    m_strideIndexFile = file;
    if (stream == 0) {
        m_strideIndex = StrideIndex();
        *reason = QStringLiteral("the file has no video stream");
        return false;
    }
    if (!m_strideIndex.build(*file, stream, reason)) {
        m_strideIndex = StrideIndex();
        return false;
    }
    qCInfo(lcMmsServer).noquote() << QStringLiteral(
        "session %1: %2 key frames of stream %3 indexed")
                                         .arg(m_number)
                                         .arg(m_strideIndex.keyFrames().size())
                                         .arg(stream);
    return true;
}

void MmsServerSession::handleStartStriding(const QByteArray &message)
{
    const Decoded<StartStriding> request = decodeMessage<StartStriding>(message);
    if (!request.ok()) {
        closeSession(QStringLiteral("bad StartStriding: %1").arg(request.error.what));
        return;
    }
    ReportStartStriding reply;
    reply.playIncarnation = request.value.playIncarnation;
    const double rate = request.value.rate;
    QString reason;
    if (!std::isfinite(rate) || rate == 0.0 || std::fabs(rate) > MaxStrideRate) {
        reply.hr = Hresult::InvalidArg;
        reason = QStringLiteral("rate %1 is outside -%2 .. %2 or 0").arg(rate).arg(MaxStrideRate);
    } else if (!strideIndexReady(&reason)) {
        // MS-MMSP 2.2.4.7: we advertise CANSTRIDE only for what we can stride; a client that asks
        // anyway is told no and stays where it was.
        reply.hr = Hresult::StrideRefused;
    }
    if (reply.hr != Hresult::Ok) {
        qCWarning(lcMmsServer).noquote()
            << QStringLiteral("session %1: StartStriding refused: %2").arg(m_number).arg(reason);
        sendMessage(reply);
        return;
    }
    // Where to start: the StartPlaying fields StartStriding shares (2.2.4.26), same precedence.
    StartPlaying where;
    where.position = request.value.position;
    where.asfOffset = request.value.asfOffset;
    where.locationId = request.value.locationId;
    quint64 packet = m_media.feed()->startPacketFor(where);
    const bool forward = rate > 0;
    const bool noPosition = isUnused(where.locationId) && isUnused(where.asfOffset)
        && !(std::isfinite(where.position) && where.position > 0.0 && where.position < 4.0e6);
    if (!forward && noPosition)
        packet = m_media.file()->packetCount(); // rewind from the end
    const qsizetype frame = m_strideIndex.startFor(packet, forward);

    // MS-MMSP 3.2.5.12: as StartPlaying does, a stride replaces whatever play runs; its Data
    // packets carry its own incarnation, after ReportStartStriding.
    stopStreaming();
    m_incarnation = quint8(request.value.playIncarnation & 0xFF);
    sendMessage(reply);
    m_state = State::Streaming;
    startStride(request.value, frame);
}

void MmsServerSession::startStride(const StartStriding &request, qsizetype firstFrame)
{
    if (firstFrame < 0) {
        // Nothing left that way (rewind at the start, forward past the last key frame).
        endOfStream(Hresult::Ok);
        return;
    }
    qCInfo(lcMmsServer).noquote() << QStringLiteral(
        "session %1: striding at %2x from key frame %3 of %4 (packet %5)")
                                         .arg(m_number)
                                         .arg(request.rate)
                                         .arg(firstFrame)
                                         .arg(m_strideIndex.keyFrames().size())
                                         .arg(m_strideIndex.keyFrames().at(firstFrame).firstPacket);
    m_stride.start(m_media.file(), &m_strideIndex, firstFrame, request.rate);
    pump();
}

void MmsServerSession::pumpStride()
{
    quint32 locationId = 0;
    QByteArray packet;
    QString error;
    while (m_connection->bytesToWrite() < MaxQueuedBytes) {
        switch (m_stride.take(locationId, packet, error)) {
        case StrideFeed::Take::Packet:
            writeData(locationId, m_afCounter++, packet);
            continue;
        case StrideFeed::Take::Wait:
            return;
        case StrideFeed::Take::End:
            // MS-MMSP 3.2.4.1: the stride reached the end (or the start): ReportEndOfStream with
            // its incarnation, as at the end of a play. Never a playlist's next entry: the client
            // chose a direction, not the next item.
            qCInfo(lcMmsServer).noquote()
                << QStringLiteral("session %1: stride done, %2 key frames sent")
                       .arg(m_number)
                       .arg(m_stride.framesSent());
            endOfStream(Hresult::Ok);
            return;
        case StrideFeed::Take::ReadError:
            qCWarning(lcMmsServer).noquote()
                << QStringLiteral("session %1: %2").arg(m_number).arg(error);
            endOfStream(Hresult::FileOpenFailed);
            return;
        }
    }
}
