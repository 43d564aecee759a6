#!/usr/bin/env bash
# Regenerates every seed in fuzz/seeds/<target>/ from code: the seed
# generator (fuzz/seedgen, a package of its own: painted scenes from
# vilab-synth, zips laid out byte by byte, text) writes all but the
# HEIF/AVIF seeds, which heif-enc (libheif-examples, as .ci/install-deps
# installs) encodes from the generated JPEG and PNGs. No photograph is ever
# used. Run from anywhere; commit what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

# Start from nothing, so that a seed dropped from the generator goes too.
rm -rf seeds/analyze seeds/exif seeds/jpeg_dc seeds/zip_walk seeds/zip_index \
  seeds/media_key seeds/hashset_read seeds/law_import seeds/pdq_luma \
  seeds/crypt_slots seeds/crypt_stream seeds/mbr_gpt seeds/fat seeds/ewf seeds/carve
cargo run --quiet --manifest-path seedgen/Cargo.toml -- "$PWD/seeds"

# HEIC keeps the JPEG's EXIF block (the `exif` target reads it from the
# HEIF container); the analyze seeds add an alpha plane, a thumbnail and
# AVIF (which libheif decodes through its AV1 plugin).
heif-enc -q 30 seeds/exif/jpeg-exif-le.jpg -o seeds/exif/heic-exif.heic >/dev/null
heif-enc -q 30 -t 8 seeds/analyze/png-rgba.png -o seeds/analyze/heic-alpha-thumb.heic >/dev/null
heif-enc -q 30 seeds/analyze/jpeg-420-exif.jpg -o seeds/analyze/heic-exif.heic >/dev/null
heif-enc -q 30 -A seeds/analyze/png-rgb.png -o seeds/analyze/avif.avif >/dev/null

# vilab-disk: disks and volumes made by the Debian tools the tests use
# (sfdisk from fdisk, mkfs.fat from dosfstools, mtools), with fixed ids and
# times so that they come out the same; an EWF-E01 segment and a carving
# input laid out by disk-seeds.py.
export MTOOLS_SKIP_CHECK=1 SOURCE_DATE_EPOCH=1700000000
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p seeds/mbr_gpt seeds/fat seeds/ewf seeds/carve
truncate -s 16K seeds/mbr_gpt/mbr-extended.img
printf 'label: dos\nlabel-id: 0x12345678\nstart=1, size=5, type=c, bootable\nstart=6, size=24, type=5\nstart=7, size=4, type=83\nstart=12, size=4, type=7\nstart=17, size=4, type=6\n' |
  sfdisk --no-reread --no-tell-kernel -q seeds/mbr_gpt/mbr-extended.img
truncate -s 16K seeds/mbr_gpt/gpt.img
printf 'label: gpt\nlabel-id: 11111111-2222-3333-4444-555555555555\ntable-length: 4\nfirst-lba: 4\nstart=4, size=10, type=C12A7328-F81F-11D2-BA4B-00A0C93EC93B, uuid=AAAAAAAA-0000-0000-0000-000000000001, name="EFI"\nstart=14, size=10, uuid=AAAAAAAA-0000-0000-0000-000000000002, name="data"\n' |
  sfdisk --no-reread --no-tell-kernel -q seeds/mbr_gpt/gpt.img
printf 'hello, a long name' >"$scratch/a long name.txt"
printf 'deleted' >"$scratch/gone.txt"
head -c 1500 /dev/zero | tr '\0' x >"$scratch/BIG.BIN"
touch -d @1700000000 "$scratch"/*
mkfs.fat -C -F 12 -s 1 -r 16 -f 1 -i 12345678 seeds/fat/fat12.img 40 >/dev/null
mcopy -m -i seeds/fat/fat12.img "$scratch/a long name.txt" "$scratch/gone.txt" "$scratch/BIG.BIN" ::/
mdel -i seeds/fat/fat12.img ::/gone.txt
# The zeros past the files are not needed: a volume cut short is an input too.
truncate -s 12K seeds/fat/fat12.img
cp seeds/mbr_gpt/mbr-extended.img seeds/fat/not-fat.img
python3 seeds/disk-seeds.py seeds
cp seeds/fat/fat12.img seeds/carve/fat12-with-files.img

find seeds -type f ! -name '*.sh' -size +20k -exec sh -c 'echo "seed over 20 KB: $1" >&2; exit 1' sh {} \;
echo "$(find seeds -type f ! -name '*.sh' ! -name '*.py' | wc -l) seeds, $(find seeds -type f ! -name '*.sh' ! -name '*.py' -exec cat {} + | wc -c) bytes"
