#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CardDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sets up a Debian or Ubuntu machine for CardDesk, builds it, and then either starts training mode
# or runs the whole test suite.
#
#   scripts/carddesk-dev.sh train   install what is missing, build, start `carddesk --training`
#   scripts/carddesk-dev.sh test    install what is missing, build, run every test (non-zero on failure)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-}

usage() {
    echo "usage: $0 train|test" >&2
    echo "  train  build CardDesk and start it in training mode against the built-in simulator" >&2
    echo "  test   build CardDesk and run the whole test suite" >&2
    exit 2
}

install_missing_packages() {
    local wanted=() missing=() name
    mapfile -t wanted < <(grep -Ev '^\s*(#|$)' "$repo/scripts/debian-packages.txt")
    for name in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'install ok installed' || missing+=("$name")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0

    echo "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    cmake --preset "$preset" -S "$repo"
    cmake --build --preset "$preset" -j "$(nproc)"
}

case "$mode" in
train)
    install_missing_packages
    build debug
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "No display found: starting CardDesk under xvfb-run, which shows nothing on screen." >&2
        echo "Run this from a desktop session to see the window." >&2
        exec xvfb-run -a "$repo/build/debug/app/gui/carddesk" --training
    fi
    exec "$repo/build/debug/app/gui/carddesk" --training
    ;;
test)
    install_missing_packages
    build ci
    cd "$repo"
    # The keychain tests need a Secret Service: run the suite in a private D-Bus session with its
    # own unlocked gnome-keyring.
    exec "$repo/scripts/with-keyring.sh" ctest --preset ci
    ;;
*)
    usage
    ;;
esac
