#!/usr/bin/env bash
# Batch benchmark: 24 rows x 3 ratios (9:16, 1:1, 16:9) of a 10 s template with text
# fields, a product picture per row, the brand logo as a watermark and music.
#   1. the same 72 videos rendered one at a time (--jobs 1): the CPU seconds they cost;
#   2. the batch with --jobs auto (threads in one process): wall time, peak memory;
#   3. the same work as one process per core (--shard i/N --jobs 1 side by side).
# Target (2 cores): wall of 2 <= 1.1 x CPU of 1 / cores, peak memory < 1 GB.
# Usage: bench/batch.sh [BUILD_DIR]   (BENCH_ROWS=N for fewer rows, BENCH_DIR to keep files)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../build}"
cli="$(readlink -f "$build/app/cli/reelcut-cli")"
[ -x "$cli" ] || { echo "build reelcut-cli first (scripts/build.sh)" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
rows="${BENCH_ROWS:-24}"
cores="$(nproc)"
work="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$work/media"
cd "$work"

ff() { ffmpeg -hide_banner -loglevel error -y -nostdin "$@"; }
[ -f media/loop.mp4 ] || ff -f lavfi -i "testsrc2=s=1280x720:r=30:d=10" -pix_fmt yuv420p \
    -c:v libx264 -preset fast -crf 20 -g 60 media/loop.mp4
[ -f media/music.flac ] || ff -f lavfi -i "sine=f=220:d=10:sample_rate=48000" -ac 2 media/music.flac
[ -f media/logo.png ] || ff -f lavfi -i "color=c=white@0.9:s=320x128,format=rgba" -frames:v 1 media/logo.png
colors=(red orange yellow green cyan blue purple magenta pink brown gray olive)
for i in $(seq 1 "$rows"); do
    f="media/product-$i.png"
    [ -f "$f" ] || ff -f lavfi -i "color=c=${colors[$((i % ${#colors[@]}))]}:s=600x600" -frames:v 1 "$f"
done
cat > brand.json <<'JSON'
{ "name": "Acme", "logo": "media/logo.png", "colors": { "primary": "#f43f5e" },
  "fonts": { "heading": "Bebas Neue" }, "watermark": { "corner": "top-right", "scale": 0.18 } }
JSON
cat > card.reelcut <<'JSON'
{
  "reelcut": 1,
  "canvas": { "width": 1080, "height": 1920, "fps": 30 },
  "brand": { "file": "brand.json", "watermark": true },
  "fields": [
    { "name": "sku", "type": "text", "required": true },
    { "name": "headline", "type": "text", "max_chars": 60, "required": true },
    { "name": "price", "type": "number", "min": 0, "max": 100000, "default": 9.99 },
    { "name": "product", "type": "media", "accept": "image", "required": true }
  ],
  "tracks": [
    { "kind": "video", "clips": [ { "media": "media/loop.mp4", "start": 0, "out": 10, "fit": "fill" } ] },
    { "kind": "overlay", "clips": [ { "media": "{{product}}", "start": 0, "out": 10,
        "transform": { "x": 0.5, "y": 0.5, "scale": 0.45 }, "animation_in": { "type": "pop", "duration": 0.6 } } ] },
    { "kind": "text", "clips": [ { "text": "{{headline}}", "start": 0, "out": 10,
        "transform": { "x": 0.5, "y": 0.2 },
        "style": { "font": "{{brand.font.heading}}", "size": 130, "color": "#ffffff",
                   "stroke": { "width": 6, "color": "{{brand.primary}}" },
                   "wrap_width": 0.85, "fit": { "height": 0.16, "min_size": 50 } } } ] },
    { "kind": "text", "clips": [ { "text": "Only {{price}} €", "start": 1, "out": 9,
        "transform": { "x": 0.5, "y": 0.74 },
        "style": { "size": 90, "color": "#ffffff", "box": { "color": "{{brand.primary}}", "padding": 24, "radius": 20 } },
        "animation_in": { "type": "slide-up", "duration": 0.5 } } ] },
    { "kind": "audio", "clips": [ { "media": "media/music.flac", "start": 0, "out": 10, "volume_db": -6, "fade_out": 1 } ] }
  ]
}
JSON
{
    echo "sku,headline,price,product"
    for i in $(seq 1 "$rows"); do
        echo "SKU-$i,\"Product $i: summer edition, now in store\",$((i * 3)).99,media/product-$i.png"
    done
} > rows.csv
args=(card.reelcut --data rows.csv --ratios 9:16,1:1,16:9 --name '{{sku}}_{{ratio}}.mp4' --quiet)

measure() {  # name, command...
    local name=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$name.time" "$@" >"$name.log" 2>&1 || {
        echo "$name failed:" >&2; tail -n 20 "$name.log" >&2; exit 1; }
    read -r wall user sys rss < "$name.time"
    printf '%-10s wall %7.1f s   cpu %7.1f s   peak memory %5.0f MB\n' "$name" "$wall" \
        "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc)"
}

videos=$((rows * 3))
echo "$videos videos (${rows} rows x 3 ratios, 10 s each); $cores cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf serial threads procs
measure serial "$cli" batch "${args[@]}" -o serial --jobs 1
measure threads "$cli" batch "${args[@]}" -o threads --jobs auto
# One process per core, each rendering its shard one video at a time.
start=$(date +%s.%N)
for i in $(seq 0 $((cores - 1))); do
    /usr/bin/time -f "%e %U %S %M" -o "procs-$i.time" \
        "$cli" batch "${args[@]}" -o procs --shard "$i/$cores" --jobs 1 >"procs-$i.log" 2>&1 &
done
wait
end=$(date +%s.%N)
pcpu=0; prss=0
for i in $(seq 0 $((cores - 1))); do
    read -r _ u s m < "procs-$i.time"
    pcpu=$(echo "$pcpu + $u + $s" | bc); prss=$((prss + m))
done
printf '%-10s wall %7.1f s   cpu %7.1f s   peak memory %5.0f MB (sum of %d processes)\n' procs \
    "$(echo "$end - $start" | bc)" "$pcpu" "$((prss / 1024))" "$cores"

read -r _ su ss _ < serial.time
read -r tw _ _ tm < threads.time
serial_cpu=$(echo "$su + $ss" | bc)
target=$(echo "1.1 * $serial_cpu / $cores" | bc -l)
printf 'threads: wall %.1f s against target %.1f s (1.1 x %.1f CPU s / %d cores): %s; peak %d MB (target < 1024): %s\n' \
    "$tw" "$target" "$serial_cpu" "$cores" "$( (( $(echo "$tw <= $target" | bc) )) && echo met || echo MISSED)" \
    "$((tm / 1024))" "$( (( tm < 1048576 )) && echo met || echo MISSED)"
printf 'throughput: %.1f videos per minute (%.2f s of video per wall second)\n' \
    "$(echo "$videos * 60 / $tw" | bc -l)" "$(echo "$videos * 10 / $tw" | bc -l)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); files in $work"
