#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `cmake --install` into a scratch root, then what a Debian desktop does with it: the desktop
# entry, the metainfo and the MIME type validated by their own tools, a .convlab lesson (even
# renamed without its suffix) recognised as application/x-convlab-lesson, the manual page and
# the bash completion covering every subcommand of the installed program, and the thumbnailer's
# command producing a picture of the size asked for.
#   install-check.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
fail() { echo "install-check: $*" >&2; exit 1; }

DESTDIR=$root cmake --install "$build" --prefix /usr >/dev/null
share=$root/usr/share
app=org.convlab.ConvLab
convlab=$root/usr/bin/convlab
export LC_ALL=C.UTF-8 LANGUAGE= ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

for file in "$convlab" "$share/applications/$app.desktop" "$share/metainfo/$app.metainfo.xml" \
            "$share/mime/packages/$app.xml" "$share/thumbnailers/$app.thumbnailer" \
            "$share/icons/hicolor/scalable/apps/$app.svg" \
            "$share/icons/hicolor/48x48/apps/$app.png" \
            "$share/icons/hicolor/scalable/mimetypes/application-x-convlab-lesson.svg" \
            "$share/man/man1/convlab.1" "$share/bash-completion/completions/convlab" \
            "$share/convlab/lessons/02_find_the_two.convlab" "$share/convlab/lessons/FORMAT.md"; do
    [ -s "$file" ] || fail "missing or empty after install: ${file#$root}"
done

desktop-file-validate "$share/applications/$app.desktop"
appstreamcli validate --no-net "$share/metainfo/$app.metainfo.xml" >/dev/null ||
    fail "appstreamcli validate refuses $app.metainfo.xml"
xmllint --noout "$share/mime/packages/$app.xml"

# The MIME database as the desktop builds it; then the type of a lesson by its suffix and, for
# a copy without one, by the magic rule on the JSON's format key.
update-mime-database "$share/mime"
cp "$source/resources/lessons/01_pattern_detector.convlab" "$root/lesson.convlab"
cp "$source/resources/lessons/01_pattern_detector.convlab" "$root/lesson-without-suffix"
echo '{"format": "something-else"}' >"$root/other.convlab.json"
for file in lesson.convlab lesson-without-suffix; do
    type=$(XDG_DATA_DIRS=$share XDG_DATA_HOME=$root/none gio info -a standard::content-type \
           "$root/$file" | sed -n 's/.*standard::content-type: //p')
    [ "$type" = application/x-convlab-lesson ] || fail "$file is '$type', not application/x-convlab-lesson"
done

# Every subcommand the installed program lists has its section in the manual page and its
# completion, with each of its options.
subcommands=$("$convlab" --help | sed -n 's/^  \([a-z]*\)  .*/\1/p')
[ -n "$subcommands" ] || fail "convlab --help lists no subcommand"
for name in $subcommands; do
    grep -q "^\.SS $name\$" "$share/man/man1/convlab.1" || fail "convlab.1 has no section for $name"
    for option in $("$convlab" "$name" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        completed=$(bash -c "source '$share/bash-completion/completions/convlab'
            COMP_WORDS=(convlab $name $option); COMP_CWORD=2; _convlab; echo \"\${COMPREPLY[*]}\"")
        [[ " $completed " == *" $option "* ]] || fail "bash completion of '$name $option' gives '$completed'"
    done
done
completed=$(bash -c "source '$share/bash-completion/completions/convlab'
    COMP_WORDS=(convlab ren); COMP_CWORD=1; _convlab; echo \"\${COMPREPLY[*]}\"")
[ "$completed" = render ] || fail "bash completion of 'convlab ren' gives '$completed'"

# The thumbnailer's command line, as a file manager fills it in (%i, %o, %s).
exec_line=$(sed -n 's/^Exec=//p' "$share/thumbnailers/$app.thumbnailer")
command=${exec_line//%i/$root/lesson.convlab}
command=${command//%o/$root/thumbnail.png}
command=${command//%s/256}
command=${command/#convlab/$convlab}
QT_QPA_PLATFORM=offscreen $command >/dev/null
python3 - "$root/thumbnail.png" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read(24)
assert data[:8] == b"\x89PNG\r\n\x1a\n", "the thumbnail is not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert max(width, height) == 256, f"the thumbnail is {width}x{height}, not 256 on its longer side"
PY
echo "install-check: everything in place under $(basename "$root")"
