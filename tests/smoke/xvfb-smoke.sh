#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Starts convlab in a real X server (Xvfb, xcb), waits for its window, grabs it, checks that the
# grab is not blank, closes it. Usage: xvfb-smoke.sh PATH/TO/convlab
set -euo pipefail
exe=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" \
    "$exe" --smoke-test "$out/grab.png"
test -s "$out/grab.png"
echo "smoke: window grabbed and not blank"
