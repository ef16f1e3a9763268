#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Figure 1a: concurrent realtime 500 kbit/s sessions one mms-serve holds, with lateness.
#   serve-load.sh [REPEATS=3] [HOLD_S=20] [N...=100 250 500 1000 2000]
# Each run: a fresh mms-serve (realtime pace), mms-load opens N sessions at 200/s, then holds
# for HOLD_S seconds. Repeats are interleaved (all N, then all N again), medians printed last.
# TRANSPORTS="tcp http" (default "tcp") runs each N over MMS over TCP and over HTTP (mms-load
# --transport http: Describe + Play per session), one after the other, medians per transport.
set -uo pipefail
source "$(dirname "$0")/common.sh"
REPEATS=${1:-3}; HOLD=${2:-20}; shift 2 2>/dev/null || shift $#
COUNTS=${*:-100 250 500 1000 2000}
TRANSPORTS=${TRANSPORTS:-tcp}
ulimit -n "$(ulimit -Hn)"
machine_info | tee "$OUT/serve-load.txt"
for r in $(seq "$REPEATS"); do
    for n in $COUNTS; do
    for t in $TRANSPORTS; do
        start_server --root "$MEDIA" --pace realtime --max-clients $((n + 100)) || exit 1
        echo "== run $r N=$n transport=$t load: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/serve-load.txt"
        timeout $((HOLD + n / 100 + 60)) "$LOAD" play --transport "$t" --port "$PORT" --path clip500k.asf --clients "$n" \
            --ramp-per-sec 200 --hold "$HOLD" --server-pid "$SERVER_PID" | tee -a "$OUT/serve-load.txt"
        grep -E '^VmHWM' /proc/$SERVER_PID/status | sed 's/^/server /' | tee -a "$OUT/serve-load.txt"
        stop_server
        sleep 2
    done
    done
done
echo "== medians over $REPEATS runs (max lateness ms, p99.9 ms, packets over 100 ms, server CPU)" | tee -a "$OUT/serve-load.txt"
for n in $COUNTS; do
for t in $TRANSPORTS; do
    sel() { awk -v n="$n" -v k="$1" -v t="$t" '/^RESULT/ && $2=="clients="n && $3!="streaming=0" && (index($0, "transport=" t) || (t=="tcp" && !index($0, "transport="))) { for (i=2;i<=NF;i++) { split($i,a,"="); if (a[1]==k) print a[2] } }' "$OUT/serve-load.txt" | median; }
    echo "N=$n transport=$t max_late_ms=$(sel max_late_ms) p999_ms=$(sel p999_ms) over100=$(sel over100) failed=$(sel failed) server_cpu=$(sel server_cpu) client_cpu=$(sel client_cpu)" | tee -a "$OUT/serve-load.txt"
done
done
