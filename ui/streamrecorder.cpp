// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/streamrecorder.h"

#include "core/session/mmssession.h"
#include "ui/playbackcontroller.h"

StreamRecorder::StreamRecorder(PlaybackController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_session(controller->session())
{
    connect(m_session, &MmsSession::headerReceived, this, &StreamRecorder::handleHeader);
    connect(m_session, &MmsSession::dataPacketReceived, this, &StreamRecorder::handlePacket);
    connect(m_controller, &PlaybackController::streamEnded, this, &StreamRecorder::stop);
    connect(m_controller, &PlaybackController::stateChanged, this,
            [this](PlaybackController::State state) {
                // A new stream, Stop or an error end what is being played, and so the recording.
                if (state == PlaybackController::State::Opening
                    || state == PlaybackController::State::Stopped
                    || state == PlaybackController::State::Failed)
                    stop();
            });
}

StreamRecorder::~StreamRecorder()
{
    stop();
}

bool StreamRecorder::start(const QString &path)
{
    stop();
    m_file = std::make_unique<AsfRecordWriter>();
    m_path = path;
    m_headerWritten = false;
    if (!m_file->open(path)) {
        emit errorOccurred(tr("The file %1 could not be created: %2").arg(path, m_file->errorString()));
        return false;
    }
    m_recording = true;
    emit started(path);
    // Saved while the header is still on its way: it is written when it arrives.
    if (!m_session->headerBytes().isEmpty() && m_session->state() != MmsSession::State::ReadingHeader)
        writeHeader();
    return m_recording;
}

void StreamRecorder::stop()
{
    if (!m_recording)
        return;
    m_recording = false;
    if (!m_file->finish()) {
        emit errorOccurred(tr("The recording %1 could not be completed: %2")
                                   .arg(m_path, m_file->errorString()));
        return;
    }
    emit finished(m_path, m_file->packetsWritten());
}

bool StreamRecorder::writeHeader()
{
    if (!m_file->writeHeader(m_session->header(), m_session->headerBytes())) {
        fail(m_file->errorString());
        return false;
    }
    m_headerWritten = true;
    return true;
}

void StreamRecorder::handleHeader()
{
    if (!m_recording)
        return;
    if (m_headerWritten) {
        // MS-MMSP 3.1.5.19: a server-side playlist moved on to content with another header; the
        // file can hold only one.
        stop();
        return;
    }
    writeHeader();
}

void StreamRecorder::handlePacket(quint32, const QByteArray &packet)
{
    if (!m_recording || !m_headerWritten)
        return;
    if (!m_file->writePacket(packet))
        fail(m_file->errorString());
}

void StreamRecorder::fail(const QString &detail)
{
    m_recording = false;
    m_file->finish();
    emit errorOccurred(tr("Recording to %1 failed: %2").arg(m_path, detail));
}
