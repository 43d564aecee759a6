#!/bin/sh
# Disk-image ingest benchmark (issue 23): a generated 4 GiB raw disk (one
# ext4 volume, filled by mke2fs -d with 3 GiB of large files and 20,000
# small ones, random bytes) and the same as an E01 (ewfacquire, deflate
# fast), each ingested into a fresh lab with `vilab ingest`, beside
# `md5sum` of the raw file and `ewfverify` of the E01, in one run. Wall
# time and peak RSS from /usr/bin/time. The contents are random bytes, not
# pictures: this measures reading, hashing and storing, not decoding.
#
# Usage: bench/disk.sh [WORK_DIR] [VILAB_BINARY]
#   WORK_DIR needs about 16 GB free (default /tmp/vilab-bench-disk);
#   VILAB_BINARY defaults to target/release/vilab (cargo build --release -p vilab).
set -eu

work=${1:-/tmp/vilab-bench-disk}
vilab=$(realpath "${2:-target/release/vilab}")
size_gib=${SIZE_GIB:-4}
big_files=${BIG_FILES:-30}
small_files=${SMALL_FILES:-20000}

# REUSE=1 keeps an image built by an earlier run (the labs are always new).
if [ "${REUSE:-0}" = 1 ] && [ -f "$work/disk.E01" ]; then
    rm -rf "$work/lab-raw" "$work/lab-e01" "$work/home"
    mkdir -p "$work/home"
    cd "$work"
else
rm -rf "$work"
mkdir -p "$work/src/big" "$work/src/small" "$work/home"
cd "$work"

echo "== building a ${size_gib} GiB ext4 disk image"
i=0
while [ "$i" -lt "$big_files" ]; do
    head -c 104857600 /dev/urandom >"src/big/f$i.bin"
    i=$((i + 1))
done
# Small files: one random stream cut into 4-64 KiB pieces.
head -c $((small_files * 36 * 1024)) /dev/urandom | split -a 5 -d -b 36k - src/small/s
truncate -s "${size_gib}G" disk.img
mke2fs -q -t ext4 -d src disk.img
rm -rf src
ewfacquire -u -q -t disk -f encase6 -c deflate:fast -S 2GiB disk.img >/dev/null
fi
[ "${BUILD_ONLY:-0}" = 1 ] && exit 0

export HOME="$work/home" VILAB_LANG=en VILAB_ADMIN_PASSWORD='bench-password-not-secret'
printf '%s\n' "$VILAB_ADMIN_PASSWORD" >"$work/home/pw"
# The labs are encrypted, as `vilab init` makes them by default (each
# command unlocks the lab once: argon2id, tuned to about 0.5 to 1 s).
printf '%s\n' 'bench lab passphrase, not a secret' >"$work/home/passphrase"
export VILAB_USER=admin VILAB_PASSWORD_FILE="$work/home/pw" VILAB_PASSPHRASE_FILE="$work/home/passphrase"
lab() {
    "$vilab" init --lab "$1" >/dev/null
    "$vilab" user add --name bench --role analyst --password-file "$work/home/pw" --lab "$1" >/dev/null
    VILAB_USER=bench "$vilab" case create C --lab "$1" >/dev/null
}
lab "$work/lab-raw"
lab "$work/lab-e01"
export VILAB_USER=bench

measure() {
    name=$1
    shift
    sync
    /usr/bin/time -f "$name	%e s	%M KiB peak RSS" "$@" >"$work/$name.out" 2>"$work/$name.err" || {
        tail -5 "$work/$name.err"
        exit 1
    }
    tail -1 "$work/$name.err"
}

bytes=$(stat -c %s disk.img)
echo "== image: $bytes bytes; E01: $(du -cb disk.E0* | tail -1 | cut -f1) bytes"
echo "what	wall	memory"
measure md5sum md5sum disk.img
measure ewfverify ewfverify -q disk.E01
measure vilab-raw "$vilab" ingest --lab "$work/lab-raw" --case C --exhibit raw --quiet disk.img
measure vilab-e01 "$vilab" ingest --lab "$work/lab-e01" --case C --exhibit e01 --quiet disk.E01
grep -E "files processed|throughput" "$work/vilab-raw.out" "$work/vilab-e01.out" || true
