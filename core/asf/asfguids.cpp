// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/asf/asfguids.h"

#include <QtEndian>

namespace asf {

QByteArray guidToBytes(const QUuid &guid)
{
    QByteArray out(16, Qt::Uninitialized);
    char *p = out.data();
    qToLittleEndian<quint32>(guid.data1, p);
    qToLittleEndian<quint16>(guid.data2, p + 4);
    qToLittleEndian<quint16>(guid.data3, p + 6);
    for (int i = 0; i < 8; ++i)
        p[8 + i] = char(guid.data4[i]);
    return out;
}

QUuid guidFromBytes(QByteArrayView b)
{
    Q_ASSERT(b.size() >= 16);
    const char *p = b.data();
    const auto u = [p](int i) { return uchar(p[i]); };
    return QUuid(qFromLittleEndian<quint32>(p), qFromLittleEndian<quint16>(p + 4),
        qFromLittleEndian<quint16>(p + 6), u(8), u(9), u(10), u(11), u(12), u(13), u(14), u(15));
}

} // namespace asf
