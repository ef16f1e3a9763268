#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, then runs every test through ctest.
# Extra arguments go to ctest, e.g. ./test.sh -L unit
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
./scripts/setup.sh
cd "${MMS_BUILD_DIR:-build}"
echo "test.sh: running the tests with ctest (all of them: about 2 minutes on 2 cores)" >&2
ctest --output-on-failure --parallel 2 "$@"
