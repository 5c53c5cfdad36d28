#!/usr/bin/env bash
# Tries the README's two commands as a new user would: on a bare Debian 12 (debootstrap
# --variant=minbase plus git), in a clean clone of this repository, with no display.
# Run it whenever the dependency list or the build changes (needs root and debootstrap;
# takes 20-40 minutes, most of it the package installs and the cold build).
#
#   scripts/check-fresh-machine.sh [--keep] [--step sample|test|deb|image] [--deb FILE]
#
# The minimal root is built once and cached as a tarball (REELCUT_FRESH_CACHE, default
# ~/.cache/reelcut/debian12-minbase.tar.gz); every run unpacks a new copy, so no run sees
# what an earlier one installed. The clone is of the committed HEAD: uncommitted changes
# are not checked. Prints which step failed; the logs stay in the work folder.
#
# Steps (all by default):
#   sample  scripts/run-sample.sh renders the sample project (no display)
#   test    scripts/test.sh builds and passes the whole suite
#   deb     with --deb FILE: apt-get install ./FILE on another fresh root, then the
#           installed programs render the installed sample and start offscreen
#   image   packaging/Dockerfile's run-time stage without Docker: its package list on
#           another fresh root, this machine's build/ installed into it the way the
#           image's build stage installs, then the sample renders (build/ must be built)
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
suite=bookworm
mirror=${REELCUT_FRESH_MIRROR:-http://deb.debian.org/debian}
cache=${REELCUT_FRESH_CACHE:-$HOME/.cache/reelcut/debian12-minbase.tar.gz}
keep=0
steps=()
deb=""
while [ $# -gt 0 ]; do
    case "$1" in
    --keep) keep=1 ;;
    --step)
        steps+=("$2")
        shift
        ;;
    --deb)
        deb=$(realpath "$2")
        shift
        ;;
    -h | --help)
        sed -n '2,20p' "$0"
        exit 0
        ;;
    *)
        echo "check-fresh-machine.sh: unknown argument '$1'" >&2
        exit 2
        ;;
    esac
    shift
done
if [ ${#steps[@]} -eq 0 ]; then
    steps=(sample test)
    [ -n "$deb" ] && steps+=(deb)
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "check-fresh-machine.sh: needs root (debootstrap and chroot)" >&2
    exit 2
fi
command -v debootstrap >/dev/null || {
    echo "check-fresh-machine.sh: debootstrap is missing (apt-get install debootstrap)" >&2
    exit 2
}

work=$(mktemp -d /var/tmp/reelcut-fresh.XXXXXX)
mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[$i]}" 2>/dev/null || true
    done
    if [ "$keep" -eq 0 ]; then
        rm -rf "$work"
    else
        echo "kept $work"
    fi
}
trap cleanup EXIT

say() { printf '\n== %s\n' "$*"; }
fail() {
    echo "FAILED at step: $1 (log: $2)" >&2
    tail -n 30 "$2" >&2 || true
    keep=1
    exit 1
}

# The cached minimal root: debootstrap once, then only unpack.
if [ ! -s "$cache" ]; then
    say "building the minimal Debian 12 root (once; cached in $cache)"
    mkdir -p "$(dirname "$cache")"
    debootstrap --variant=minbase --include=git,ca-certificates "$suite" "$work/seed" "$mirror" \
        >"$work/debootstrap.log" 2>&1 || fail debootstrap "$work/debootstrap.log"
    tar -C "$work/seed" -czf "$cache.tmp" . && mv "$cache.tmp" "$cache"
    rm -rf "$work/seed"
fi

# A new root from the cache, with the host's name resolution and the kernel file systems.
new_root() {
    local root=$1
    mkdir -p "$root"
    tar -C "$root" -xzf "$cache"
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    for fs in proc sys dev dev/pts; do
        mkdir -p "$root/$fs"
        case $fs in
        proc) mount -t proc proc "$root/proc" ;;
        sys) mount -t sysfs sys "$root/sys" ;;
        dev) mount --bind /dev "$root/dev" ;;
        dev/pts) mount -t devpts devpts "$root/dev/pts" ;;
        esac
        mounted+=("$root/$fs")
    done
    mkdir -p "$root/dev/shm"
    mount -t tmpfs shm "$root/dev/shm"
    mounted+=("$root/dev/shm")
    # A real machine has its cgroups mounted; Slurm's node daemon (the batch's cluster
    # test) will not start without them.
    if [ -d /sys/fs/cgroup ]; then
        mount --rbind /sys/fs/cgroup "$root/sys/fs/cgroup"
        mount --make-rslave "$root/sys/fs/cgroup"
        mounted+=("$root/sys/fs/cgroup")
    fi
}

