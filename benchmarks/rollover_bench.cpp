// SPDX-License-Identifier: GPL-3.0-or-later
// mms-rollover-bench: what rollover from MMS over TCP to MMS over HTTP costs when the TCP port
// refuses (docs/benchmarks.md, figure 8). Not a test: it prints times, it never passes or fails.
//
//   mms-rollover-bench --port HTTP_PORT --path FILE [--runs N] [--refused-port P]
//
// Per run, interleaved, each with a new MmsSession:
//   rollover  open("mms://127.0.0.1:REFUSED/FILE") with setHttpFallbackPort(HTTP_PORT): TCP to a
//             port nothing listens on (refused at once on loopback), then HTTP on HTTP_PORT
//   direct    open("mmsh://127.0.0.1:HTTP_PORT/FILE")
// and for each the ms from open() to: the HTTP connection (state OpeningFile: connected, Describe
// written), connected() (the Describe response's head) and headerReceived(). Prints the medians
// and one machine-readable line starting with "RESULT". REFUSED is a port found free by binding
// port 0 and closing it (or --refused-port).

#include "core/session/mmssession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

double nowMs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Times {
    double httpConnected = -1; // OpeningFile over HTTP
    double head = -1; // connected(): the Describe response's head
    double header = -1; // headerReceived()
};

// One open() to headerReceived(); -1 where a milestone did not come within 10 s.
Times measure(const QUrl &url, quint16 fallbackPort)
{
    Times t;
    MmsSession session;
    if (fallbackPort != 0)
        session.setHttpFallbackPort(fallbackPort);
    QEventLoop loop;
    double t0 = 0;
    QObject::connect(&session, &MmsSession::stateChanged, &session, [&](MmsSession::State s) {
        if (s == MmsSession::State::OpeningFile
            && session.transport() == MmsSession::Transport::Http && t.httpConnected < 0)
            t.httpConnected = nowMs() - t0;
    });
    QObject::connect(&session, &MmsSession::connected, &session, [&] {
        if (t.head < 0)
            t.head = nowMs() - t0;
    });
    QObject::connect(&session, &MmsSession::headerReceived, &session, [&] {
        t.header = nowMs() - t0;
        loop.quit();
    });
    QObject::connect(&session, &MmsSession::errorOccurred, &session,
        [&](MmsSession::Error, quint32, const QString &detail) {
            fprintf(stderr, "error: %s\n", qPrintable(detail));
            loop.quit();
        });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    t0 = nowMs();
    session.open(url);
    loop.exec();
    session.abort();
    return t;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    quint16 port = 0;
    quint16 refused = 0;
    QString path;
    int runs = 51;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString &k = args.at(i);
        const QString &v = args.at(i + 1);
        if (k == QLatin1String("--port"))
            port = quint16(v.toUInt());
        else if (k == QLatin1String("--refused-port"))
            refused = quint16(v.toUInt());
        else if (k == QLatin1String("--path"))
            path = v;
        else if (k == QLatin1String("--runs"))
            runs = qBound(1, v.toInt(), 10000);
        else {
            fprintf(stderr, "unknown option %s\n", qPrintable(k));
            return 2;
        }
    }
    if (port == 0 || path.isEmpty()) {
        fprintf(stderr,
            "usage: mms-rollover-bench --port HTTP_PORT --path FILE [--runs N] [--refused-port "
            "P]\n");
        return 2;
    }
    if (refused == 0) {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        refused = probe.serverPort();
        probe.close(); // nothing listens there now: a connect is refused
    }
    const QUrl rolloverUrl(QStringLiteral("mms://127.0.0.1:%1/%2").arg(refused).arg(path));
    const QUrl directUrl(QStringLiteral("mmsh://127.0.0.1:%1/%2").arg(port).arg(path));
    printf("rollover: %s (HTTP fallback port %u)\ndirect:   %s\nruns: %d each, interleaved\n",
        qPrintable(rolloverUrl.toString()), port, qPrintable(directUrl.toString()), runs);

    measure(directUrl, 0); // warm-up (first-use costs: DNS-free here, but Qt's lazy inits)
    std::vector<double> rc, rh, rhdr, dc, dh, dhdr, extra;
    int failed = 0;
    for (int r = 0; r < runs; ++r) {
        const Times roll = measure(rolloverUrl, port);
        const Times direct = measure(directUrl, 0);
        if (roll.header < 0 || direct.header < 0) {
            ++failed;
            continue;
        }
        rc.push_back(roll.httpConnected);
        rh.push_back(roll.head);
        rhdr.push_back(roll.header);
        dc.push_back(direct.httpConnected);
        dh.push_back(direct.head);
        dhdr.push_back(direct.header);
        extra.push_back(roll.header - direct.header);
    }
    printf("medians over %zu pairs (ms since open()):\n", rhdr.size());
    printf("  %-9s HTTP connected %.2f  response head %.2f  headerReceived %.2f\n", "rollover",
        median(rc), median(rh), median(rhdr));
    printf("  %-9s HTTP connected %.2f  response head %.2f  headerReceived %.2f\n", "direct",
        median(dc), median(dh), median(dhdr));
    const double maxExtra = extra.empty() ? -1 : *std::max_element(extra.begin(), extra.end());
    printf("  extra for rollover: median %.2f ms, max %.2f ms (pairwise headerReceived)\n",
        median(extra), maxExtra);
    printf(
        "RESULT runs=%zu failed=%d rollover_connected_ms=%.2f rollover_header_ms=%.2f "
        "direct_connected_ms=%.2f direct_header_ms=%.2f extra_median_ms=%.2f extra_max_ms=%.2f\n",
        rhdr.size(), failed, median(rc), median(rhdr), median(dc), median(dhdr), median(extra),
        maxExtra);
    return failed == runs ? 1 : 0;
}
