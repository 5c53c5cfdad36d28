#!/usr/bin/env bash
# The recorder's cost per camera picture (reelcut-record-bench): a 1280x720 30 fps
# "camera" of the test portrait, swaying, with a tone; preview only and recording, with
# and without a live face effect on the 540x960 preview.
#   bench/record.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
cmake --build "$build" --target reelcut-record-bench >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ffmpeg -y -hide_banner -loglevel error -f lavfi -i "color=c=0x556070:s=1280x720:r=30:d=10" \
    -loop 1 -i tests/data/astronaut.png -f lavfi -i "sine=frequency=440:sample_rate=48000" \
    -filter_complex "[1]scale=720:720[f];[0][f]overlay=x='280+40*sin(t)':y=0:shortest=1" \
    -t 10 -pix_fmt yuv420p -c:v libx264 -preset veryfast -c:a aac "$work/camera.mp4"
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$build/bench/reelcut-record-bench" "$work/camera.mp4" "$@"
