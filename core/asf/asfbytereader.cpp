// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asfbytereader.h"

#include "core/asf/asfguids.h"

namespace asf {

bool ByteReader::guid(QUuid *v)
{
    if (!has(16))
        return false;
    *v = guidFromBytes(m_bytes.sliced(m_pos, 16));
    m_pos += 16;
    return true;
}

bool ByteReader::sized(int lengthType, quint32 *v)
{
    switch (lengthType & 3) {
    case 0:
        *v = 0;
        return true;
    case 1: {
        quint8 b = 0;
        if (!u8(&b))
            return false;
        *v = b;
        return true;
    }
    case 2: {
        quint16 w = 0;
        if (!u16(&w))
            return false;
        *v = w;
        return true;
    }
    default:
        return u32(v);
    }
}

bool ByteReader::utf16(quint64 byteLength, QString *text)
{
    if (!has(byteLength))
        return false;
    // An odd length leaves a stray byte: it is skipped, not read as half a character.
    const qsizetype units = qsizetype(byteLength / 2);
    QString s(units, Qt::Uninitialized);
    const char *p = m_bytes.data() + m_pos;
    for (qsizetype i = 0; i < units; ++i)
        s[i] = QChar(qFromLittleEndian<quint16>(p + 2 * i));
    while (!s.isEmpty() && s.back() == QChar(0))
        s.chop(1);
    *text = s;
    m_pos += qsizetype(byteLength);
    return true;
}

} // namespace asf
