#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Figure 4: CPU seconds (user+sys) and peak RSS while playing clip1m.asf (1 Mbit/s) for 60 s
# from mms-serve (realtime). Up to four rows, interleaved (ROWS= picks; default all):
#   mmsplayer  the app, its window on Xvfb (video drawn by QVideoWidget)
#   ours-sink  mms-ttff --play-seconds: the app's path (MmsSession, AsfStreamBuffer,
#              QMediaPlayer) with frames delivered to a QVideoSink only: decode to null
#   vlc        cvlc --vout=vdummy --aout=adummy: decode to null (this Debian has no X11 video
#              output plugin for VLC installed, so VLC cannot draw on Xvfb: compare with ours-sink)
#   gst-floor  GStreamer alone on the same content: gst-launch-1.0 playbin on the file with
#              fakesinks (sync=true, so it plays in real time). No Qt, no MMS: the floor under any
#              player built on Qt's GStreamer backend. Needs gst-launch-1.0 (gstreamer1.0-tools).
# There is no sound device: VLC's audio goes to adummy, QMediaPlayer's nowhere (no QAudioOutput
# in ours-sink; the app's GStreamer falls back to its own null sink).
#   cpu-mem.sh [REPEATS=3] [SECONDS=60]
# /usr/bin/time -v wraps `timeout SECONDS PLAYER`: timeout ends the player (SIGTERM) after
# SECONDS, time reports the player's CPU and peak RSS. Each run line also has the 1-minute load
# average as it ended (the machine may be shared) and, for ours-sink, the most the stream buffer
# held (buffer_peak_kib).
set -uo pipefail
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a -s "-screen 0 1280x720x24 -ac" "$0" "$@"; fi
source "$(dirname "$0")/common.sh"
REPEATS=${1:-3}; SECS=${2:-60}
ROWS=${ROWS:-mmsplayer ours-sink vlc gst-floor}
LOG=$OUT/cpu-mem.txt
machine_info | tee "$LOG"
if [[ " $ROWS " == *" gst-floor "* ]] && ! command -v gst-launch-1.0 >/dev/null; then
    echo "no gst-launch-1.0 (apt-get install gstreamer1.0-tools): no gst-floor row" | tee -a "$LOG"
    ROWS=${ROWS//gst-floor/}
fi
start_server --root "$MEDIA" --pace realtime || exit 1
URL=mmst://127.0.0.1:$PORT/clip1m.asf
T=$OUT/time.$$
chmod 1777 "$OUT"
report() { # name time-file [extra]
    local u s m
    u=$(awk -F': ' '/User time/ {print $2}' "$2"); s=$(awk -F': ' '/System time/ {print $2}' "$2")
    m=$(awk -F': ' '/Maximum resident/ {print $2}' "$2")
    echo "run $r $1 cpu_s=$(echo "$u + $s" | bc) user_s=$u sys_s=$s peak_rss_mib=$(echo "scale=1; $m / 1024" | bc) load=$(cut -d' ' -f1 /proc/loadavg)${3:+ $3}"
}
run_row() {
    case $1 in
    mmsplayer)
        HOME=/tmp/mms-bench-home /usr/bin/time -v -o "$T" timeout "$SECS" "$PLAYER" "$URL" >/dev/null 2>&1
        report mmsplayer "$T" ;;
    ours-sink)
        local peak
        peak=$(/usr/bin/time -v -o "$T" "$TTFF" "$URL" --play-seconds "$SECS" --timeout-ms 30000 2>/dev/null \
               | sed -n 's/^RESULT.* buffer_peak_bytes=\([0-9]*\).*/\1/p')
        report ours-sink "$T" "buffer_peak_kib=$(( ${peak:-0} / 1024 ))" ;;
    vlc)
        runuser -u nobody -- env HOME=/tmp DISPLAY="$DISPLAY" /usr/bin/time -v -o "$T" \
            timeout "$SECS" cvlc -I dummy --vout=vdummy --aout=adummy "$URL" >/dev/null 2>&1
        report vlc "$T" ;;
    gst-floor)
        /usr/bin/time -v -o "$T" timeout "$SECS" gst-launch-1.0 -q playbin "uri=file://$MEDIA/clip1m.asf" \
            video-sink="fakesink sync=true" audio-sink="fakesink sync=true" >/dev/null 2>&1
        report gst-floor "$T" ;;
    esac
    rm -f "$T"
}
for r in $(seq "$REPEATS"); do
    for row in $ROWS; do run_row "$row" | tee -a "$LOG"; done
done
stop_server
echo "== medians over $REPEATS runs" | tee -a "$LOG"
for k in $ROWS; do
    for f in cpu_s peak_rss_mib; do
        echo "$k $f $(awk -v k="$k" -v f="$f" '$1=="run" && $3==k { for (i=4;i<=NF;i++) { split($i,a,"="); if (a[1]==f) print a[2] } }' "$LOG" | median)"
    done
done | tee -a "$LOG"
