// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/headerassembler.h"

#include "core/protocol/mmsconstants.h"
#include "core/session/mmssession.h"

void HeaderAssembler::reset(quint8 incarnation, quint32 expectedSize, quint32 maxFragment,
                            qint64 maxBytes)
{
    m_active = true;
    m_incarnation = incarnation;
    m_expectedSize = expectedSize;
    m_maxFragment = maxFragment;
    m_maxBytes = maxBytes;
    m_nextLocation = 0;
    m_bytes.clear();
    m_error.clear();
}

HeaderAssembler::Status HeaderAssembler::failWith(const QString &what)
{
    m_active = false;
    m_error = what;
    return Status::Error;
}

HeaderAssembler::Status HeaderAssembler::add(const mms::DataPacket &packet)
{
    if (!m_active)
        return failWith(MmsSession::tr("header fragment while no header transfer is running"));
    // MS-MMSP 3.1.5.12: complete only with "no LocationId gap"; over TCP the fragments arrive in
    // order, so any other LocationId is a gap or a repeat.
    if (packet.locationId != m_nextLocation)
        return failWith(MmsSession::tr("header fragment with LocationId %1, expected %2")
                            .arg(packet.locationId)
                            .arg(m_nextLocation));
    // MS-MMSP 3.2.5.8.1: the server splits the header into payloads of at most the packet size.
    if (m_maxFragment > 0 && quint64(packet.payload.size()) > m_maxFragment)
        return failWith(MmsSession::tr("header fragment of %1 bytes, more than the packet size %2")
                            .arg(packet.payload.size())
                            .arg(m_maxFragment));
    const qint64 limit = m_expectedSize > 0 ? qMin<qint64>(m_expectedSize, m_maxBytes) : m_maxBytes;
    if (m_bytes.size() + packet.payload.size() > limit) {
        return failWith(m_expectedSize > 0 && m_expectedSize <= m_maxBytes
                ? MmsSession::tr("the header grows past the %1 bytes that "
                                 "ReportOpenFile announced")
                      .arg(m_expectedSize)
                : MmsSession::tr("the header grows past the limit of %1 bytes").arg(m_maxBytes));
    }
    m_bytes.append(packet.payload);
    ++m_nextLocation;

    // MS-MMSP 2.2.2 / 3.1.5.12: the 0x08 bit (AFFlags 0x08 or 0x0C) marks the last fragment.
    if ((packet.afFlags & mms::HeaderFragmentLastBit) == 0)
        return Status::Incomplete;
    m_active = false;
    if (m_expectedSize > 0 && quint64(m_bytes.size()) != m_expectedSize)
        return failWith(MmsSession::tr("the header has %1 bytes, ReportOpenFile announced %2")
                            .arg(m_bytes.size())
                            .arg(m_expectedSize));
    return Status::Complete;
}
