#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Figure 7: Play after a pause, and a seek, to the first new frame (issue 16), clip1m.asf
# (1 Mbit/s, 3.1 s preroll) from mms-serve at realtime pace on loopback.
#   [SEEK_TO_MS=40000] pause-resume.sh [REPEATS=3] [PAUSES_S="3 60"]
# mms-pause-bench (the app's PlaybackController + PlayerWidget, offscreen, buffering 0) plays
# from the start to 3 s, pauses, presses Play and times the first new frame the video widget
# gets; then plays 2 s, seeks to 40 s and times the first frame there and the 25th after it.
# SEEK_TO_MS=1000 seeks back into what was played instead (served from the buffer's history).
# Each run twice, interleaved: the client asking for Fast Start (mms-serve honours it: the
# preroll at ten times the rate) and the client without it (--fast-start 0: the server sends at
# the content's rate, as a server without accelerated start does).
set -uo pipefail
source "$(dirname "$0")/common.sh"
BENCH=${BENCH:-$BUILD/benchmarks/mms-pause-bench}
REPEATS=${1:-3}
SEEK_TO_MS=${SEEK_TO_MS:-40000}
PAUSES=${2:-3 60}
LOG=$OUT/pause-resume.txt
machine_info | tee "$LOG"
echo "command: SEEK_TO_MS=$SEEK_TO_MS $0 $REPEATS \"$PAUSES\"" | tee -a "$LOG"
start_server --root "$MEDIA" --pace realtime || exit 1
URL=mmst://127.0.0.1:$PORT/clip1m.asf
for r in $(seq "$REPEATS"); do
    for p in $PAUSES; do
        for fs in 1 0; do
            res=$(timeout $((p + 90)) "$BENCH" "$URL" --fast-start "$fs" --pause-ms $((p * 1000)) \
                  --play-ms 3000 --seek-to-ms "$SEEK_TO_MS" 2>/dev/null | grep '^RESULT')
            echo "run $r pause=${p}s faststart=$fs $res load=$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$LOG"
        done
    done
done
stop_server
field() { sed -n "s/.* $1=\(-\?[0-9]*\).*/\1/p"; }
echo "== medians over $REPEATS runs (ms; -1 = no frame within 20 s)" | tee -a "$LOG"
for p in $PAUSES; do
    for fs in 1 0; do
        runs=$(grep "pause=${p}s faststart=$fs " "$LOG")
        echo "pause=${p}s faststart=$fs resume $(echo "$runs" | field resume_ms | median)" \
             "seek $(echo "$runs" | field seek_ms | median)" \
             "seek+25frames $(echo "$runs" | field seek_25_frames_ms | median)" | tee -a "$LOG"
    done
done
