#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the media that tests and the demo stream use, with Debian's ffmpeg (deterministic flags so
# every build makes the same files). Usage: make-media.sh OUTDIR
set -euo pipefail
out=$1
mkdir -p "$out"
ff=(ffmpeg -hide_banner -loglevel error -nostdin -y)
# Bit-exact output across runs: no encoder string, fixed metadata.
meta=(-fflags +bitexact -flags:v +bitexact -flags:a +bitexact -map_metadata -1
      -metadata title="MMS Player test clip" -metadata author="MMS Player" -metadata copyright="CC0")

# 5 s WMV2 + WMAv2, 320x240 at 25 fps: 125 video frames.
"${ff[@]}" -f lavfi -i testsrc=size=320x240:rate=25 -f lavfi -i sine=frequency=440:sample_rate=44100 \
    -t 5 -c:v wmv2 -b:v 300k -c:a wmav2 -b:a 64k "${meta[@]}" -f asf "$out/clip.wmv.tmp"
mv "$out/clip.wmv.tmp" "$out/clip.wmv"

# Audio only WMAv2, 5 s.
"${ff[@]}" -f lavfi -i sine=frequency=660:sample_rate=44100 -t 5 -c:a wmav2 -b:a 64k "${meta[@]}" \
    -f asf "$out/audio.wma.tmp"
mv "$out/audio.wma.tmp" "$out/audio.wma"

# Multi-bitrate: two renditions of one picture (300 and 100 kbit/s) plus one audio stream.
"${ff[@]}" -f lavfi -i testsrc=size=320x240:rate=25 -f lavfi -i sine=frequency=440:sample_rate=44100 \
    -t 5 -map 0:v -map 0:v -map 1:a -c:v wmv2 -b:v:0 300k -b:v:1 100k -s:v:1 160x120 \
    -c:a wmav2 -b:a 64k "${meta[@]}" -f asf "$out/multi.wmv.tmp"
mv "$out/multi.wmv.tmp" "$out/multi.wmv"

# The demo for ./run.sh: 30 s with picture and sound, a moving pattern with a clock.
"${ff[@]}" -f lavfi -i testsrc2=size=640x360:rate=25 -f lavfi -i sine=frequency=523:sample_rate=44100:beep_factor=4 \
    -t 30 -c:v wmv2 -b:v 800k -c:a wmav2 -b:a 96k \
    -fflags +bitexact -flags:v +bitexact -flags:a +bitexact -map_metadata -1 \
    -metadata title="MMS Player demo" -metadata author="MMS Player" -metadata copyright="CC0" \
    -f asf "$out/demo.wmv.tmp"
mv "$out/demo.wmv.tmp" "$out/demo.wmv"
