#!/bin/bash
# Figure 4: CPU seconds (user+sys) and peak RSS while playing clip1m.asf (1 Mbit/s) for 60 s
# from mms-serve (realtime). Three players, interleaved:
#   mmsplayer  the app, its window on Xvfb (video drawn by QVideoWidget)
#   ours-sink  mms-ttff --play-seconds: the app's path (MmsSession, AsfStreamBuffer,
#              QMediaPlayer) with frames delivered to a QVideoSink only: decode to null
#   vlc        cvlc --vout=vdummy --aout=adummy: decode to null (this Debian has no X11 video
#              output plugin for VLC installed, so VLC cannot draw on Xvfb: compare with ours-sink)
# There is no sound device: VLC's audio goes to adummy, QMediaPlayer's nowhere (no QAudioOutput
# in ours-sink; the app's GStreamer falls back to its own null sink).
#   cpu-mem.sh [REPEATS=3] [SECONDS=60]
# /usr/bin/time -v wraps `timeout SECONDS PLAYER`: timeout ends the player (SIGTERM) after
# SECONDS, time reports the player's CPU and peak RSS. Runs are interleaved.
set -uo pipefail
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a -s "-screen 0 1280x720x24 -ac" "$0" "$@"; fi
source "$(dirname "$0")/common.sh"
REPEATS=${1:-3}; SECS=${2:-60}
LOG=$OUT/cpu-mem.txt
machine_info | tee "$LOG"
start_server --root "$MEDIA" --pace realtime || exit 1
URL=mmst://127.0.0.1:$PORT/clip1m.asf
T=$OUT/time.$$
chmod 1777 "$OUT"
report() { # name file
    local u s m
    u=$(awk -F': ' '/User time/ {print $2}' "$2"); s=$(awk -F': ' '/System time/ {print $2}' "$2")
    m=$(awk -F': ' '/Maximum resident/ {print $2}' "$2")
    echo "run $r $1 cpu_s=$(echo "$u + $s" | bc) user_s=$u sys_s=$s peak_rss_mib=$(echo "scale=1; $m / 1024" | bc)"
}
for r in $(seq "$REPEATS"); do
    HOME=/tmp/mms-bench-home /usr/bin/time -v -o "$T" timeout "$SECS" "$PLAYER" "$URL" >/dev/null 2>&1
    report mmsplayer "$T" | tee -a "$LOG"
    /usr/bin/time -v -o "$T.sink" "$TTFF" "$URL" --play-seconds "$SECS" --timeout-ms 30000 >/dev/null 2>&1
    report ours-sink "$T.sink" | tee -a "$LOG"
    runuser -u nobody -- env HOME=/tmp DISPLAY="$DISPLAY" /usr/bin/time -v -o "$T.vlc" \
        timeout "$SECS" cvlc -I dummy --vout=vdummy --aout=adummy "$URL" >/dev/null 2>&1
    report vlc "$T.vlc" | tee -a "$LOG"
    rm -f "$T" "$T.vlc" "$T.sink"
done
stop_server
echo "== medians over $REPEATS runs" | tee -a "$LOG"
for k in mmsplayer ours-sink vlc; do
    for f in cpu_s peak_rss_mib; do
        echo "$k $f $(awk -v k="$k" -v f="$f" '$1=="run" && $3==k { for (i=4;i<=NF;i++) { split($i,a,"="); if (a[1]==f) print a[2] } }' "$LOG" | median)"
    done
done | tee -a "$LOG"
