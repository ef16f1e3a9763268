// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/recorder.h"

#include "core/asf/asfpacket.h"

#include <climits>
#include <cstdio>

Recorder::Recorder(MmsSession *session, const QString &outputPath, QObject *parent)
    : QObject(parent), m_session(session), m_path(outputPath)
{
    connect(m_session, &MmsSession::headerReceived, this, &Recorder::handleHeader);
    connect(m_session, &MmsSession::dataPacketReceived, this, &Recorder::handlePacket);
    connect(m_session, &MmsSession::endOfStream, this, &Recorder::handleEndOfStream);
    connect(m_session, &MmsSession::streamChanged, this, &Recorder::handleStreamChanged);
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { printProgress(false); });
}

bool Recorder::openFile()
{
    return m_file.open(m_path);
}

double Recorder::recordedSeconds() const
{
    return m_haveFirstSendTime ? (m_lastSendTime - m_firstSendTime) / 1000.0 : 0.0;
}

void Recorder::handleHeader(const asf::Header &header, const QByteArray &bytes)
{
    if (m_done)
        return;
    if (m_headerWritten) {
        // A new header: new content (a playlist entry, or a file replaced across a reconnect).
        // The recording holds what came under the first one.
        complete();
        return;
    }
    m_packetSize = header.packetSize();
    if (!m_file.writeHeader(header, bytes)) {
        emit fileFailed(m_file.errorString());
        return;
    }
    m_headerWritten = true;
    if (m_progress)
        m_progressTimer.start();
    m_session->startPlaying(m_startSeconds);
}

void Recorder::handlePacket(quint32, const QByteArray &packet)
{
    if (!m_headerWritten || m_stopping || m_done)
        return;
    const asf::PacketParseResult parsed = asf::parsePacket(packet, m_packetSize);
    if (parsed.ok()) {
        const quint32 sendTime = parsed.info.sendTime;
        if (!m_haveFirstSendTime) {
            m_firstSendTime = sendTime;
            m_haveFirstSendTime = true;
        }
        // --duration: content is measured by send time from the first packet recorded. The
        // first packet at or past the limit is not written; then we stop politely.
        if (m_durationSeconds > 0 && sendTime >= m_firstSendTime
            && (sendTime - m_firstSendTime) >= m_durationSeconds * 1000.0) {
            m_stopping = true;
            m_session->stopPlaying();
            return;
        }
        m_lastSendTime = qMax(m_lastSendTime, sendTime);
    }
    if (!m_file.writePacket(packet))
        emit fileFailed(m_file.errorString());
}

void Recorder::handleEndOfStream(quint32 hr)
{
    // hr 1: a playlist entry ended and another follows; the file holds the first entry only.
    Q_UNUSED(hr);
    complete();
}

void Recorder::handleStreamChanged()
{
    complete();
}

void Recorder::complete()
{
    if (m_done)
        return;
    m_done = true;
    m_progressTimer.stop();
    if (m_progress)
        printProgress(true);
    if (!m_file.finish()) {
        emit fileFailed(m_file.errorString());
        return;
    }
    m_session->close();
    emit recordingFinished();
}

void Recorder::printProgress(bool final)
{
    const double mib = m_file.bytesWritten() / (1024.0 * 1024.0);
    // %n picks the plural form in other languages; English has no catalogue, so it keeps the
    // one form "packets". The count is clamped for tr()'s int: 2^31 packets would be >100 GB.
    const int packets = int(qMin<quint64>(m_file.packetsWritten(), quint64(INT_MAX)));
    //: Progress of --record: seconds of content, packets and mebibytes written so far.
    const QString line = tr("recorded %1 s, %n packets, %2 MiB", nullptr, packets)
                                 .arg(recordedSeconds(), 0, 'f', 1)
                                 .arg(mib, 0, 'f', 1);
    std::fprintf(stderr, "\rmmsplayer: %s%s", qPrintable(line), final ? "\n" : "   ");
    std::fflush(stderr);
}
