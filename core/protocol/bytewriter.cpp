// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/bytewriter.h"

#include <QtEndian>

#include <bit>

namespace mms {

void ByteWriter::u8(quint8 v)
{
    m_data.append(char(v));
}

void ByteWriter::u16(quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    m_data.append(b, sizeof b);
}

void ByteWriter::u32(quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    m_data.append(b, sizeof b);
}

void ByteWriter::u64(quint64 v)
{
    char b[8];
    qToLittleEndian(v, b);
    m_data.append(b, sizeof b);
}

void ByteWriter::f64(double v)
{
    // MS-MMSP 2.2: DOUBLE is IEEE-754 binary64, sent little-endian like the integers.
    u64(std::bit_cast<quint64>(v));
}

void ByteWriter::bytes(QByteArrayView v)
{
    m_data.append(v);
}

void ByteWriter::zeros(qsizetype count)
{
    if (count > 0)
        m_data.append(count, '\0');
}

void ByteWriter::utf16(const QString &s, bool nulTerminated)
{
    // Written unit by unit so the bytes are UTF-16LE whatever the host's byte order.
    for (const QChar c : s)
        u16(c.unicode());
    if (nulTerminated)
        u16(0);
}

void ByteWriter::ansiFixed(const QByteArray &s, int size)
{
    if (size <= 0)
        return;
    // MS-MMSP 2.2.1: strings MUST be NUL-terminated, so at most size - 1 characters fit.
    const qsizetype length = qMin(s.size(), qsizetype(size - 1));
    m_data.append(s.constData(), length);
    zeros(size - length);
}

void ByteWriter::padTo(int alignment)
{
    if (alignment <= 1)
        return;
    const qsizetype rest = m_data.size() % alignment;
    if (rest != 0)
        zeros(alignment - rest);
}

} // namespace mms
