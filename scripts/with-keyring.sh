#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CardDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a command inside a private D-Bus session with its own unlocked gnome-keyring, so tests talk
# to a real Secret Service without touching the user's keyring.
set -euo pipefail

if [[ -z "${CARDDESK_KEYRING_SESSION:-}" ]]; then
    export CARDDESK_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# --unlock reads the new keyring's password from standard input and creates the login keyring.
eval "$(printf 'carddesk-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

"$@"
