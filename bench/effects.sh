#!/usr/bin/env bash
# Effects benchmark: the CPU cost of every transition and filter on one 1080x1920 frame on
# one core (targets: <= 4 ms, LUT <= 6 ms). Usage: bench/effects.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "${1:-$here/../build}" && pwd)"
tool="$build/bench/reelcut-effects-bench"
[ -x "$tool" ] || { echo "build it first: cmake --build $build --target reelcut-effects-bench" >&2; exit 1; }
QT_QPA_PLATFORM=offscreen OMP_NUM_THREADS=1 "$tool" "${2:-15}"
