#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run.sh and test.sh: install what is missing (Debian 12), then configure and build into
# build/. Idempotent: with everything installed and nothing changed it only runs a no-op ninja.
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

# What the project needs on a fresh Debian 12 machine; docs/platform-notes in shared/ explains each
# group. ffmpeg makes the test media; ffmpeg, VLC and tshark are the independent MMS peers of the
# interop tests; nginx-light is the reverse proxy in front of mms-serve in the MMSH interop test;
# xvfb runs the GUI tests and screenshots without a display; clang and its runtime
# build the libFuzzer harnesses; desktop-file-utils and appstream validate the desktop files;
# dpkg-dev lets CPack compute the .deb's dependencies; qtkeychain-qt6-dev stores the passwords of
# "Remember this password" in the desktop's keyring (never in the settings file).
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev
    libqt6svg6 qt6-translations-l10n
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
    gstreamer1.0-plugins-ugly gstreamer1.0-libav
    xvfb xauth ffmpeg tshark vlc-bin vlc-plugin-base nginx-light
    clang libclang-rt-14-dev
    desktop-file-utils appstream dpkg-dev
)

# One line per phase on stderr, with the time since the start, so that a first run (minutes of
# apt-get and compiling) never looks stuck.
start_time=$SECONDS
phase() {
    printf 'setup [%02d:%02d] %s\n' $(((SECONDS - start_time) / 60)) $(((SECONDS - start_time) % 60)) "$*" >&2
}

phase "checking the ${#packages[@]} Debian packages the project needs"
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if ((${#missing[@]})); then
    phase "installing ${#missing[@]} missing packages with apt-get (a fresh machine: about 2 minutes, ~700 MB): ${missing[*]}"
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    # tshark asks whether non-root users may capture; answer once, non-interactively.
    echo "wireshark-common wireshark-common/install-setuid boolean false" | "${sudo[@]}" debconf-set-selections
    phase "apt-get update"
    "${sudo[@]}" apt-get update -q
    phase "apt-get install"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    phase "packages installed"
else
    phase "all packages are installed"
fi

build_dir=${MMS_BUILD_DIR:-build}
if [ ! -f "$build_dir/build.ninja" ]; then
    phase "configuring $build_dir with CMake"
    cmake -S . -B "$build_dir" -G Ninja ${MMS_CMAKE_ARGS:-}
    phase "building $build_dir (the first build on 2 cores: about 5 minutes; ninja counts the steps)"
else
    phase "building $build_dir (only what changed)"
fi
cmake --build "$build_dir"
phase "build done"
