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
  seeds/crypt_slots seeds/crypt_stream
cargo run --quiet --manifest-path seedgen/Cargo.toml -- "$PWD/seeds"

# HEIC keeps the JPEG's EXIF block (the `exif` target reads it from the
# HEIF container); the analyze seeds add an alpha plane, a thumbnail and
# AVIF (which libheif decodes through its AV1 plugin).
heif-enc -q 30 seeds/exif/jpeg-exif-le.jpg -o seeds/exif/heic-exif.heic >/dev/null
heif-enc -q 30 -t 8 seeds/analyze/png-rgba.png -o seeds/analyze/heic-alpha-thumb.heic >/dev/null
heif-enc -q 30 seeds/analyze/jpeg-420-exif.jpg -o seeds/analyze/heic-exif.heic >/dev/null
heif-enc -q 30 -A seeds/analyze/png-rgb.png -o seeds/analyze/avif.avif >/dev/null

find seeds -type f ! -name '*.sh' -size +20k -exec sh -c 'echo "seed over 20 KB: $1" >&2; exit 1' sh {} \;
echo "$(find seeds -type f ! -name '*.sh' | wc -l) seeds, $(find seeds -type f ! -name '*.sh' -exec cat {} + | wc -c) bytes"
