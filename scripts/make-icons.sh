#!/usr/bin/env bash
# Renders the application icon (resources/icons/logo.svg) into the hicolor sizes that
# packaging/ installs. Run after changing the logo; the PNGs are committed, so building
# a package needs no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")/.."
out=packaging/icons/hicolor
for s in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$out/${s}x${s}/apps"
    ffmpeg -v error -y -c:v librsvg -width "$s" -height "$s" -i resources/icons/logo.svg \
        -frames:v 1 "$out/${s}x${s}/apps/org.reelcut.ReelCut.png"
done
mkdir -p "$out/scalable/apps"
cp resources/icons/logo.svg "$out/scalable/apps/org.reelcut.ReelCut.svg"
