// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol/codecresult.h"

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

namespace mms {

// Reads little-endian fields from a bounded view. Reading past the end never touches memory out
// of range: it sets a sticky Malformed error naming the field and returns 0 / empty values, so a
// decoder can read all fields and check `ok()` once at the end.
class ByteReader
{
public:
    explicit ByteReader(QByteArrayView data, qint64 baseOffset = 0);

    quint8 u8(const char *field);
    quint16 u16(const char *field);
    quint32 u32(const char *field);
    quint64 u64(const char *field);
    double f64(const char *field);
    QByteArrayView bytes(qsizetype count, const char *field);
    // A u32 byte count (`countField`) then that many bytes (`field`): Malformed, naming both,
    // when the count is larger than what is left (checked before anything is copied).
    QByteArray countedBytes(const char *countField, const char *field);
    void skip(qsizetype count, const char *field);
    // UTF-16LE string of `chars` code units (a trailing NUL, if counted, is dropped).
    QString utf16Chars(qsizetype chars, const char *field);
    // UTF-16LE string up to the first NUL or the end of the data; consumes the NUL.
    QString utf16UntilNul(const char *field);
    // Fixed-size 8-bit string field up to its first NUL.
    QByteArray ansiFixed(int size, const char *field);

    // Marks the input bad with `status` (first error wins).
    void fail(CodecStatus status, const QString &what);

    qsizetype position() const { return m_pos; }
    // Offset of the next byte from the start of the whole input (baseOffset + position()).
    qint64 offset() const { return m_baseOffset + m_pos; }
    qsizetype remaining() const { return m_data.size() - m_pos; }
    bool ok() const { return m_error.ok(); }
    const CodecError &error() const { return m_error; }

private:
    bool need(qsizetype count, const char *field);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    qint64 m_baseOffset = 0;
    CodecError m_error;
};

} // namespace mms
