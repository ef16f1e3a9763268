// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/asfstreamreader.h"

#include "core/asf/asfheader.h"
#include "core/asf/asfheaderparser.h"
#include "core/asf/asfpacket.h"
#include "core/mmsh/mmshpacket.h"

#include <cerrno>
#include <unistd.h>

AsfStreamReader::AsfStreamReader(int fd, QObject *parent)
    : QObject(parent), m_fd(fd),
      m_notifier(std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read))
{
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &AsfStreamReader::readSome);
}

void AsfStreamReader::setReading(bool reading)
{
    if (!m_done)
        m_notifier->setEnabled(reading);
}

void AsfStreamReader::readSome()
{
    char chunk[64 * 1024];
    const ssize_t got = ::read(m_fd, chunk, sizeof chunk);
    if (got < 0) {
        if (errno != EAGAIN && errno != EINTR)
            finish(QStringLiteral("reading the input: %1").arg(qt_error_string(errno)));
        return;
    }
    if (got == 0) {
        finish(m_packetSize == 0 ? QStringLiteral("the input ended before its ASF header")
                                 : QString());
        return;
    }
    m_buffer.append(chunk, got);
    parse();
}

void AsfStreamReader::parse()
{
    if (m_packetSize == 0) {
        const asf::HeaderSizeResult size = asf::peekHeaderSize(m_buffer);
        if (size.error.status == asf::AsfStatus::NeedMoreData)
            return;
        if (!size.error.ok() || size.headerObjectSize + 50 > asf::MaxHeaderBytes) {
            finish(QStringLiteral("the input is not ASF"));
            return;
        }
        const qsizetype length = qsizetype(size.headerObjectSize) + 50;
        if (m_buffer.size() < length)
            return;
        const QByteArray header = m_buffer.left(length);
        const asf::HeaderParseResult parsed = asf::parseHeader(header, true);
        if (!parsed.ok()) {
            finish(QStringLiteral("the input's ASF header: %1").arg(parsed.error.what));
            return;
        }
        const quint32 packetSize = parsed.header.packetSize();
        if (packetSize < 16
            || packetSize > quint32(mms::MmshPacket::maxPayload(mms::MmshPacketType::Data))) {
            finish(QStringLiteral("the input's packet size %1 cannot be pushed").arg(packetSize));
            return;
        }
        m_packetSize = packetSize;
        m_buffer.remove(0, length);
        emit headerRead(header, packetSize);
    }
    while (!m_done && m_buffer.size() >= qsizetype(m_packetSize)) {
        const QByteArray packet = m_buffer.left(m_packetSize);
        if (!asf::parsePacket(packet, m_packetSize).ok()) {
            finish(QString()); // past the data: an index object or the like
            return;
        }
        m_buffer.remove(0, m_packetSize);
        emit packetRead(packet);
    }
}

void AsfStreamReader::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_notifier->setEnabled(false);
    m_buffer.clear();
    emit finished(error);
}
