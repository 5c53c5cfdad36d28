#!/usr/bin/env bash
# The batch on a real Slurm cluster of one machine: munged, slurmctld and slurmd started
# here with a configuration generated into a temporary folder, the job array emitted by
# `reelcut-cli batch --emit slurm` submitted with sbatch (4 tasks), and every output's
# decoded frames compared with those of the same batch rendered locally.
# Usage: slurm_batch_test.sh PATH/TO/reelcut-cli
set -euo pipefail
cli="$(readlink -f "$1")"

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: the Slurm test starts munged, slurmctld and slurmd, which needs root"
    exit 77
fi
for tool in munged slurmctld slurmd sbatch squeue ffmpeg; do
    command -v "$tool" >/dev/null || {
        echo "FAIL: $tool is missing; scripts/install-deps.sh installs slurm-wlm and munge" >&2
        exit 1
    }
done

work="$(mktemp -d /tmp/reelcut-slurm.XXXXXX)"
chmod 755 "$work"
pids=()
cleanup() {
    for f in "$work"/slurmd.pid "$work"/slurmctld.pid "$work"/munge/munged.pid; do
        [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true
    done
    sleep 0.5
    rm -rf "$work"
}
trap cleanup EXIT

# --- a tiny batch: 4 rows, one ratio, half a second each ------------------------------
ff() { ffmpeg -hide_banner -loglevel error -y -nostdin "$@"; }
mkdir -p "$work/job/media"
ff -f lavfi -i "testsrc2=s=320x240:r=30:d=1" -pix_fmt yuv420p "$work/job/media/bg.mp4"
ff -f lavfi -i "color=c=red:s=200x200" -frames:v 1 "$work/job/media/red.png"
ff -f lavfi -i "color=c=blue:s=200x300" -frames:v 1 "$work/job/media/blue.png"
cat > "$work/job/card.reelcut" <<'JSON'
{
  "reelcut": 1,
  "canvas": { "width": 1080, "height": 1920, "fps": 30 },
  "fields": [
    { "name": "headline", "type": "text", "required": true },
    { "name": "product", "type": "media", "accept": "image", "required": true }
  ],
  "tracks": [
    { "kind": "video", "clips": [ { "media": "media/bg.mp4", "start": 0, "out": 0.5, "fit": "fill" } ] },
    { "kind": "overlay", "clips": [ { "media": "{{product}}", "start": 0, "out": 0.5,
        "transform": { "x": 0.5, "y": 0.5, "scale": 0.4 } } ] },
    { "kind": "text", "clips": [ { "text": "{{headline}}", "start": 0, "out": 0.5,
        "transform": { "x": 0.5, "y": 0.25 },
        "style": { "size": 100, "fit": { "height": 0.1, "min_size": 40 } } } ] }
  ]
}
JSON
printf 'headline,product\nOne,media/red.png\nTwo,media/blue.png\n"Three, with a comma",media/red.png\nFour,media/blue.png\n' \
    > "$work/job/rows.csv"
args=("$work/job/card.reelcut" --data "$work/job/rows.csv" --preset shorts --name '{{row}}.mp4')

"$cli" batch "${args[@]}" -o "$work/local" --jobs 2 --quiet
"$cli" batch "${args[@]}" -o "$work/cluster" --emit slurm --tasks 4 --cpus-per-task 1 --mem 1G

# --- a cluster of one machine ----------------------------------------------------------
mkdir -p "$work/munge" "$work/state" "$work/spool" "$work/log"
chmod 700 "$work/munge"
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$work/munge/munge.key"
munged --force --socket="$work/munge/munge.socket" --key-file="$work/munge/munge.key" \
    --pid-file="$work/munge/munged.pid" --log-file="$work/munge/munged.log" \
    --seed-file="$work/munge/munged.seed"

free_port() {
    local p
    while :; do
        p=$((20000 + RANDOM % 20000))
        (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
    done
}
host="$(hostname -s)"
ctld_port="$(free_port)"
slurmd_port="$(free_port)"
[ "$slurmd_port" != "$ctld_port" ] || slurmd_port=$((ctld_port + 1))
cat > "$work/slurm.conf" <<CONF
ClusterName=reelcut-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
AuthType=auth/munge
AuthInfo=socket=$work/munge/munge.socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 )) State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$work/slurm.conf"
# A daemon that cannot start says why in its log: show it instead of failing silently.
slurmctld -c -i || { echo "FAIL: slurmctld did not start:" >&2; cat "$work/log/slurmctld.log" >&2; exit 1; }
slurmd -c || { echo "FAIL: slurmd did not start:" >&2; cat "$work/log/slurmd.log" >&2; exit 1; }
for _ in $(seq 1 100); do
    sinfo -h -o %T 2>/dev/null | grep -q idle && break
    sleep 0.2
done
sinfo -h -o %T | grep -q idle || {
    echo "FAIL: the Slurm node did not come up" >&2
    tail -n 20 "$work"/log/*.log >&2
    exit 1
}

# --- the emitted array --------------------------------------------------------------------
job="$(sbatch --parsable --wait "$work/cluster/batch.sbatch" || true)"
for i in 0 1 2 3; do
    [ -s "$work/cluster/logs/task-$i.log" ] || {
        echo "FAIL: no log from array task $i (job $job)" >&2
        tail -n 20 "$work"/log/*.log >&2
        exit 1
    }
done
if ! grep -q '"complete": true' "$work/cluster/report.json"; then
    echo "FAIL: the cluster's report is not complete" >&2
    cat "$work"/cluster/logs/*.log >&2
    exit 1
fi
for i in 0 1 2 3; do
    grep -q "shard $i of 4" "$work/cluster/logs/task-$i.log" || {
        echo "FAIL: task $i did not render shard $i of 4" >&2
        cat "$work/cluster/logs/task-$i.log" >&2
        exit 1
    }
done

# --- same pictures as the local run -------------------------------------------------------
n=0
for f in "$work"/local/*.mp4; do
    name="$(basename "$f")"
    [ -f "$work/cluster/$name" ] || { echo "FAIL: the cluster did not make $name" >&2; exit 1; }
    a="$(ffmpeg -hide_banner -loglevel error -i "$f" -map 0:v -f framemd5 - | grep -v '^#')"
    b="$(ffmpeg -hide_banner -loglevel error -i "$work/cluster/$name" -map 0:v -f framemd5 - | grep -v '^#')"
    [ "$(printf '%s\n' "$a" | wc -l)" -eq 15 ] || { echo "FAIL: $name has not 15 frames" >&2; exit 1; }
    [ "$a" = "$b" ] || { echo "FAIL: $name: the cluster's frames differ from the local run's" >&2; exit 1; }
    n=$((n + 1))
done
[ "$n" -eq 4 ] || { echo "FAIL: expected 4 outputs, the local run made $n" >&2; exit 1; }
[ "$(ls "$work"/cluster/*.mp4 | wc -l)" -eq 4 ] || { echo "FAIL: the cluster made extra files" >&2; exit 1; }
echo "PASS: Slurm array of 4 tasks rendered 4 videos, frame-identical to the local run"
