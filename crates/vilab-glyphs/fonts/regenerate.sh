#!/usr/bin/env bash
# Regenerates the fonts that vilab-glyphs embeds, from Debian's
# fonts-noto-core (OFL-1.1; see OFL.txt beside this script).
# Needs: apt-get install fonts-noto-core python3-fonttools
# (only to regenerate: the .ttf files are committed, CI does not run this).
#
#   NotoSansKhmer, NotoSansLao, NotoSansThai, Regular and Bold: copied whole.
#   NotoSans, Regular and Bold: cut to Latin with Vietnamese (Basic Latin,
#   Latin-1, Latin Extended-A and -B, combining marks, Latin Extended
#   Additional, general punctuation, currency signs, the dotted circle that
#   shapers put under a lone mark), hinting dropped (the rasteriser ignores
#   it), every OpenType layout feature kept (Vietnamese stacked marks need
#   mark and mkmk).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src=/usr/share/fonts/truetype/noto
for w in Regular Bold; do
  for f in NotoSansKhmer NotoSansLao NotoSansThai; do
    cp "$src/$f-$w.ttf" "$here/$f-$w.ttf"
  done
  /usr/bin/python3 -m fontTools.subset "$src/NotoSans-$w.ttf" \
    --unicodes='U+0020-007E,U+00A0-024F,U+0300-036F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+25CC' \
    --layout-features='*' --no-hinting --output-file="$here/NotoSansLatinVi-$w.ttf"
done
dpkg-query -W -f='fonts-noto-core ${Version}\n' fonts-noto-core
ls -l "$here"/*.ttf
