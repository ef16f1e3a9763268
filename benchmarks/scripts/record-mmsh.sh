#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Figure 2h: recording over MMS over HTTP from a burst-pace mms-serve, mmsplayer against FFmpeg.
#   record-mmsh.sh [REPEATS=7] [FILE=long300.wmv]
# Per repeat, interleaved, each against the same burst-pace mms-serve (one port serves mmsh://):
#   mmsplayer  mmsplayer --record OUT --quiet mmsh://127.0.0.1:PORT/FILE
#   ffmpeg     ffmpeg -i mmsh://127.0.0.1:PORT/FILE -c copy -f asf OUT
#   base       only with BASE_PLAYER=BINARY: that mmsplayer the same way (an A/B of two builds)
#   burst      mms-load burst --transport http (one session, $D packets parsed and dropped):
#              what the server delivers to a client that only reads
# Each client's time is from its start to its exit (taken by `wait`), so process start-up and
# the Describe exchange count for both. MB/s = source file bytes / seconds (1 MB = 10^6 bytes);
# user and system CPU seconds from /usr/bin/time. Outputs go to /dev/shm when it exists, so the
# disk is not what is measured. Medians and the ratio of the medians are printed last.
set -uo pipefail
source "$(dirname "$0")/common.sh"
REPEATS=${1:-7}
FILE=${2:-long300.wmv}
SIZE=$(stat -c %s "$MEDIA/$FILE") || exit 1
DEST=/dev/shm/mms-bench-mmsh; [ -d /dev/shm ] || DEST=$OUT/rec-mmsh
mkdir -p "$DEST"
LOG=$OUT/record-mmsh.txt
machine_info | tee "$LOG"
echo "file: $FILE $SIZE bytes" | tee -a "$LOG"

# timed NAME OUTFILE CMD...: runs CMD (at most 300 s) and logs seconds, MB/s, CPU and output size.
timed() {
    local name=$1 out=$2; shift 2
    rm -f "$out"
    local t0=$EPOCHREALTIME
    /usr/bin/time -f '%U %S' -o "$DEST/cpu" timeout 300 "$@" >/dev/null 2>&1
    local rc=$? t1=$EPOCHREALTIME
    local sec; sec=$(echo "$t1 - $t0" | bc -l)
    echo "run $r $name $(echo "$SIZE / $sec / 1000000" | bc -l | xargs printf '%.1f') MB/s" \
        "($(printf '%.3f' "$sec") s, exit=$rc, cpu user/sys $(cat "$DEST/cpu"), out $(stat -c %s "$out" 2>/dev/null || echo 0) bytes)" \
        | tee -a "$LOG"
}

start_server --root "$MEDIA" --pace burst || exit 1
URL="mmsh://127.0.0.1:$PORT/$FILE"
for r in $(seq "$REPEATS"); do
    timed mmsplayer "$DEST/mmsplayer.asf" "$PLAYER" --record "$DEST/mmsplayer.asf" --quiet "$URL"
    if [ -n "${BASE_PLAYER:-}" ]; then
        timed base "$DEST/base.asf" "$BASE_PLAYER" --record "$DEST/base.asf" --quiet "$URL"
    fi
    timed ffmpeg "$DEST/ffmpeg.asf" ffmpeg -nostdin -hide_banner -loglevel error -y -i "$URL" -c copy -f asf "$DEST/ffmpeg.asf"
    line=$(timeout 300 "$LOAD" burst --transport http --port "$PORT" --path "$FILE" | grep '^RESULT')
    echo "run $r burst $(echo "$line" | sed 's/.*burst_mb_s=\([0-9.]*\).*/\1/') MB/s" | tee -a "$LOG"
    echo "load: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOG"
done
stop_server
echo "== medians over $REPEATS runs (MB/s)" | tee -a "$LOG"
for k in mmsplayer ${BASE_PLAYER:+base} ffmpeg burst; do
    echo "$k $(awk -v k="$k" '$1=="run" && $3==k {print $4}' "$LOG" | median)" | tee -a "$LOG"
done
p=$(awk '$1=="run" && $3=="mmsplayer" {print $4}' "$LOG" | median)
f=$(awk '$1=="run" && $3=="ffmpeg" {print $4}' "$LOG" | median)
echo "mmsplayer / ffmpeg: $(echo "$p / $f" | bc -l | xargs printf '%.2f')x" | tee -a "$LOG"
if [ -n "${BASE_PLAYER:-}" ]; then
    b=$(awk '$1=="run" && $3=="base" {print $4}' "$LOG" | median)
    echo "base / ffmpeg: $(echo "$b / $f" | bc -l | xargs printf '%.2f')x" | tee -a "$LOG"
fi
rm -rf "$DEST"
