#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Retakes docs/screenshot.png: the window playing the built-in demo under a virtual X server.
# QScreen::grabWindow(0) is used because QWidget::grab() does not capture the video surface.
# Usage: scripts/screenshot.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
cmake --build "$build" --target mmsplayer mms_media
xvfb-run -a -s "-screen 0 1024x640x24" \
    "$build/app/mmsplayer" --screenshot "$root/docs/screenshot.png"
echo "wrote $root/docs/screenshot.png"
