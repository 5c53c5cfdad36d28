#!/usr/bin/env bash
# The main job: install, build, then open the editor on the bundled sample project, or,
# with no display, render the sample to sample.mp4 (TikTok preset).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
project=resources/sample/sample.reelcut
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${1:-}" != "--render" ]; then
    exec build/app/gui/reelcut "$project"
fi
out="${REELCUT_OUTPUT:-sample.mp4}"
build/app/cli/reelcut-cli render "$project" -o "$out" --preset tiktok --normalize
