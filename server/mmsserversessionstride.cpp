// SPDX-License-Identifier: GPL-3.0-or-later
// MmsServerSession: fast-forward and rewind (StartStriding, MS-MMSP 2.2.4.26, 3.2.5.12).
#include "core/logging.h"
#include "server/mmsserversession.h"

#include <cmath>

using namespace mms;

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
    if (!StrideFeed::isValidRate(rate)) {
        reply.hr = Hresult::InvalidArg;
        reason =
            QStringLiteral("rate %1 is outside -%2 .. %2 or 0").arg(rate).arg(StrideFeed::MaxRate);
    } else if (!m_media.strideIndex(&reason)) {
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
    const qsizetype frame = m_media.strideStartFrame(where, rate);

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
    QString reason;
    const StrideIndex *index = m_media.strideIndex(&reason);
    qCInfo(lcMmsServer).noquote() << QStringLiteral(
        "session %1: striding at %2x from key frame %3 of %4 (packet %5)")
                                         .arg(m_number)
                                         .arg(request.rate)
                                         .arg(firstFrame)
                                         .arg(index->keyFrames().size())
                                         .arg(index->keyFrames().at(firstFrame).firstPacket);
    m_stride.start(m_media.file(), index, firstFrame, request.rate);
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
