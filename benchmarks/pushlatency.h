// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

// mms-load --push-log LOG: the latency from a live push to this load client's sessions. Each
// received packet is kept as (session, ASF send time, arrival on CLOCK_MONOTONIC); at the end the
// log of mms-push-pace ("SENDTIME MONOTONIC_MS" per pushed packet) gives the moment each send time
// was pushed, and every arrival is matched to it: latency = arrival - pushed. Both clocks are the
// same system-wide CLOCK_MONOTONIC, so this only holds on one machine.
class PushLatency {
public:
    void record(uint32_t session, int64_t sendTime, double arrivalMs);
    // Reads LOG and prints "push latency ..." and a machine-readable "RESULT_PUSH ..." line:
    // median / p95 / p99 / max latency over all kept packets, packets whose send time is not in
    // the log, and packets missing in sessions (pushed strictly between a session's first and
    // last send time but not received; the first few such sessions are named with what they
    // lack). False if LOG cannot be read.
    bool report(const std::string &logPath) const;

private:
    struct Arrival {
        uint32_t session;
        int64_t sendTime;
        double at;
    };
    std::vector<Arrival> m_arrivals;
};
