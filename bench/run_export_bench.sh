#!/usr/bin/env bash
# Export benchmark: the same 30 s 1080x1920 edit rendered by ReelCut and by one ffmpeg
# filter_complex command, with the same encoder settings. Prints wall time, CPU time and
# peak memory of each, and the ratios. Usage: bench/run_export_bench.sh [BUILD_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../build}"
cli="$build/app/cli/reelcut-cli"
[ -x "$cli" ] || { echo "build reelcut-cli first (scripts/build.sh)" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
work="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$work"
cd "$work"

ff() { ffmpeg -hide_banner -loglevel error -y -nostdin "$@"; }
# Three clips of different sizes and rates, each with sound; a logo; 30 s of music.
[ -f a.mp4 ] || ff -f lavfi -i "testsrc2=s=1920x1080:r=30:d=10" -f lavfi -i "sine=f=440:d=10" \
    -c:v libx264 -preset fast -crf 20 -g 60 -pix_fmt yuv420p -c:a aac a.mp4
[ -f b.mp4 ] || ff -f lavfi -i "mandelbrot=s=1280x720:r=25" -f lavfi -i "sine=f=660:d=10" -t 10 \
    -c:v libx264 -preset fast -crf 20 -g 50 -pix_fmt yuv420p -c:a aac b.mp4
[ -f c.mp4 ] || ff -f lavfi -i "testsrc=s=720x1280:r=60:d=10" -f lavfi -i "sine=f=880:d=10" \
    -c:v libx264 -preset fast -crf 20 -g 120 -pix_fmt yuv420p -c:a aac c.mp4
[ -f logo.png ] || ff -f lavfi -i "color=c=white@0.8:s=256x256,format=rgba" -frames:v 1 logo.png
[ -f music.flac ] || ff -f lavfi -i "sine=f=220:d=30:sample_rate=48000" -ac 2 music.flac

cat > bench.reelcut <<'JSON'
{
    "reelcut": 1,
    "canvas": { "width": 1080, "height": 1920, "fps": 30 },
    "tracks": [
        { "kind": "video", "clips": [
            { "media": "a.mp4", "start": 0, "in": 0, "out": 10, "fit": "fill" },
            { "media": "b.mp4", "start": 10, "in": 0, "out": 10, "fit": "fit",
              "background": { "type": "blur" } },
            { "media": "c.mp4", "start": 20, "in": 0, "out": 10, "fit": "fill" } ] },
        { "kind": "overlay", "clips": [
            { "media": "logo.png", "start": 0, "in": 0, "out": 30,
              "transform": { "x": 0.85, "y": 0.08, "scale": 0.2 } } ] },
        { "kind": "audio", "clips": [
            { "media": "music.flac", "start": 0, "in": 0, "out": 30, "volume_db": -12 } ] }
    ]
}
JSON

# The same edit as one ffmpeg command, encoded with the settings the tiktok preset uses.
x264=(-c:v libx264 -preset veryfast -crf 21 -maxrate 16M -bufsize 32M -g 60 -keyint_min 60
      -sc_threshold 0 -bf 2 -profile:v high -pix_fmt yuv420p
      -color_primaries bt709 -color_trc bt709 -colorspace bt709
      -c:a aac -b:a 192k -ar 48000 -ac 2 -movflags +faststart)
graph="[0:v]scale=3414:1920,crop=1080:1920,setsar=1,fps=30[v0];"
graph+="[1:v]split[b1][b2];[b1]scale=1080:1920:force_original_aspect_ratio=increase,crop=1080:1920,"
graph+="scale=135:240,boxblur=6:3,scale=1080:1920[bg];[b2]scale=1080:608[fg];"
graph+="[bg][fg]overlay=0:656,fps=30,setsar=1[v1];"
graph+="[2:v]scale=1080:1920,fps=30,setsar=1[v2];"
graph+="[0:a]aresample=48000[a0];[1:a]aresample=48000[a1];[2:a]aresample=48000[a2];"
graph+="[v0][a0][v1][a1][v2][a2]concat=n=3:v=1:a=1[vc][ac];"
graph+="[3:v]scale=216:216[logo];[vc][logo]overlay=810:46[vout];"
graph+="[4:a]volume=-12dB[m];[ac][m]amix=inputs=2:normalize=0[aout]"

measure() {  # name, command...
    local name=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$name.time" "$@" >/dev/null 2>"$name.log" || {
        echo "$name failed:" >&2; cat "$name.log" >&2; exit 1; }
    read -r wall user sys rss < "$name.time"
    printf '%-9s wall %6.2f s   cpu %6.2f s   peak memory %6.0f MB\n' "$name" "$wall" \
        "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc)"
}

echo "30 s 1080x1920 edit: 3 clips (1080p30, 720p25, 720x1280p60), logo, music; $(nproc) cores"
measure ffmpeg ffmpeg -hide_banner -loglevel error -y -nostdin -i a.mp4 -i b.mp4 -i c.mp4 \
    -loop 1 -i logo.png -i music.flac -filter_complex "$graph" -map "[vout]" -map "[aout]" \
    -t 30 -r 30 "${x264[@]}" ffmpeg.mp4
measure reelcut "$cli" render bench.reelcut -o reelcut.mp4 --preset tiktok --quiet
read -r fw _ _ fm < ffmpeg.time
read -r rw _ _ rm < reelcut.time
printf 'ratio     wall %.2fx (target <= 1.15x)   peak memory %.2fx (ReelCut %d MB, target < 600 MB)\n' \
    "$(echo "$rw / $fw" | bc -l)" "$(echo "$rm / $fm" | bc -l)" "$((rm / 1024))"
echo "outputs in $work"
