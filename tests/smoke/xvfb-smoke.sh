#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Starts convlab in a real X server (Xvfb, xcb), waits for its window, grabs it, checks that the
# grab is not blank, closes it; then again on a lesson given as the file manager gives it
# (`convlab FILE`), whose name must be the window's title.
# Each start gets a session bus of its own, as in a desktop session: without one, libdbus (which
# Qt's xcb platform connects through) forks to autolaunch a bus, and under ASan that child can
# deadlock before its exec, inheriting a lock another thread held (seen in CI: a 300 s timeout).
# Usage: xvfb-smoke.sh PATH/TO/convlab PATH/TO/lesson.convlab
set -euo pipefail
exe=$1
lesson=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
QT_QPA_PLATFORM=xcb dbus-run-session -- xvfb-run -a -s "-screen 0 1920x1080x24" \
    "$exe" --smoke-test "$out/grab.png"
test -s "$out/grab.png"
title=$(QT_QPA_PLATFORM=xcb dbus-run-session -- xvfb-run -a -s "-screen 0 1920x1080x24" \
    "$exe" --smoke-test "$out/lesson.png" "$lesson" | sed -n 's/^window: //p')
case "$title" in
"$(basename "$lesson")"*) ;;
*) echo "smoke: convlab $lesson shows '$title'" >&2; exit 1 ;;
esac
echo "smoke: window grabbed and not blank, and opened on $(basename "$lesson")"
