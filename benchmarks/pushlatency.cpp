// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushlatency.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>

void PushLatency::record(uint32_t session, int64_t sendTime, double arrivalMs)
{
    m_arrivals.push_back({session, sendTime, arrivalMs});
}

namespace {

struct Pushed {
    int64_t sendTime;
    double at;
};

double quantile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return 0;
    return sorted[size_t(q * double(sorted.size() - 1))];
}

} // namespace

bool PushLatency::report(const std::string &logPath) const
{
    FILE *f = fopen(logPath.c_str(), "r");
    if (!f) {
        fprintf(stderr, "cannot read the push log %s\n", logPath.c_str());
        return false;
    }
    // The pusher still writes while we read: only lines ending in '\n' are whole.
    std::vector<Pushed> pushed;
    char line[128];
    while (fgets(line, sizeof line, f)) {
        if (!strchr(line, '\n'))
            break;
        char *end = nullptr;
        const long long sendTime = strtoll(line, &end, 10);
        if (end == line || sendTime < 0)
            continue;
        pushed.push_back({sendTime, strtod(end, nullptr)});
    }
    fclose(f);
    // Send times never decrease in the log; the first line of a send time is when its group went.
    auto byTime = [](const Pushed &a, const Pushed &b) { return a.sendTime < b.sendTime; };
    std::stable_sort(pushed.begin(), pushed.end(), byTime);

    std::vector<Arrival> arrivals = m_arrivals;
    std::sort(arrivals.begin(), arrivals.end(), [](const Arrival &a, const Arrival &b) {
        return a.session != b.session ? a.session < b.session : a.sendTime < b.sendTime;
    });
    std::vector<double> latencies;
    latencies.reserve(arrivals.size());
    uint64_t unmatched = 0, missing = 0, sessions = 0, reported = 0;
    for (size_t i = 0; i < arrivals.size();) {
        size_t j = i;
        while (j < arrivals.size() && arrivals[j].session == arrivals[i].session)
            ++j;
        ++sessions;
        for (size_t k = i; k < j; ++k) {
            const auto it = std::lower_bound(
                pushed.begin(), pushed.end(), Pushed {arrivals[k].sendTime, 0}, byTime);
            if (it == pushed.end() || it->sendTime != arrivals[k].sendTime)
                ++unmatched;
            else
                latencies.push_back(arrivals[k].at - it->at);
        }
        // Packets pushed after this session's first send time and before its last, against those it
        // got. The first and last send times are left out: a session may join in, and the run may
        // end in, the middle of a group of packets sharing one send time (the pieces of a frame).
        const int64_t first = arrivals[i].sendTime, last = arrivals[j - 1].sendTime;
        const auto from = std::upper_bound(pushed.begin(), pushed.end(), Pushed {first, 0}, byTime);
        const auto to = std::lower_bound(pushed.begin(), pushed.end(), Pushed {last, 0}, byTime);
        const uint64_t expected = uint64_t(to - from);
        uint64_t got = 0;
        for (size_t k = i; k < j; ++k)
            got += arrivals[k].sendTime > first && arrivals[k].sendTime < last ? 1 : 0;
        missing += expected > got ? expected - got : 0;
        if (expected > got && reported < 5) { // which send times, for the first few sessions
            ++reported;
            std::vector<int64_t> lost;
            size_t k = i;
            for (auto p = from; p != to && lost.size() < 10; ++p) {
                while (k < j && arrivals[k].sendTime < p->sendTime)
                    ++k;
                if (k < j && arrivals[k].sendTime == p->sendTime)
                    ++k;
                else
                    lost.push_back(p->sendTime);
            }
            printf("session %u misses %" PRIu64 " packets (received send times %" PRId64
                   "..%" PRId64 "); first missing:",
                arrivals[i].session, expected - got, first, last);
            for (int64_t t : lost)
                printf(" %" PRId64, t);
            printf("\n");
        }
        i = j;
    }
    std::sort(latencies.begin(), latencies.end());
    const double maxMs = latencies.empty() ? 0 : latencies.back();
    printf("push latency ms over %zu packets of %" PRIu64
           " sessions: p50 %.2f p95 %.2f p99 %.2f max %.2f; "
           "not in the push log: %" PRIu64 "; missing in sessions: %" PRIu64 "\n",
        latencies.size(), sessions, quantile(latencies, 0.5), quantile(latencies, 0.95),
        quantile(latencies, 0.99), maxMs, unmatched, missing);
    printf("RESULT_PUSH packets=%zu sessions=%" PRIu64
           " p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f "
           "unmatched=%" PRIu64 " missing=%" PRIu64 " pushed=%zu\n",
        latencies.size(), sessions, quantile(latencies, 0.5), quantile(latencies, 0.95),
        quantile(latencies, 0.99), maxMs, unmatched, missing, pushed.size());
    return true;
}
