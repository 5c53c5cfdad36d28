#!/usr/bin/env bash
# Export benchmark: one 30 s 1080x1920 edit rendered in one run by
#   reelcut   reelcut-cli render with the tiktok preset;
#   ffmpeg    the same edit as one ffmpeg filter graph written the cheap way (crop before
#             scaling, 60 -> 30 fps before scaling, every picture scaled once to its final
#             size), with the tiktok preset's x264 and AAC settings;
#   floor     x264 + AAC alone on the finished frames (raw YUV and WAV decoded from the
#             ReelCut output beforehand, not timed): what no editor can beat;
#   melt      MLT's command-line renderer (Shotcut's and Kdenlive's engine), when Debian's
#             `melt` is installed, with the same encoder settings;
#   decode    ffmpeg decoding the same source frames and nothing else: floor + decode is
#             the least any editor can spend on this edit.
# Prints wall time, CPU time (user + system) and peak memory (max RSS) of each, the
# ratios, and the SSIM of ReelCut's output against ffmpeg's.
# Usage: bench/run_export_bench.sh [BUILD_DIR]   (BENCH_DIR=dir keeps the media between runs;
# BENCH_MELT=0 skips melt, which takes several times longer than the others)
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
font="$root/resources/fonts/Lato-Bold.ttf"

. "$here/export_media.sh"

# The edit: the 25 fps clip filling the canvas, trimmed mid-GOP (in 3.3 s); the portrait
# clip; the 60 fps clip trimmed mid-GOP (in 2.7 s) fitted on a blurred copy of itself; a
# title with an outline for 5 s; a logo; music at -12 dB fading out over 2 s.
cat > bench.reelcut <<'JSON'
{
    "reelcut": 1,
    "canvas": { "width": 1080, "height": 1920, "fps": 30 },
    "tracks": [
        { "kind": "video", "clips": [
            { "media": "a.mp4", "start": 0, "in": 3.3, "out": 13.3, "fit": "fill" },
            { "media": "b.mp4", "start": 10, "in": 0, "out": 10, "fit": "fill" },
            { "media": "c.mp4", "start": 20, "in": 2.7, "out": 12.7, "fit": "fit",
              "background": { "type": "blur" } } ] },
        { "kind": "overlay", "clips": [
            { "media": "logo.png", "start": 0, "in": 0, "out": 30,
              "transform": { "x": 0.85, "y": 0.08, "scale": 0.2 } } ] },
        { "kind": "text", "clips": [
            { "text": "SUMMER DROP", "start": 1, "in": 0, "out": 5,
              "transform": { "x": 0.5, "y": 0.3 },
              "style": { "font": "Lato", "size": 110, "color": "#ffffff",
                         "stroke": { "width": 8, "color": "#000000" } } } ] },
        { "kind": "audio", "clips": [
            { "media": "music.flac", "start": 0, "in": 0, "out": 30, "volume_db": -12,
              "fade_out": 2 } ] }
    ]
}
JSON

# The tiktok preset's encoder settings (editor-core/export/encode_settings.cpp, mp4_writer.cpp).
enc=(-c:v libx264 -preset veryfast -crf 21 -maxrate 16M -bufsize 32M -g 60 -keyint_min 60
     -bf 2 -x264-params scenecut=0:open-gop=0:8x8dct=1 -profile:v high -pix_fmt yuv420p
     -color_primaries bt709 -color_trc bt709 -colorspace bt709 -color_range tv
     -c:a aac -b:a 192k -ar 48000 -ac 2 -movflags +faststart)

# The same edit as one filter graph, written the cheap way: crop to the visible part before
# scaling, drop 60 -> 30 fps before scaling, scale each picture once to its final size.
# a: 1920x1080 filling 1080x1920 shows a 607.5x1080 column; c: 1280x720 fitted is
# 1080x607.5, its blurred fill shows a 405x720 column, blurred at 1/8 size (135x240) with
# ReelCut's strength (3 box passes of 1/24 of the fill's width at that size: radius 17).
# setpts after an input seek and trim=end_frame=300: otherwise the first frame starts a
# little after 0 and is repeated, and every later segment is a frame late (SSIM 0.956).
graph="[0:v]setpts=PTS-STARTPTS,crop=608:1080:656:0,scale=1080:1920,fps=30,trim=end_frame=300,setsar=1[v0];"
graph+="[1:v]trim=end_frame=300,setsar=1[v1];"
graph+="[2:v]setpts=PTS-STARTPTS,fps=30,trim=end_frame=300,split[c1][c2];"
graph+="[c1]crop=406:720:437:0,scale=135:240,boxblur=17:3:8:3,scale=1080:1920[bg];"
graph+="[c2]scale=1080:608[fg];[bg][fg]overlay=0:656,setsar=1[v2];"
graph+="[0:a]aresample=48000[a0];[1:a]aresample=48000[a1];[2:a]aresample=48000[a2];"
graph+="[v0][a0][v1][a1][v2][a2]concat=n=3:v=1:a=1[vc][ac];"
graph+="[3:v]scale=216:216[logo];[vc][logo]overlay=810:46,"
graph+="drawtext=fontfile=$font:text=SUMMER DROP:fontsize=110:fontcolor=white:borderw=8:"
graph+="bordercolor=black:x=(w-tw)/2:y=0.3*h-th/2:enable='between(t,1,6)'[vout];"
graph+="[4:a]volume=-12dB,afade=t=out:st=28:d=2[m];[ac][m]amix=inputs=2:normalize=0[aout]"

