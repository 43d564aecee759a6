#!/usr/bin/env bash
# Regenerates the embedded fonts of the browser lab from Debian's
# fonts-noto-core (OFL-1.1; see OFL.txt and README.md beside this script).
# Needs: apt-get install fonts-noto-core woff2 python3-fonttools python3-brotli
# (only to regenerate: the .woff2 files are committed, CI does not run this).
#
#   NotoSansKhmer, NotoSansLao, NotoSansThai: whole, compressed to WOFF2 by
#   woff2_compress.
#   NotoSans: cut to Latin with Vietnamese (Basic Latin, Latin-1, Latin
#   Extended-A and -B, combining marks, Latin Extended Additional, general
#   punctuation, currency signs) by fonttools, as WOFF2.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src=/usr/share/fonts/truetype/noto
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for f in NotoSansKhmer NotoSansLao NotoSansThai; do
  cp "$src/$f-Regular.ttf" "$tmp/"
  woff2_compress "$tmp/$f-Regular.ttf" >/dev/null
  cp "$tmp/$f-Regular.woff2" "$here/$f-Regular.woff2"
done
/usr/bin/python3 -m fontTools.subset "$src/NotoSans-Regular.ttf" \
  --unicodes='U+0000-024F,U+0300-036F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+25A0-25FF' \
  --layout-features='*' --flavor=woff2 --output-file="$here/NotoSans-Regular.woff2"
dpkg-query -W -f='fonts-noto-core ${Version}\n' fonts-noto-core
ls -l "$here"/*.woff2
