// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace mms {

// Appends little-endian fields (MS-MMSP 2.2: every integer is little-endian) to a byte array.
class ByteWriter
{
public:
    void u8(quint8 v);
    void u16(quint16 v);
    void u32(quint32 v);
    void u64(quint64 v);
    void f64(double v);
    void bytes(QByteArrayView v);
    void zeros(qsizetype count);
    // UTF-16LE code units, then one 16-bit NUL when `nulTerminated`.
    void utf16(const QString &s, bool nulTerminated = true);
    // Fixed-size 8-bit string field (CLIENT_LOG, MS-MMSP 2.2.1): truncated to size - 1, NUL-filled.
    void ansiFixed(const QByteArray &s, int size);
    // Zero bytes up to the next multiple of `alignment`.
    void padTo(int alignment);

    qsizetype size() const { return m_data.size(); }
    const QByteArray &data() const { return m_data; }
    QByteArray take() { return std::move(m_data); }

private:
    QByteArray m_data;
};

} // namespace mms
