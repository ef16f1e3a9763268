// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QUuid>
#include <QtEndian>

namespace asf {

// Bounds-checked little-endian reader over bytes we do not trust. Every read first checks that the
// bytes are there and returns false (leaving the position unchanged) when they are not, so callers
// never index past the end and never allocate from an unchecked length.
class ByteReader
{
public:
    explicit ByteReader(QByteArrayView bytes, qsizetype pos = 0) : m_bytes(bytes), m_pos(pos) { }

    QByteArrayView bytes() const { return m_bytes; }
    qsizetype pos() const { return m_pos; }
    qsizetype size() const { return m_bytes.size(); }
    // Never negative: a reader placed past the end (an object shorter than the offset its
    // fields start at) has nothing left, rather than a negative count that would read as huge
    // once compared unsigned (found by fuzz_asfheader: a 24-byte Header Extension object).
    qsizetype remaining() const { return m_pos < m_bytes.size() ? m_bytes.size() - m_pos : 0; }
    // `count` may come from the input: compared as unsigned 64-bit, so no overflow.
    bool has(quint64 count) const { return count <= quint64(remaining()); }

    bool skip(quint64 count)
    {
        if (!has(count))
            return false;
        m_pos += qsizetype(count);
        return true;
    }
    bool u8(quint8 *v) { return readLe(v); }
    bool u16(quint16 *v) { return readLe(v); }
    bool u32(quint32 *v) { return readLe(v); }
    bool u64(quint64 *v) { return readLe(v); }
    bool guid(QUuid *v);
    // A field whose width is given by a 2-bit length type (ASF 5.2.2: 0 absent, 1 BYTE, 2 WORD,
    // 3 DWORD); an absent field reads as 0.
    bool sized(int lengthType, quint32 *v);
    // UTF-16LE text of `byteLength` bytes; trailing NULs are dropped (ASF strings are terminated).
    bool utf16(quint64 byteLength, QString *text);

private:
    template<typename T>
    bool readLe(T *v)
    {
        if (!has(sizeof(T)))
            return false;
        *v = qFromLittleEndian<T>(m_bytes.data() + m_pos);
        m_pos += sizeof(T);
        return true;
    }

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
};

// Bytes of a field of the given 2-bit length type: 0, 1, 2 or 4.
constexpr int fieldWidth(int lengthType)
{
    return lengthType == 3 ? 4 : lengthType;
}

} // namespace asf
