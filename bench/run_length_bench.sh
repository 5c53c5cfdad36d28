#!/usr/bin/env bash
# Cost linear in length: the same material edited into timelines of 15 s, 60 s and 10 min
# (LENGTHS="15 60 600" seconds, multiples of 15), each rendered with the tiktok preset.
# A 15 s block repeats: 5 s of a 1920x1080 25 fps clip filling the canvas, 5 s of a
# 1080x1920 30 fps clip, 5 s of a 1280x720 60 fps clip fitted on a blur, each cut at another
# point (mostly mid-GOP) every block, and a 4 s outlined title; a logo over the whole
# length; music in 30 s pieces at -12 dB, fading out at the end. Prints wall and CPU time
# per output second and peak memory of each length, against the 15 s edit (targets: time
# per second within 10%, peak memory of the longest within 10% of the 15 s one's).
# Usage: bench/run_length_bench.sh [BUILD_DIR]   (BENCH_DIR=dir keeps the media)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
cli="$build/app/cli/reelcut-cli"
[ -x "$cli" ] || { echo "build reelcut-cli first (scripts/build.sh)" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
command -v bc >/dev/null || { echo "needs bc: apt-get install bc" >&2; exit 1; }
work="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$work"
cd "$work"
lengths=(${LENGTHS:-15 60 600})

. "$here/export_media.sh"

project() {  # seconds -> project JSON on stdout
    local len=$1 blocks=$(($1 / 15)) k video="" titles="" music="" sep="" msep="" j
    for ((k = 0; k < blocks; ++k)); do
        local s=$((15 * k))
        video+="$sep{ \"media\": \"a.mp4\", \"start\": $s, \"in\": $(echo "3.3 + ($k % 3) * 1.7" | bc), \"out\": $(echo "8.3 + ($k % 3) * 1.7" | bc), \"fit\": \"fill\" },"
        video+="{ \"media\": \"b.mp4\", \"start\": $((s + 5)), \"in\": $(echo "($k % 4) * 1.1" | bc), \"out\": $(echo "5 + ($k % 4) * 1.1" | bc), \"fit\": \"fill\" },"
        video+="{ \"media\": \"c.mp4\", \"start\": $((s + 10)), \"in\": $(echo "2.7 + ($k % 3) * 1.9" | bc), \"out\": $(echo "7.7 + ($k % 3) * 1.9" | bc), \"fit\": \"fit\", \"background\": { \"type\": \"blur\" } }"
        titles+="$sep{ \"text\": \"SUMMER DROP\", \"start\": $((s + 1)), \"in\": 0, \"out\": 4, \"transform\": { \"x\": 0.5, \"y\": 0.3 }, \"style\": { \"font\": \"Lato\", \"size\": 110, \"color\": \"#ffffff\", \"stroke\": { \"width\": 8, \"color\": \"#000000\" } } }"
        sep=","
    done
    for ((j = 0; j * 30 < len; ++j)); do
        local piece=$((len - 30 * j < 30 ? len - 30 * j : 30)) fade=""
        [ $((30 * j + piece)) -ge "$len" ] && fade=", \"fade_out\": 2"
        music+="$msep{ \"media\": \"music.flac\", \"start\": $((30 * j)), \"in\": 0, \"out\": $piece, \"volume_db\": -12$fade }"
        msep=","
    done
    cat <<JSON
{
    "reelcut": 1,
    "canvas": { "width": 1080, "height": 1920, "fps": 30 },
    "tracks": [
        { "kind": "video", "clips": [ $video ] },
        { "kind": "overlay", "clips": [
            { "media": "logo.png", "start": 0, "in": 0, "out": $len,
              "transform": { "x": 0.85, "y": 0.08, "scale": 0.2 } } ] },
        { "kind": "text", "clips": [ $titles ] },
        { "kind": "audio", "clips": [ $music ] }
    ]
}
JSON
}

echo "The same material as 15 s blocks (3 clips cut anew each block, a title, a logo, music),"
echo "rendered with --preset tiktok; $(nproc) cores"
for len in "${lengths[@]}"; do
    project "$len" > "len$len.reelcut"
    /usr/bin/time -f "%e %U %S %M" -o "len$len.time" "$cli" render "len$len.reelcut" \
        -o "len$len.mp4" --preset tiktok --quiet --stats >"len$len.out" 2>"len$len.log" || {
        echo "the $len s edit failed:" >&2; cat "len$len.log" >&2; exit 1; }
done
read -r bw bu bs brss < "len${lengths[0]}.time"
bwall=$(echo "$bw / ${lengths[0]}" | bc -l)
bcpu=$(echo "($bu + $bs) / ${lengths[0]}" | bc -l)
printf '\n%8s %10s %10s %14s %14s %10s  %s\n' length wall cpu "wall per s" "cpu per s" peak \
    "against the ${lengths[0]} s edit"
for len in "${lengths[@]}"; do
    read -r w u s rss < "len$len.time"
    wps=$(echo "$w / $len" | bc -l)
    cps=$(echo "($u + $s) / $len" | bc -l)
    printf '%7ss %9.1fs %9.1fs %13.3fs %13.3fs %6d MiB  wall %+.1f%%, cpu %+.1f%%, memory %+.1f%%\n' \
        "$len" "$w" "$(echo "$u + $s" | bc)" "$wps" "$cps" "$((rss / 1024))" \
        "$(echo "($wps / $bwall - 1) * 100" | bc -l)" "$(echo "($cps / $bcpu - 1) * 100" | bc -l)" \
        "$(echo "($rss / $brss - 1) * 100" | bc -l)"
done
echo "(targets: time per output second within 10%, peak memory within 10%)"
echo "outputs in $work"
