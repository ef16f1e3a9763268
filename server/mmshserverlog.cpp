// SPDX-License-Identifier: GPL-3.0-or-later
// MmshServerSession: the Log request ([MS-WMSP] 2.2.2.4), a client's report of one play.
#include "core/logging.h"
#include "core/session/playlogxml.h"
#include "server/mmshserversession.h"

using namespace mms;

namespace {

// A value from the network, fit for one log line: printable ASCII, at most 120 characters.
QString printable(const QByteArray &value)
{
    QString out;
    for (char c : value.left(120))
        out += (c >= 0x20 && c < 0x7F) ? QLatin1Char(c) : QLatin1Char('?');
    return out.isEmpty() ? QStringLiteral("-") : out;
}

} // namespace

void MmshServerSession::recordLog(const HttpHead &head)
{
    // [MS-WMSP] 2.2.1.2.5: a log is an [MS-WMLOG] XML body of this type; any other POST
    // without Stop or stream selection says nothing we use.
    const QByteArray type = head.value("Content-Type").split(';').value(0).trimmed().toLower();
    if (type != "application/x-wms-logstats") {
        qCInfo(lcMmsServer).noquote()
            << QStringLiteral("session %1: POST of %2 bytes ignored (not a log)")
                   .arg(m_number)
                   .arg(m_body.size());
        return;
    }
    const QList<QPair<QByteArray, QByteArray>> fields = PlayLogXml::parse(m_body);
    auto field = [&fields](const char *name) {
        for (const auto &f : fields) {
            if (f.first == name)
                return f.second;
        }
        return QByteArray();
    };
    qCInfo(lcMmsServer).noquote()
        << QStringLiteral("session %1: play log: %2 from %3 s for %4 s, %5 bytes in %6 packets, "
                          "player %7 (%8)")
               .arg(m_number)
               .arg(printable(field("cs-uri-stem")), printable(field("c-starttime")),
                   printable(field("x-duration")), printable(field("c-bytes")),
                   printable(field("c-pkts-received")), printable(field("c-playerid")),
                   printable(field("cs(User-Agent)")));
    emit logReceived(m_number, m_body);
}
