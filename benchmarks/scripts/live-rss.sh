#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Figure 5: memory over a long live stream. mms-serve --live live=clip1m.asf (looped broadcast,
# its own realtime clock), mmsplayer playing mmst://127.0.0.1:PORT/live under Xvfb for MINUTES;
# VmRSS of the player and of the server sampled every 5 s from /proc/PID/status.
#   live-rss.sh [MINUTES=10]
# Prints the samples and the least-squares slope of RSS after the first minute (KiB/min).
set -uo pipefail
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a -s "-screen 0 1280x720x24 -ac" "$0" "$@"; fi
source "$(dirname "$0")/common.sh"
MIN=${1:-10}
LOG=$OUT/live-rss.txt
machine_info | tee "$LOG"
start_server --live live="$MEDIA/clip1m.asf" || exit 1
HOME=/tmp/mms-bench-home "$PLAYER" "mmst://127.0.0.1:$PORT/live" >/dev/null 2>&1 &
P=$!
t0=$(date +%s)
end=$((t0 + MIN * 60))
echo "t_s player_rss_kib server_rss_kib" | tee -a "$LOG"
while [ "$(date +%s)" -lt "$end" ] && kill -0 $P 2>/dev/null; do
    echo "$(( $(date +%s) - t0 )) $(awk '/VmRSS/ {print $2}' /proc/$P/status) $(awk '/VmRSS/ {print $2}' /proc/$SERVER_PID/status)" | tee -a "$LOG"
    sleep 5
done
kill $P 2>/dev/null; wait $P 2>/dev/null
stop_server
awk 'NF==3 && $1 ~ /^[0-9]+$/ && $1 >= 60 { n++; x+=$1; y+=$2; z+=$3; xx+=$1*$1; xy+=$1*$2; xz+=$1*$3;
       if (min=="" || $2<min) min=$2; if ($2>max) max=$2 }
     END { d = n*xx - x*x; if (d == 0) exit;
           printf "after 60 s: %d samples, player RSS %d..%d KiB, slope %.1f KiB/min; server slope %.1f KiB/min\n",
                  n, min, max, 60*(n*xy - x*y)/d, 60*(n*xz - x*z)/d }' "$LOG" | tee -a "$LOG"
