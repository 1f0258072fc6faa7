#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CardDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Drives `carddesk --training` under Xvfb with xdotool, as an operator would, and saves
# screenshots to docs/images: the Users screen after a card was changed and sent, and the
# Failures screen with the simulator's failures. Needs xvfb, xdotool and imagemagick.
#
#   scripts/take-screenshots.sh [path/to/carddesk]
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app=${1:-$repo/build/debug/app/gui/carddesk}
out=$repo/docs/images
mkdir -p "$out"

display=:97
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
trap 'kill "$app_pid" "$xvfb_pid" 2>/dev/null || true' EXIT
sleep 1

"$app" --training >/tmp/carddesk-screenshots.log 2>&1 &
app_pid=$!
for _ in $(seq 1 60); do
    window=$(xdotool search --onlyvisible --name 'CardDesk' 2>/dev/null | head -n 1 || true)
    [[ -n "$window" ]] && break
    sleep 0.5
done
[[ -n "$window" ]] || { echo "The CardDesk window did not appear; see /tmp/carddesk-screenshots.log" >&2; exit 1; }
xdotool windowsize "$window" 1440 900 windowfocus "$window"
sleep 6  # directory refresh and the seeded failures

shot() { sleep "$2"; import -window root "$out/$1"; echo "saved $out/$1"; }

# Find a person, open them and add a card.
xdotool key --window "$window" ctrl+f
xdotool type --delay 60 'jose garcia zur'
sleep 1
xdotool key Return
sleep 1
xdotool key alt+a
sleep 1.5
xdotool key Tab
xdotool type --delay 60 '12'
xdotool key Tab
xdotool type --delay 60 '04711'
shot card-dialog.png 1
xdotool key Return
sleep 0.5
# Without a window manager, closing the dialog leaves no window focused.
xdotool windowfocus "$window"
shot users-pending.png 1

# Send it and let the simulator confirm it.
xdotool key ctrl+Return
shot users-sent.png 3

# The Failures screen with the simulator's rejections.
xdotool key ctrl+2
sleep 1
xdotool key Tab Down
shot failures.png 1.5
