// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/buffer/asfstreambuffer.h"

#include "core/logging.h"

#include <algorithm>
#include <cstring>

AsfStreamBuffer::AsfStreamBuffer(QObject *parent)
    : QIODevice(parent)
{
    // Unbuffered: QIODevice's own buffer would hide our level from bytesAvailable()'s callers and
    // copy every byte twice.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

AsfStreamBuffer::~AsfStreamBuffer() = default;

void AsfStreamBuffer::setLimits(qint64 capacity, qint64 highWatermark, qint64 lowWatermark)
{
    Q_ASSERT(0 <= lowWatermark && lowWatermark < highWatermark && highWatermark <= capacity);
    m_capacity = capacity;
    m_highWatermark = highWatermark;
    m_lowWatermark = lowWatermark;
}

double AsfStreamBuffer::levelSeconds() const
{
    if (m_bitrate == 0)
        return 0.0;
    return double(m_level) * 8.0 / double(m_bitrate);
}

bool AsfStreamBuffer::append(const QByteArray &bytes)
{
    if (m_finished) {
        qCWarning(lcMmsBuffer) << "append after finish: dropped" << bytes.size() << "bytes";
        m_bytesDropped += bytes.size();
        return false;
    }
    if (bytes.isEmpty())
        return true;
    if (m_level + bytes.size() > m_capacity) {
        // The producer ignored backpressureChanged(true): drop rather than grow without bound.
        qCWarning(lcMmsBuffer) << "buffer full (" << m_level << "of" << m_capacity
                               << "bytes): dropped" << bytes.size() << "bytes";
        m_bytesDropped += bytes.size();
        return false;
    }
    m_chunks.push_back(bytes);
    m_level += bytes.size();
    m_peakLevel = std::max(m_peakLevel, m_level);
    m_bytesAppended += bytes.size();
    levelMoved();
    if (!m_backpressure && m_level >= m_highWatermark) {
        m_backpressure = true;
        qCDebug(lcMmsBuffer) << "high watermark reached at" << m_level << "bytes";
        emit backpressureChanged(true);
    }
    emit readyRead();
    return true;
}

void AsfStreamBuffer::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    qCDebug(lcMmsBuffer) << "finished with" << m_level << "bytes left to read";
    checkDrained();
}

qint64 AsfStreamBuffer::bytesAvailable() const
{
    return m_level + QIODevice::bytesAvailable();
}

bool AsfStreamBuffer::atEnd() const
{
    return m_finished && bytesAvailable() == 0;
}

qint64 AsfStreamBuffer::readData(char *data, qint64 maxSize)
{
    // Returning 0 (not -1) when empty: GStreamer's source then idles until the next readyRead.
    qint64 copied = 0;
    while (copied < maxSize && !m_chunks.empty()) {
        const QByteArray &front = m_chunks.front();
        const qint64 n = std::min<qint64>(maxSize - copied, front.size() - m_frontOffset);
        std::memcpy(data + copied, front.constData() + m_frontOffset, size_t(n));
        copied += n;
        m_frontOffset += n;
        if (m_frontOffset == front.size()) {
            keepPlayed(front);
            m_chunks.pop_front();
            m_frontOffset = 0;
        }
    }
    if (copied > 0) {
        m_level -= copied;
        levelMoved();
        if (m_backpressure && m_level <= m_lowWatermark) {
            m_backpressure = false;
            qCDebug(lcMmsBuffer) << "low watermark reached at" << m_level << "bytes";
            emit backpressureChanged(false);
        }
        checkDrained();
    }
    return copied;
}

void AsfStreamBuffer::appendPlayed(const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        keepPlayed(bytes);
}

QList<QByteArray> AsfStreamBuffer::retainedChunks() const
{
    QList<QByteArray> chunks;
    chunks.reserve(qsizetype(m_history.size() + m_chunks.size()));
    chunks.append(QList<QByteArray>(m_history.cbegin(), m_history.cend()));
    chunks.append(QList<QByteArray>(m_chunks.cbegin(), m_chunks.cend()));
    return chunks;
}

void AsfStreamBuffer::keepPlayed(const QByteArray &chunk)
{
    if (m_historyLimit == 0)
        return;
    m_history.push_back(chunk); // shares the bytes: no copy
    m_historyBytes += chunk.size();
    while (m_historyBytes > m_historyLimit) {
        m_historyBytes -= m_history.front().size();
        m_history.pop_front();
    }
}

qint64 AsfStreamBuffer::writeData(const char *, qint64)
{
    // Read-only for QIODevice users; the producer uses append().
    return -1;
}

void AsfStreamBuffer::levelMoved()
{
    emit levelChanged(m_level);
    if (!m_settlePending) {
        m_settlePending = true;
        QMetaObject::invokeMethod(this, &AsfStreamBuffer::reportSettledLevel, Qt::QueuedConnection);
    }
}

void AsfStreamBuffer::reportSettledLevel()
{
    m_settlePending = false;
    const qint64 moved = m_level > m_settledLevel ? m_level - m_settledLevel : m_settledLevel - m_level;
    if (moved == 0 || (moved < m_reportStep && m_level != 0))
        return;
    m_settledLevel = m_level;
    emit levelSettled(m_level);
}

void AsfStreamBuffer::checkDrained()
{
    if (m_finished && m_level == 0 && !m_drainedEmitted) {
        m_drainedEmitted = true;
        emit drained();
    }
}

// Own moc unit: keeps this class's meta-object out of mmscore's shared mocs_compilation object.
#include "moc_asfstreambuffer.cpp"
