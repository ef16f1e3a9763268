#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, then starts the player. With no arguments it plays the
# built-in demo: our own mms-serve, started in-process on 127.0.0.1, serving a clip the build made.
# With a URL it plays that: ./run.sh mms://host/path/file.wmv
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
./scripts/setup.sh
exec "${MMS_BUILD_DIR:-build}/app/mmsplayer" "$@"
