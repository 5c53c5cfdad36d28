#!/usr/bin/env bash
# Beat accuracy and analysis speed (see bench/README.md).
# Usage: bench/audio.sh [BUILD_DIR]
set -euo pipefail
BUILD=${1:-build}
BENCH="$BUILD/bench/reelcut-beat-bench"
CLI="$BUILD/app/cli/reelcut-cli"
SONGS=/usr/share/games/fretsonfire/data/songs
for f in "$BENCH" "$CLI"; do
    [ -x "$f" ] || { echo "missing $f: build first (scripts/build.sh)" >&2; exit 1; }
done

echo "== Beat accuracy (F-measure, +-70 ms; tempo error) =="
"$BENCH" "$SONGS"

echo
echo "== Speed: reelcut-cli beats on a 3-minute song (decode + analysis, no cache) =="
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SONG="$SONGS/muldjord/chaos_god/song.ogg"
if [ ! -f "$SONG" ]; then
    # No charted songs installed: three minutes of drums and bass at 128 BPM.
    SONG="$WORK/song.ogg"
    ffmpeg -v error -f lavfi -i "aevalsrc='0.6*sin(2*PI*(50+100*exp(-mod(t,60/128)*40))*mod(t,60/128))*exp(-mod(t,60/128)*8)+0.2*sin(2*PI*55*t)':s=44100:d=180" -c:a libvorbis "$SONG"
fi
DURATION=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$SONG")
for run in 1 2 3; do
    /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB max RSS" \
        "$CLI" beats "$SONG" --no-cache > /dev/null
done 2>&1 | sed "s|^|$(basename "$(dirname "$SONG")")/$(basename "$SONG") (${DURATION%.*} s): |"
echo "target: under 2 s wall for a 3-minute song on 2 cores"
