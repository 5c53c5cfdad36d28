#!/bin/sh
# Renders the editor with the sample project loaded to docs/screenshot.png.
# TAB=text shows the Text tab with the text clip at AT selected (handles on the preview,
# the text inspector); TAB=stickers the Stickers tab with the topmost sticker at AT
# selected; AT is the playhead in seconds (default 5.5); PROJECT another project.
# Runs the real program on a virtual X server (Xvfb), so fonts, icons and the dark
# theme are drawn exactly as on a desktop; the window grabs itself once the preview
# frame and the timeline thumbnails are in (reelcut --screenshot).
#
#   scripts/screenshot.sh [BUILD_DIR] [OUTPUT.png]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build"}
out=${2:-"$here/docs/screenshot.png"}
bin="$build/app/gui/reelcut"
if [ ! -x "$bin" ]; then
    echo "screenshot.sh: $bin not found; build the 'reelcut' target first" >&2
    exit 1
fi
mkdir -p "$(dirname "$out")"
# A throw-away settings/data home, so the user's layout and recovery files play no part.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run"
export REELCUT_NO_AUDIO=1 LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
if command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$bin" --screenshot "$out" --at "${AT:-5.5}" --tab "${TAB:-}" \
        "${PROJECT:-$here/resources/sample/sample.reelcut}"
else
    QT_QPA_PLATFORM=offscreen "$bin" --screenshot "$out" --at "${AT:-5.5}" --tab "${TAB:-}" \
        "${PROJECT:-$here/resources/sample/sample.reelcut}"
fi
echo "wrote $out"
