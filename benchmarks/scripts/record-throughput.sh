#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Figure 2 (and 1b): recording a ~100 MB file from mms-serve in burst pace.
#   record-throughput.sh [REPEATS=5]
# Per repeat, interleaved in this order, each against the same burst-pace mms-serve:
#   tcpcopy  mms-load tcpcopy: the file's bytes over one plain loopback TCP connection
#   burst    mms-load burst: one MMS session, Data packets counted (no file written)
#   mmsplayer mmsplayer --record OUT --quiet mmst://127.0.0.1:PORT/big100.asf
#   ffmpeg   ffmpeg -i mmst://... -c copy -f asf OUT (5.1's mmst may not exit at the end: the
#            time is taken when the output stopped growing, and the run is cut 5 s later)
# MB/s = source file bytes / seconds (1 MB = 10^6 bytes). Outputs go to a tmpfs-backed dir
# when /dev/shm exists so the disk is not what is measured.
set -uo pipefail
source "$(dirname "$0")/common.sh"
REPEATS=${1:-5}
FILE=big100.asf
SIZE=$(stat -c %s "$MEDIA/$FILE")
DEST=/dev/shm/mms-bench; [ -d /dev/shm ] || DEST=$OUT/rec
mkdir -p "$DEST"
LOG=$OUT/record-throughput.txt
machine_info | tee "$LOG"
echo "file: $FILE $SIZE bytes" | tee -a "$LOG"

now() { echo "$EPOCHREALTIME"; }
usec() { local t=${1/./}; echo $((10#$t)); } # EPOCHREALTIME -> integer microseconds

# timed_until_stable OUTFILE CMD...: runs CMD and returns the seconds until it exits, taken by
# `wait` the moment it does; or, if OUTFILE stopped growing for 5 s (FFmpeg 5.1's mmst may never
# exit), the seconds until its last growth, with "cut" (the 5 s are not counted); at most 300 s.
# The stall watchdog polls every 50 ms in a subshell of its own: an earlier version timed the exit
# by that poll too, which added up to 50 ms plus the cost of the poll's own commands to runs that
# last 0.1-0.3 s, and so squeezed the ratio between a fast and a slow client.
timed_until_stable() {
    local out=$1; shift
    local t0 t1 rc mark="$OUT/.cut.$$"
    rm -f "$mark"
    t0=$(now)
    "$@" >/dev/null 2>&1 &
    local pid=$!
    (
        last=-1; t_last=$t0
        while kill -0 "$pid" 2>/dev/null; do
            size=$(stat -c %s "$out" 2>/dev/null || echo 0)
            if [ "$size" != "$last" ]; then last=$size; t_last=$(now); fi
            t=$(usec "$(now)")
            if (( t - $(usec "$t_last") > 5000000 || t - $(usec "$t0") > 300000000 )); then
                echo "$t_last" >"$mark"
                kill "$pid" 2>/dev/null
                exit
            fi
            sleep 0.05
        done
    ) &
    local watchdog=$!
    wait "$pid"; rc=$?
    t1=$(now)
    kill "$watchdog" 2>/dev/null; wait "$watchdog" 2>/dev/null
    if [ -s "$mark" ]; then
        echo "$(echo "$(cat "$mark") - $t0" | bc -l) cut"
    else
        echo "$(echo "$t1 - $t0" | bc -l) exit=$rc"
    fi
    rm -f "$mark"
}

start_server --root "$MEDIA" --pace burst || exit 1
for r in $(seq "$REPEATS"); do
    line=$("$LOAD" tcpcopy --file "$MEDIA/$FILE" | grep '^RESULT')
    echo "run $r tcpcopy $(echo "$line" | sed 's/.*tcpcopy_mb_s=\([0-9.]*\).*/\1/') MB/s" | tee -a "$LOG"
    line=$(timeout 300 "$LOAD" burst --port "$PORT" --path "$FILE" | grep '^RESULT')
    echo "run $r burst $(echo "$line" | sed 's/.*burst_mb_s=\([0-9.]*\).*/\1/') MB/s" | tee -a "$LOG"

    rm -f "$DEST/mmsplayer.asf"
    res=$(timed_until_stable "$DEST/mmsplayer.asf" "$PLAYER" --record "$DEST/mmsplayer.asf" --quiet "mmst://127.0.0.1:$PORT/$FILE")
    sec=${res%% *}
    echo "run $r mmsplayer $(echo "$SIZE / $sec / 1000000" | bc -l | xargs printf '%.1f') MB/s ($sec s, $res, out $(stat -c %s "$DEST/mmsplayer.asf") bytes)" | tee -a "$LOG"

    rm -f "$DEST/ffmpeg.asf"
    res=$(timed_until_stable "$DEST/ffmpeg.asf" ffmpeg -nostdin -hide_banner -loglevel error -y -i "mmst://127.0.0.1:$PORT/$FILE" -c copy -f asf "$DEST/ffmpeg.asf")
    sec=${res%% *}
    echo "run $r ffmpeg $(echo "$SIZE / $sec / 1000000" | bc -l | xargs printf '%.1f') MB/s ($sec s, $res, out $(stat -c %s "$DEST/ffmpeg.asf") bytes)" | tee -a "$LOG"
done
stop_server
echo "== medians over $REPEATS runs (MB/s)" | tee -a "$LOG"
for k in tcpcopy burst mmsplayer ffmpeg; do
    echo "$k $(awk -v k="$k" '$1=="run" && $3==k {print $4}' "$LOG" | median)" | tee -a "$LOG"
done
rm -rf "$DEST"