measure() {  # name, command...
    local name=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$name.time" "$@" >"$name.out" 2>"$name.log" || {
        echo "$name failed:" >&2; cat "$name.log" >&2; exit 1; }
}
row() {  # name, label
    local wall user sys rss
    read -r wall user sys rss < "$1.time"
    printf '%-8s %-52s wall %6.2f s  cpu %6.2f s  peak %5.0f MiB' "$1" "$2" "$wall" \
        "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc)"
}
ratio() {  # field (1 = wall, cpu), a, b
    local aw au as ar bw bu bs br
    read -r aw au as ar < "$2.time"
    read -r bw bu bs br < "$3.time"
    if [ "$1" = wall ]; then echo "$aw / $bw" | bc -l; else echo "($au + $as) / ($bu + $bs)" | bc -l; fi
}

echo "30 s 1080x1920 edit: 1080p25 (trimmed mid-GOP), 1080x1920p30, 720p60 (trimmed mid-GOP,"
echo "fitted on a blur), a 5 s outlined title, a logo, music at -12 dB with a fade; $(nproc) cores"
measure reelcut "$cli" render bench.reelcut -o reelcut.mp4 --preset tiktok --quiet --stats
measure ffmpeg ffmpeg -hide_banner -loglevel error -y -nostdin \
    -ss 3.3 -t 10 -i a.mp4 -t 10 -i b.mp4 -ss 2.7 -t 10 -i c.mp4 -loop 1 -i logo.png \
    -i music.flac -filter_complex "$graph" -map "[vout]" -map "[aout]" -t 30 "${enc[@]}" ffmpeg.mp4
# The floor's input: the finished frames and sound, decoded once (not timed).
ff -i reelcut.mp4 -f rawvideo -pix_fmt yuv420p frames.yuv -vn -c:a pcm_f32le sound.wav
measure floor ffmpeg -hide_banner -loglevel error -y -nostdin -f rawvideo -pix_fmt yuv420p \
    -s 1080x1920 -r 30 -i frames.yuv -i sound.wav "${enc[@]}" floor.mp4
rm -f frames.yuv
# Decoding the same parts of the sources, and nothing else: every editor pays this on top
# of the floor, so floor + decode is the least any of them can spend.
measure decode ffmpeg -hide_banner -loglevel error -y -nostdin \
    -ss 3.3 -t 10 -i a.mp4 -t 10 -i b.mp4 -ss 2.7 -t 10 -i c.mp4 \
    -map 0:v -map 1:v -map 2:v -f null -
have_melt=no
if [ "${BENCH_MELT:-1}" != 0 ] && command -v melt >/dev/null; then
    # MLT's own description of the same edit (clip in/out in frames of each source).
    cat > bench.mlt <<XML
