#!/usr/bin/env bash
# Runs the libFuzzer harnesses of tests/fuzz (built by scripts/build-sanitize.sh), each
# for SECONDS (default 60) on one core, as many at once as there are cores, on a corpus
# seeded from tests/fuzz/corpus/NAME and kept in build-sanitize/fuzz/corpus/NAME between
# runs. Prints each harness's executions
# and exits non-zero if any of them finds a crash, a leak, a timeout (25 s for one input)
# or an input that needs more than 2 GB; the input is kept in build-sanitize/fuzz/.
#   scripts/fuzz.sh                  # every harness, 60 s each
#   scripts/fuzz.sh 3600 media svg   # two of them, an hour each
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for f in tests/fuzz/fuzz_*.cpp; do
        n="$(basename "$f" .cpp)"
        n="${n#fuzz_}"
        [ "$n" = "support" ] || names+=("$n")
    done
fi
targets=""
for n in "${names[@]}"; do
    if [ ! -x "build-sanitize/tests/fuzz/fuzz_$n" ]; then
        targets=1
    fi
done
if [ -n "$targets" ] || [ "${REELCUT_FUZZ_REBUILD:-1}" = 1 ]; then
    for n in "${names[@]}"; do
        scripts/build-sanitize.sh --target "fuzz_$n" >/dev/null
    done
fi
export QT_QPA_PLATFORM=offscreen
# Leaks are looked for after every input; Qt's one-time caches are reachable, not leaks.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# fontconfig's one-time font cache is not a leak (tests/fuzz/lsan.supp says why).
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0}"
mkdir -p build-sanitize/fuzz
# One harness per core at a time (REELCUT_FUZZ_JOBS): each libFuzzer process is single
# threaded, so on 2 cores two run in the time of one.
jobs="${REELCUT_FUZZ_JOBS:-$(nproc)}"
run_one() {
    local n=$1 corpus="build-sanitize/fuzz/corpus/$1" log="build-sanitize/fuzz/$1.log" rc=0
    mkdir -p "$corpus"
    rm -f "build-sanitize/fuzz/$n.rc"
    "build-sanitize/tests/fuzz/fuzz_$n" "$corpus" "tests/fuzz/corpus/$n" \
        -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="build-sanitize/fuzz/$n-" >"$log" 2>&1 || rc=$?
    echo "$rc" >"build-sanitize/fuzz/$n.rc"
}
running=0
for n in "${names[@]}"; do
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
    run_one "$n" &
    running=$((running + 1))
done
wait || true
failed=0
printf '%-8s %12s %10s %8s\n' harness executions "exec/s" corpus
for n in "${names[@]}"; do
    corpus="build-sanitize/fuzz/corpus/$n"
    log="build-sanitize/fuzz/$n.log"
    rc="$(cat "build-sanitize/fuzz/$n.rc" 2>/dev/null || echo 1)"
    runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)"
    speed="$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)"
    files="$(find "$corpus" -type f | wc -l)"
    printf '%-8s %12s %10s %8s\n' "$n" "$runs" "$speed" "$files"
    if [ "$rc" -ne 0 ]; then
        failed=1
        echo "fuzz_$n found a problem (exit $rc); see $log:" >&2
        grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -5 >&2
    fi
done
exit $failed
