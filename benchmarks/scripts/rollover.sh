#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Figure 8: what rollover costs when the TCP port refuses (mms:// with an HTTP fallback port)
# against mmsh:// directly, both against one mms-serve on loopback.
#   rollover.sh [RUNS=101] [FILE=long300.wmv]
# mms-rollover-bench runs RUNS interleaved pairs (rollover, direct), a new MmsSession each, and
# prints the medians of open() -> HTTP connection / response head / headerReceived.
set -uo pipefail
source "$(dirname "$0")/common.sh"
RUNS=${1:-101}
FILE=${2:-long300.wmv}
BENCH=${ROLLOVER:-$BUILD/benchmarks/mms-rollover-bench}
LOG=$OUT/rollover.txt
machine_info | tee "$LOG"
start_server --root "$MEDIA" --pace burst || exit 1
"$BENCH" --port "$PORT" --path "$FILE" --runs "$RUNS" | tee -a "$LOG"
stop_server
