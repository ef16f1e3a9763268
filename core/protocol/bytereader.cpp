// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/bytereader.h"

#include "core/protocol/protocoltext.h"

#include <QtEndian>
#include <bit>

namespace mms {

ByteReader::ByteReader(QByteArrayView data, qint64 baseOffset)
    : m_data(data), m_baseOffset(baseOffset)
{
}

bool ByteReader::need(qsizetype count, const char *field)
{
    if (!m_error.ok())
        return false;
    if (count < 0 || count > remaining()) {
        fail(CodecStatus::Malformed,
            ProtocolText::tr("%1: needs %2 bytes, %3 left in the message")
                .arg(QLatin1StringView(field))
                .arg(count)
                .arg(remaining()));
        return false;
    }
    return true;
}

quint8 ByteReader::u8(const char *field)
{
    if (!need(1, field))
        return 0;
    return quint8(m_data[m_pos++]);
}

quint16 ByteReader::u16(const char *field)
{
    if (!need(2, field))
        return 0;
    const auto v = qFromLittleEndian<quint16>(m_data.data() + m_pos);
    m_pos += 2;
    return v;
}

quint32 ByteReader::u32(const char *field)
{
    if (!need(4, field))
        return 0;
    const auto v = qFromLittleEndian<quint32>(m_data.data() + m_pos);
    m_pos += 4;
    return v;
}

quint64 ByteReader::u64(const char *field)
{
    if (!need(8, field))
        return 0;
    const auto v = qFromLittleEndian<quint64>(m_data.data() + m_pos);
    m_pos += 8;
    return v;
}

double ByteReader::f64(const char *field)
{
    return std::bit_cast<double>(u64(field));
}

QByteArrayView ByteReader::bytes(qsizetype count, const char *field)
{
    if (!need(count, field))
        return {};
    const QByteArrayView v = m_data.sliced(m_pos, count);
    m_pos += count;
    return v;
}

QByteArray ByteReader::countedBytes(const char *countField, const char *field)
{
    const quint32 count = u32(countField);
    if (!ok())
        return {};
    if (count > quint64(remaining())) {
        fail(CodecStatus::Malformed,
            ProtocolText::tr("%1 %2 exceeds the %3 bytes left for %4")
                .arg(QLatin1String(countField))
                .arg(count)
                .arg(remaining())
                .arg(QLatin1String(field)));
        return {};
    }
    return bytes(qsizetype(count), field).toByteArray();
}

void ByteReader::skip(qsizetype count, const char *field)
{
    if (need(count, field))
        m_pos += count;
}

QString ByteReader::utf16Chars(qsizetype chars, const char *field)
{
    // Checked before doubling so a huge count can neither overflow nor allocate.
    if (chars < 0 || chars > remaining() / 2) {
        if (m_error.ok())
            fail(CodecStatus::Malformed,
                ProtocolText::tr("%1: %2 characters claimed, %3 bytes left in the message")
                    .arg(QLatin1StringView(field))
                    .arg(chars)
                    .arg(remaining()));
        return {};
    }
    const QByteArrayView raw = bytes(chars * 2, field);
    QString s;
    s.reserve(chars);
    for (qsizetype i = 0; i + 1 < raw.size(); i += 2) {
        const char16_t unit = qFromLittleEndian<quint16>(raw.data() + i);
        if (unit == 0)
            break; // the counted NUL (and anything a sender left after it)
        s.append(QChar(unit));
    }
    return s;
}

QString ByteReader::utf16UntilNul(const char *field)
{
    Q_UNUSED(field); // running into the end is allowed: MS-MMSP 5.1 warns termination is not assured
    if (!m_error.ok())
        return {};
    QString s;
    while (remaining() >= 2) {
        const char16_t unit = qFromLittleEndian<quint16>(m_data.data() + m_pos);
        m_pos += 2;
        if (unit == 0)
            return s;
        s.append(QChar(unit));
    }
    // An odd last byte cannot be a UTF-16 unit; it is dropped with the unterminated tail.
    m_pos = m_data.size();
    return s;
}

QByteArray ByteReader::ansiFixed(int size, const char *field)
{
    const QByteArrayView raw = bytes(size, field);
    const qsizetype nul = raw.indexOf('\0');
    return (nul < 0 ? raw : raw.first(nul)).toByteArray();
}

void ByteReader::fail(CodecStatus status, const QString &what)
{
    if (!m_error.ok())
        return;
    m_error.status = status;
    m_error.offset = offset();
    m_error.what = what;
}

} // namespace mms
