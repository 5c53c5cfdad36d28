#!/usr/bin/env bash
# Configures and builds ReelCut into build/ (optimised, with line tables so backtraces and
# perf name file and line; ccache if present). Full debug information made the build and
# above all the links of the test programs much slower (a developer who wants it passes
# -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g -DNDEBUG").
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" "$@" >/dev/null
cmake --build build --parallel "$(nproc)"
