#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A/B of two mms-serve binaries under the figure-1 load, interleaved (A, B, A, B, ...).
#   serve-compare.sh SERVE_A SERVE_B [REPEATS=2] [HOLD_S=20] [N...=1500 2000]
set -uo pipefail
source "$(dirname "$0")/common.sh"
A=$1; B=$2; REPEATS=${3:-2}; HOLD=${4:-20}; shift 4 2>/dev/null || shift $#
COUNTS=${*:-1500 2000}
ulimit -n "$(ulimit -Hn)"
LOG=$OUT/serve-compare.txt
machine_info | tee "$LOG"
echo "A=$A B=$B" | tee -a "$LOG"
for r in $(seq "$REPEATS"); do
    for n in $COUNTS; do
        for which in A B; do
            if [ $which = A ]; then SERVE=$A; else SERVE=$B; fi
            start_server --root "$MEDIA" --pace realtime --max-clients $((n + 100)) || exit 1
            res=$(timeout $((HOLD + n / 100 + 60)) "$LOAD" play --port "$PORT" --path clip500k.asf --clients "$n" \
                  --ramp-per-sec 200 --hold "$HOLD" --server-pid "$SERVER_PID" | grep '^RESULT')
            echo "$which run $r $res" | tee -a "$LOG"
            stop_server
            sleep 2
        done
    done
done