in_root() {
    local root=$1
    shift
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 TERM=dumb "$@"
}

root="$work/root"
needs_clone=0
for s in "${steps[@]}"; do
    [ "$s" = sample ] || [ "$s" = test ] && needs_clone=1
done
if [ "$needs_clone" -eq 1 ]; then
    say "unpacking a fresh root"
    new_root "$root"
    say "cloning $(git -C "$here" rev-parse --short HEAD) into it"
    git clone --quiet --no-hardlinks "$here" "$root/home/user/reelcut" >"$work/clone.log" 2>&1 ||
        fail clone "$work/clone.log"
    # CI runs with ../shared beside the clone; so does this check, when there is one.
    if [ -d "$here/../shared" ]; then
        cp -r "$here/../shared" "$root/home/user/shared"
    fi
fi

for s in "${steps[@]}"; do
    case "$s" in
    sample)
        say "step sample: scripts/run-sample.sh (no display: renders)"
        log="$work/sample.log"
        in_root "$root" bash -c 'cd /home/user/reelcut && REELCUT_OUTPUT=/tmp/sample.mp4 scripts/run-sample.sh' \
            >"$log" 2>&1 || fail sample "$log"
        in_root "$root" test -s /tmp/sample.mp4 || fail "sample (no sample.mp4 written)" "$log"
        echo "ok: $(in_root "$root" ffprobe -v error -show_entries format=duration -of csv=p=0 /tmp/sample.mp4) s rendered"
        ;;
    test)
        say "step test: scripts/test.sh"
        log="$work/test.log"
        in_root "$root" bash -c 'cd /home/user/reelcut && scripts/test.sh' >"$log" 2>&1 ||
            fail test "$log"
        grep -E 'tests passed' "$log" || true
        ;;
    deb)
        [ -n "$deb" ] || {
            echo "check-fresh-machine.sh: --step deb needs --deb FILE" >&2
            exit 2
        }
        say "step deb: apt-get install $(basename "$deb") on another fresh root"
        droot="$work/deb-root"
        new_root "$droot"
        cp "$deb" "$droot/tmp/"
        log="$work/deb.log"
        in_root "$droot" bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/$(basename "$deb")" \
            >"$log" 2>&1 || fail "deb install" "$log"
        in_root "$droot" bash -c 'set -e; cd /tmp
            reelcut-cli --version
            QT_QPA_PLATFORM=offscreen reelcut --version
            reelcut-cli render /usr/share/reelcut/sample/sample.reelcut -o /tmp/installed.mp4 --preset tiktok
            test -s /tmp/installed.mp4' >>"$log" 2>&1 || fail "deb run" "$log"
        echo "ok: installed package renders the sample"
        ;;
    image)
        say "step image: the Dockerfile's run-time packages on another fresh root"
        [ -x "$here/build/app/cli/reelcut-cli" ] || {
            echo "check-fresh-machine.sh: --step image needs a built build/ (scripts/build.sh)" >&2
            exit 2
        }
        iroot="$work/image-root"
        new_root "$iroot"
        log="$work/image.log"
        packages=$(awk '/^FROM debian:12$/ { rt = 1 }
            rt && /--no-install-recommends/ { on = 1; next }
            on && /&& rm/ { on = 0 }
            on { gsub(/\\/, ""); printf "%s ", $0 }' "$here/packaging/Dockerfile")
        in_root "$iroot" bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends $packages" >"$log" 2>&1 ||
            fail "image packages" "$log"
        DESTDIR="$iroot" cmake --install "$here/build" --prefix /usr >>"$log" 2>&1 ||
            fail "image install" "$log"
        in_root "$iroot" bash -c 'set -e; cd /tmp
            if ldd /usr/bin/reelcut-cli | grep "not found"; then exit 1; fi
            export QT_QPA_PLATFORM=offscreen
            reelcut-cli --version
            reelcut-cli render /usr/share/reelcut/sample/sample.reelcut -o /tmp/image.mp4 --preset tiktok
            test -s /tmp/image.mp4' >>"$log" 2>&1 || fail "image run" "$log"
        echo "ok: the image's packages run reelcut-cli and render the sample"
        ;;
    *)
        echo "check-fresh-machine.sh: unknown step '$s'" >&2
        exit 2
        ;;
    esac
done
say "all steps passed: ${steps[*]}"