<?xml version="1.0"?>
<mlt profile="bench">
  <profile description="bench" width="1080" height="1920" frame_rate_num="30"
           frame_rate_den="1" progressive="1" sample_aspect_num="1" sample_aspect_den="1"
           display_aspect_num="9" display_aspect_den="16" colorspace="709"/>
  <producer id="a"><property name="resource">a.mp4</property></producer>
  <producer id="b"><property name="resource">b.mp4</property></producer>
  <producer id="c"><property name="resource">c.mp4</property></producer>
  <producer id="cbg"><property name="resource">c.mp4</property></producer>
  <producer id="logo"><property name="resource">logo.png</property></producer>
  <producer id="music"><property name="resource">music.flac</property></producer>
  <playlist id="main">
    <entry producer="a" in="99" out="398">
      <filter mlt_service="affine"><property name="transition.fill">1</property>
        <property name="transition.distort">0</property>
        <property name="transition.rect">-1166 0 3413 1920 1</property></filter></entry>
    <entry producer="b" in="0" out="299"/>
    <entry producer="c" in="81" out="380"/>
  </playlist>
  <playlist id="bgtrack"><blank length="600"/><entry producer="cbg" in="81" out="380">
      <filter mlt_service="affine"><property name="transition.rect">-1166 0 3413 1920 1</property>
        <property name="transition.distort">0</property></filter>
      <filter mlt_service="boxblur"><property name="hori">5</property><property name="vert">5</property></filter>
    </entry></playlist>
  <playlist id="logos"><entry producer="logo" in="0" out="899"/></playlist>
  <playlist id="musictrack"><entry producer="music" in="0" out="899">
      <filter mlt_service="volume"><property name="gain">0.25</property></filter>
      <filter mlt_service="volume"><property name="level">840=0;899=-60</property></filter></entry></playlist>
  <tractor id="edit">
    <multitrack><track producer="bgtrack"/><track producer="main"/><track producer="logos"/>
      <track producer="musictrack" hide="video"/></multitrack>
    <transition mlt_service="composite" a_track="0" b_track="1" in="600" out="899">
      <property name="geometry">0 656 1080 608</property><property name="fill">1</property></transition>
    <transition mlt_service="composite" a_track="0" b_track="2">
      <property name="geometry">702 -62 216 216</property></transition>
    <transition mlt_service="mix" a_track="0" b_track="1"><property name="always_active">1</property></transition>
    <transition mlt_service="mix" a_track="0" b_track="3"><property name="always_active">1</property></transition>
    <filter mlt_service="dynamictext" in="30" out="179">
      <property name="argument">SUMMER DROP</property><property name="size">110</property>
      <property name="fgcolour">#ffffffff</property><property name="olcolour">#ff000000</property>
      <property name="outline">8</property><property name="geometry">0 500 1080 200</property>
      <property name="halign">center</property></filter>
  </tractor>
</mlt>
XML
    if /usr/bin/time -f "%e %U %S %M" -o melt.time melt -quiet bench.mlt out=899 \
        -consumer avformat:melt.mp4 vcodec=libx264 preset=veryfast crf=21 maxrate=16M \
        bufsize=32M g=60 keyint_min=60 bf=2 x264-params=scenecut=0:open-gop=0:8x8dct=1 \
        vprofile=high pix_fmt=yuv420p acodec=aac ab=192k ar=48000 channels=2 \
        movflags=+faststart real_time=-2 >/dev/null 2>melt.log && [ -s melt.mp4 ]; then
        have_melt=yes
    else
        echo "(melt is installed but could not render the edit: see $work/melt.log)"
    fi
fi

ssim=$(ffmpeg -hide_banner -nostdin -i reelcut.mp4 -i ffmpeg.mp4 -lavfi "[0:v][1:v]ssim" -f null - 2>&1 |
    sed -n 's/.*All:\([0-9.]*\).*/\1/p')
echo
row reelcut "ReelCut (reelcut-cli render --preset tiktok)"; echo
row ffmpeg "ffmpeg, one filter graph, the cheap way"
printf '   ReelCut/ffmpeg: wall %.2fx  cpu %.2fx (target <= 0.85x)\n' \
    "$(ratio wall reelcut ffmpeg)" "$(ratio cpu reelcut ffmpeg)"
row floor "x264 + AAC on the finished frames"
printf '   ReelCut/floor:  wall %.2fx  cpu %.2fx (target <= 1.25x)\n' \
    "$(ratio wall reelcut floor)" "$(ratio cpu reelcut floor)"
row decode "decoding the same source frames, nothing else"; echo
read -r _ fu fs _ < floor.time
read -r _ du ds _ < decode.time
read -r _ ru rs _ < reelcut.time
printf '   floor + decode: cpu %.2f s; ReelCut/(floor + decode): cpu %.2fx\n' \
    "$(echo "$fu + $fs + $du + $ds" | bc)" "$(echo "($ru + $rs) / ($fu + $fs + $du + $ds)" | bc -l)"
if [ "$have_melt" = yes ]; then
    row melt "melt (MLT 7)"
    printf '   melt/ffmpeg:    wall %.2fx  cpu %.2fx\n' "$(ratio wall melt ffmpeg)" "$(ratio cpu melt ffmpeg)"
fi
read -r _ _ _ rrss < reelcut.time
printf 'ReelCut peak memory %d MiB (target < 450 MiB); SSIM of ReelCut against ffmpeg %s (target >= 0.98)\n' \
    "$((rrss / 1024))" "$ssim"
grep 'render threads' reelcut.out || true
echo "outputs in $work"
