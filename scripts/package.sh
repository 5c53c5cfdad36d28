#!/usr/bin/env bash
# Builds the Debian package: a Release build for /usr with no knowledge of this source or
# build tree (REELCUT_DEV_PATHS=OFF), then `cpack -G DEB`, then the checks a distribution
# would run: lintian, appstreamcli, desktop-file-validate. Prints the .deb's path last.
#
#   scripts/package.sh [BUILD_DIR]      (default: build-deb)
#
# Try the package on a bare Debian 12 with
#   sudo scripts/check-fresh-machine.sh --step deb --deb build-deb/reelcut_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-deb}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DREELCUT_DEV_PATHS=OFF -DREELCUT_BUILD_TESTS=OFF -DREELCUT_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)"
(cd "$build" && cpack -G DEB >cpack.log) || {
    cat "$build/cpack.log" >&2
    exit 1
}
deb=$(ls -t "$build"/reelcut_*.deb | head -n 1)

status=0
# Nothing installed may know this source tree or the build folder.
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
if grep -rlF -e "$PWD/" -e "$(cd "$build" && pwd)" "$unpacked"; then
    echo "package.sh: the files above mention the source or build folder" >&2
    status=1
fi
if command -v lintian >/dev/null; then
    # Errors fail the package; warnings are printed for whoever reads the log.
    lintian --no-tag-display-limit "$deb" | tee "$build/lintian.log" || true
    if grep -q '^E:' "$build/lintian.log"; then
        echo "package.sh: lintian reports errors (see above)" >&2
        status=1
    fi
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net packaging/org.reelcut.ReelCut.metainfo.xml || status=1
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate packaging/org.reelcut.ReelCut.desktop || status=1
fi
echo "$deb"
exit $status
