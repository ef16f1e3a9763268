#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Test clips for the benchmarks (ffmpeg's asf muxer: 3200-byte packets, 3100 ms preroll).
#   clip500k.asf  120 s, 640x360 WMV2 430k + WMA2 64k  (~510 kbit/s)   figures 1, 5
#   clip1m.asf     90 s, 640x360 WMV2 900k + WMA2 96k  (~1.02 Mbit/s)  figures 3, 4
#   big100.asf     80 s, 1280x720 WMV2 10M + WMA2 128k (~102 MB)       figures 1 (burst), 2
#   long300.wmv   300 s, 640x360 WMV2 2M + WMA2 128k   (~81 MB)        figures 1h, 2h, 8
set -euo pipefail
source "$(dirname "$0")/common.sh"
mkdir -p "$MEDIA"
cd "$MEDIA"
ff() { ffmpeg -hide_banner -loglevel error -y -f lavfi -i "testsrc2=size=$1:rate=25" \
       -f lavfi -i sine=frequency=440:sample_rate=44100 -t "$2" \
       -c:v wmv2 -b:v "$3" -minrate "$3" -maxrate "$3" -bufsize "$3" -c:a wmav2 -b:a "$4" -ac 2 -f asf "$5"; }
[ -f clip500k.asf ] || ff 640x360 120 430k 64k clip500k.asf
[ -f clip1m.asf ] || ff 640x360 90 900k 96k clip1m.asf
[ -f big100.asf ] || ff 1280x720 80 10M 128k big100.asf
[ -f long300.wmv ] || ff 640x360 300 2M 128k long300.wmv
for f in clip500k.asf clip1m.asf big100.asf long300.wmv; do
    printf '%s: %s bytes, ' "$f" "$(stat -c %s "$f")"
    ffprobe -v error -show_entries format=duration,bit_rate -of csv=p=0 "$f"
done
