#!/usr/bin/env bash
# Installs everything ReelCut needs to build, test and run, from Debian's packages.
# Safe to run again: apt-get skips what is installed. Uses sudo when not root.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-svg-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libqt6svg6 qt6-image-formats-plugins
    libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libswresample-dev
    libavfilter-dev ffmpeg
    # Qt Multimedia's GStreamer backend (Qt 6.4's default on Linux) reads cameras through
    # v4l2src (plugins-good) and microphones through ALSA/PulseAudio: the Record window.
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good
    # Beats and onsets (aubio), time-stretching with the pitch kept (Rubber Band); speech
    # for the ducking tests (espeak-ng).
    libaubio-dev librubberband-dev espeak-ng
    # Real songs with charted beats (rhythm-game charts, CC BY-SA / MIT) for the beat
    # accuracy test and bench.
    fretsonfire-songs-muldjord fretsonfire-songs-sectoid
    libopencv-core-dev libopencv-imgproc-dev libopencv-objdetect-dev libopencv-imgcodecs-dev
    libopencv-calib3d-dev
    # opencv-data: the Haar face cascade, the face tracker's second detector.
    opencv-data
    # dlib's CMake package links these by absolute path (libblas.so, liblapack.so,
    # libjpeg.so, libpng.so, libsqlite3.so); libdlib-dev does not pull all of them in.
    libdlib-dev libdlib-data libblas-dev liblapack-dev libjpeg-dev libpng-dev libsqlite3-dev
    libboost-filesystem-dev libcsv-dev
    # the batch's cluster test runs a real Slurm (controller, node daemon, munge) on localhost
    slurm-wlm munge
    fonts-dejavu-core fonts-noto-color-emoji fonts-lohit-deva fonts-wqy-microhei xvfb xauth
    # The checked build of the test command: clang with AddressSanitizer, UBSan and
    # libFuzzer (scripts/build-sanitize.sh, scripts/fuzz.sh); llvm-14 has the symbolizer
    # that turns a sanitizer's report into file:line; lld-14 links it fast.
    clang-14 libfuzzer-14-dev llvm-14 lld-14
    # the packaging test checks the AppStream metadata, the .desktop file and the man pages
    appstream desktop-file-utils groff-base
)

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
