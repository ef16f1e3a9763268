#!/bin/bash
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

now() { date +%s.%N; }

# timed_until_stable OUTFILE CMD...: runs CMD, returns seconds until it exits, or until OUTFILE
# stopped growing for 5 s (the 5 s are not counted); at most 300 s.
timed_until_stable() {
    local out=$1; shift
    local t0 t_last size last=-1
    t0=$(now); t_last=$t0
    "$@" >/dev/null 2>&1 &
    local pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        size=$(stat -c %s "$out" 2>/dev/null || echo 0)
        if [ "$size" != "$last" ]; then last=$size; t_last=$(now); fi
        if [ "$(echo "$(now) - $t_last > 5" | bc)" = 1 ] || [ "$(echo "$(now) - $t0 > 300" | bc)" = 1 ]; then
            kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
            echo "$(echo "$t_last - $t0" | bc -l) cut"
            return
        fi
        sleep 0.05
    done
    wait "$pid"
    echo "$(echo "$(now) - $t0" | bc -l) exit=$?"
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
