#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Figure 3: time to first video frame against mms-serve (realtime pace), clip1m.asf (1 Mbit/s,
# 3.1 s preroll as ffmpeg's asf muxer writes it).   ttff.sh [REPEATS=5]
# Interleaved per repeat: ours with Fast Start, ours without, ffplay, VLC. Each time is from the
# exec of the player to the first output line saying a frame is there (first-line-time.py):
#   ours    mms-ttff (MmsSession + AsfStreamBuffer + QMediaPlayer + QVideoSink, offscreen,
#           buffering 0 = the player gets the buffer at once) prints "first video frame" when
#           QVideoSink gets its first valid frame
#   ffplay  -vf showinfo prints "n:   0" when the first decoded frame enters the filter graph,
#           just before it is shown (SDL window on Xvfb, audio to SDL's dummy driver)
#   VLC     -vv prints "Received first picture" when the first picture is queued for display
#           (vout vdummy, aout adummy)
# TTFF_PROTO=BINARY adds a run of another mms-ttff build (e.g. with a proposed fix) as proto-faststart.
# Run it under xvfb-run (ffplay needs a display); the script calls xvfb-run itself if DISPLAY is unset.
set -uo pipefail
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a -s "-screen 0 1280x720x24 -ac" "$0" "$@"; fi
source "$(dirname "$0")/common.sh"
REPEATS=${1:-5}
FLT=$HERE/first-line-time.py
LOG=$OUT/ttff.txt
machine_info | tee "$LOG"
start_server --root "$MEDIA" --pace realtime || exit 1
URL=mmst://127.0.0.1:$PORT/clip1m.asf
chmod a+rx "$MEDIA" 2>/dev/null
for r in $(seq "$REPEATS"); do
    echo "run $r ours-faststart $("$FLT" 'first video frame' 20 "$TTFF" "$URL" --fast-start 1)" | tee -a "$LOG"
    echo "run $r ours-nofaststart $("$FLT" 'first video frame' 20 "$TTFF" "$URL" --fast-start 0)" | tee -a "$LOG"
    echo "run $r ours-faststart-buffer5s $("$FLT" 'first video frame' 20 "$TTFF" "$URL" --fast-start 1 --buffering-ms 5000)" | tee -a "$LOG"
    if [ -n "${TTFF_PROTO:-}" ]; then
        echo "run $r proto-faststart $("$FLT" 'first video frame' 20 "$TTFF_PROTO" "$URL" --fast-start 1)" | tee -a "$LOG"
    fi
    echo "run $r ffplay $(SDL_AUDIODRIVER=dummy "$FLT" 'n: *0 ' 20 ffplay -hide_banner -autoexit -loglevel info -vf showinfo "$URL")" | tee -a "$LOG"
    if id nobody >/dev/null 2>&1; then
        echo "run $r vlc $("$FLT" 'Received first picture' 20 runuser -u nobody -- env HOME=/tmp DISPLAY="$DISPLAY" cvlc -I dummy -vv --vout=vdummy --aout=adummy --play-and-exit "$URL")" | tee -a "$LOG"
    fi
done
stop_server
echo "== medians over $REPEATS runs (ms from exec to first frame; -1 = none within 20 s)" | tee -a "$LOG"
for k in ours-faststart ours-nofaststart ours-faststart-buffer5s proto-faststart ffplay vlc; do
    echo "$k $(awk -v k="$k" '$1=="run" && $3==k {print $4}' "$LOG" | median)" | tee -a "$LOG"
done
