#!/usr/bin/env bash
# Face benchmark: analysis speed on a 1080x1920 30 fps clip of a moving, scaling, rolling
# face, and the cost of a face sticker in export (analysis cache warm) against the same
# export without the effect. Usage: bench/face_bench.sh [BUILD_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "${1:-$here/../build}" && pwd)"
cli="$build/app/cli/reelcut-cli"
[ -x "$cli" ] || { echo "build reelcut-cli first (scripts/build.sh)" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
work="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$work"
cd "$work"

ff() { ffmpeg -hide_banner -loglevel error -y -nostdin "$@"; }
# 10 s of the astronaut portrait (tests/data) zooming 0.7x..1.3x, rolling +-20 degrees and
# drifting, then looped to 30 s (stream copy: the loop costs nothing to make).
if [ ! -f face30.mp4 ]; then
    z='(1+0.3*sin(2*PI*t/2.5))'
    ff -loop 1 -framerate 30 -i "$here/../tests/data/astronaut.png" -filter_complex \
        "color=c=0x5a5a5a:s=1080x1920:r=30[bg];[0:v]scale=w='2048*$z':h=-2:eval=frame,\
rotate='20*PI/180*sin(2*PI*t/1.7)':c=0x5a5a5a:ow='hypot(iw,ih)':oh=ow[fg];\
[bg][fg]overlay=x='540-overlay_w/2-(222-256)*4*$z+100*sin(2*PI*t/3)':\
y='820-overlay_h/2-(130-256)*4*$z':eval=frame:shortest=1,format=yuv420p" \
        -t 10 -c:v libx264 -preset veryfast -crf 18 -g 60 face10.mp4
    ff -stream_loop 2 -i face10.mp4 -c copy face30.mp4
fi

project() {  # name, effects json
    cat > "$1.reelcut" <<JSON
{ "reelcut": 1, "canvas": { "width": 1080, "height": 1920, "fps": 30 },
  "tracks": [ { "kind": "video", "clips": [
    { "media": "face30.mp4", "start": 0, "in": 0, "out": 30, "fit": "fill",
      "effects": [ $2 ] } ] } ] }
JSON
}
project plain ''
project sticker '{ "type": "face.sticker", "params": { "sticker": 0 } }'

measure() {  # name, command...
    local name=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$name.time" "$@" >"$name.out" 2>"$name.log" || {
        echo "$name failed:" >&2; cat "$name.log" >&2; exit 1; }
    read -r wall user sys rss < "$name.time"
    printf '%-16s wall %6.2f s   cpu %6.2f s   peak memory %6.0f MB\n' "$name" "$wall" \
        "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc)"
}

frames=$(ffprobe -v error -count_packets -select_streams v:0 -show_entries stream=nb_read_packets \
    -of csv=p=0 face30.mp4)
echo "face clip: 1080x1920, 30 fps, $frames frames; $(nproc) cores"
measure analyze "$cli" analyze sticker.reelcut --force --quiet
read -r aw _ _ _ < analyze.time
printf 'analysis          %.1f fps = %.2fx real time, model load included (target >= 4x)\n' \
    "$(echo "$frames / $aw" | bc -l)" "$(echo "$frames / $aw / 30" | bc -l)"
# The fixed cost (loading the 99 MB landmark model, opening the file): a one-frame clip.
[ -f one.mp4 ] || ff -i face10.mp4 -frames:v 1 -c:v libx264 one.mp4
sed 's/face30.mp4/one.mp4/; s/"out": 30/"out": 0.03/' sticker.reelcut > one.reelcut
measure analyze-1frame "$cli" analyze one.reelcut --force --quiet
read -r ow _ _ _ < analyze-1frame.time
printf 'analysis          %.1f fps = %.2fx real time without the %.2f s model load\n' \
    "$(echo "$frames / ($aw - $ow)" | bc -l)" "$(echo "$frames / ($aw - $ow) / 30" | bc -l)" "$ow"
cat analyze.out
measure export-plain "$cli" render plain.reelcut -o plain.mp4 --preset tiktok --quiet
measure export-sticker "$cli" render sticker.reelcut -o sticker.mp4 --preset tiktok --quiet
read -r pw pu ps _ < export-plain.time
read -r sw su ss _ < export-sticker.time
printf 'sticker overhead  %+.1f%% of export wall time, %+.1f%% of CPU time (target <= +20%%)\n' \
    "$(echo "($sw / $pw - 1) * 100" | bc -l)" "$(echo "(($su + $ss) / ($pu + $ps) - 1) * 100" | bc -l)"
ff -ss 12 -i sticker.mp4 -frames:v 1 sticker-12s.png
echo "outputs in $work (sticker-12s.png: a frame of the export)"
# Accuracy on the whole face test set (see README.md): ReelCut against the plain dlib
# pipeline, one Markdown row per clip and a summary.
if [ -x "$build/bench/reelcut-face-accuracy" ] && [ -z "${SKIP_ACCURACY:-}" ]; then
    QT_QPA_PLATFORM=offscreen "$build/bench/reelcut-face-accuracy" --work "$work/accuracy" \
        | tee accuracy.md
fi
