#!/usr/bin/env python3
"""Reference PDQ from Python: the peer column of vilab's hashing benchmark.

vilab's Rust benchmark runs this script as a subprocess on the same files it
hashes itself:

    python3 bench/pdq_reference.py --json [--repeat N] FILE...

and reads one JSON object from stdout (nothing else is printed there). It
measures Meta's reference PDQ hasher the way a Python user runs it: PyPI
``pdqhash`` (Meta's C++ behind a Cython binding) fed by Pillow and numpy.

Modes, each timed over all files in CPU time (``time.process_time``), on one
thread, with a split into stages:

``plain``      Image.open -> convert('RGB') -> np.asarray -> pdqhash.compute.
               Stages: decode (open + load + convert), array (np.asarray),
               hash (pdqhash.compute, including the binding's own float64
               grey conversion).
``draft``      the same with ``img.draft('RGB', (512, 512))`` before the
               convert: libjpeg's DCT-domain downscaled decode (a no-op for
               formats other than JPEG).
``reference``  (extra) ``plain`` plus the step the reference CLI
               (``pdq-photo-hasher``, ``pdq/cpp/io/pdqio.cpp``) takes before
               hashing: an image with a side over 512 is resized to exactly
               512x512 by CImg's default nearest-neighbour resize (source
               index ``floor(dst * W / 512)`` per axis, aspect ratio not
               kept). Only this mode gives the CLI's hashes bit for bit;
               ``plain`` hashes the full-size image and differs by a few bits
               on images larger than 512. Stage ``resize`` is that step.

Each file's hash is given as 64 lowercase hex digits, as the reference CLI
prints it (``Hash256::format``: word 15 first, most significant bit first).
The binding returns 256 bits already in that order (element 0 is the most
significant bit of the first hex digit), so the hex is ``np.packbits(bits)``;
``--check-conformance`` verifies this against the reference's own outputs.

Optionally (on by default, ``--no-digests`` to skip) the files' MD5, SHA-1
and SHA-256 are computed with hashlib in one pass over each file's bytes and
timed apart from the modes above.

Other uses:

    python3 bench/pdq_reference.py --check-conformance DIR [--json]

hashes the images listed in ``DIR/expected.tsv`` (``path``, ``pdq``,
``quality``; paths relative to ``DIR/images``) and, where present,
``DIR/dihedral.tsv`` (the eight dihedral hashes), and reports exact matches
and Hamming distances per mode. Exit status 0 when every PNG matches exactly
on the ``reference`` mode (hash, quality and dihedral hashes), else 1.

When pdqhash, Pillow or numpy cannot be imported, the script prints
``{"error": ..., "hint": "pip install -r bench/requirements.txt"}`` and exits
with status 3, so that the caller can skip the peer column. Usage errors exit
with status 2. A file that cannot be read or decoded does not stop the run:
its entry in ``results`` carries an ``errors`` object and it is left out of
the counts.

Only the standard library plus pdqhash, Pillow and numpy are used.
"""

import os

# One thread everywhere, set before numpy is imported. Pillow's JPEG decoder
# and the PDQ binding are single-threaded already; this is for numpy's BLAS.
for _var in (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "NUMEXPR_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "BLIS_NUM_THREADS",
):
    os.environ[_var] = "1"

import argparse
import hashlib
import json
import platform
import sys
import time

EXIT_USAGE = 2
EXIT_MISSING_DEPENDENCY = 3
REQUIREMENTS_HINT = "pip install -r bench/requirements.txt"

# Side the reference CLI resizes large images to (DOWNSAMPLE_DIMS in pdqio.cpp).
REFERENCE_RESIZE_SIDE = 512
# Size hint given to Image.draft in the draft mode.
DRAFT_SIZE = (512, 512)
# The reference's tolerance for lossy inputs of quality >= 80.
JPEG_TOLERANCE_BITS = 10
JPEG_TOLERANCE_MIN_QUALITY = 80

MODES = ("plain", "draft", "reference")
STAGES = {
    "plain": ("decode", "array", "hash"),
    "draft": ("decode", "array", "hash"),
    "reference": ("decode", "array", "resize", "hash"),
}

try:
    import numpy as np
    import pdqhash
    from PIL import Image, features
except ImportError as exc:  # pragma: no cover - exercised by the Rust side
    print(json.dumps({"error": f"cannot import {exc.name or exc}: {exc}", "hint": REQUIREMENTS_HINT}))
    sys.exit(EXIT_MISSING_DEPENDENCY)


# ----------------------------------------------------------------------------
# Hash helpers


def bits_to_hex(bits):
    """256 bits from pdqhash (most significant first) -> 64 lowercase hex digits."""
    return np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex()


def hamming(hex_a, hex_b):
    """Hamming distance between two 64-hex-digit PDQ hashes."""
    return bin(int(hex_a, 16) ^ int(hex_b, 16)).count("1")


def reference_resize(rgb):
    """The reference CLI's pre-step: CImg nearest-neighbour resize to 512x512
    of an image with a side over 512 (both sides, aspect ratio not kept)."""
    height, width = rgb.shape[:2]
    side = REFERENCE_RESIZE_SIDE
    if height <= side and width <= side:
        return rgb
    rows = np.arange(side) * height // side
    cols = np.arange(side) * width // side
    return rgb[rows[:, None], cols[None, :]]


def decode_rgb(path, draft):
    """Open, optionally draft, load and convert to RGB, as a Python user does."""
    img = Image.open(path)
    if draft:
        img.draft("RGB", DRAFT_SIZE)
    return img.convert("RGB")


# ----------------------------------------------------------------------------
# Benchmark


class StageClock:
    """Accumulates CPU and wall nanoseconds per stage."""

    def __init__(self, stages):
        self.cpu = dict.fromkeys(stages, 0)
        self.wall = dict.fromkeys(stages, 0)
        self._stage = None

    def start(self, stage):
        self._stage = stage
        self._cpu0 = time.process_time_ns()
        self._wall0 = time.perf_counter_ns()

    def stop(self):
        cpu = time.process_time_ns() - self._cpu0
        wall = time.perf_counter_ns() - self._wall0
        self.cpu[self._stage] += cpu
        self.wall[self._stage] += wall


def hash_one(path, mode, clock):
    """Runs one mode on one file, timing its stages on `clock`.

    Returns (hex, quality, (decoded_width, decoded_height))."""
    clock.start("decode")
    img = decode_rgb(path, draft=(mode == "draft"))
    clock.stop()

    clock.start("array")
    rgb = np.asarray(img)
    clock.stop()

    if mode == "reference":
        clock.start("resize")
        rgb = reference_resize(rgb)
        clock.stop()

    clock.start("hash")
    bits, quality = pdqhash.compute(rgb)
    clock.stop()
    return bits_to_hex(bits), int(quality), img.size


def run_mode(paths, mode, repeat, results):
    """Times one mode over all files, `repeat` times; fills `results`."""
    clock = StageClock(STAGES[mode])
    # Untimed warm-up on the first file: Pillow registers its plugins and the
    # binding and numpy fault their code in on first use.
    scratch = StageClock(STAGES[mode])
    for path in paths:
        try:
            hash_one(path, mode, scratch)
            break
        except Exception:  # noqa: BLE001 - reported below, per file
            continue

    hashed = 0
    cpu0, wall0 = time.process_time_ns(), time.perf_counter_ns()
    for _ in range(repeat):
        for path, entry in zip(paths, results):
            try:
                hex_hash, quality, size = hash_one(path, mode, clock)
            except Exception as exc:  # noqa: BLE001 - any decode failure
                entry.setdefault("errors", {})[mode] = f"{type(exc).__name__}: {exc}"
                continue
            hashed += 1
            previous = entry.get(mode)
            if previous is not None and previous["pdq"] != hex_hash:
                raise RuntimeError(f"{path}: {mode} hash differs between repeats")
            entry[mode] = {"pdq": hex_hash, "quality": quality, "decoded_size": list(size)}
    cpu_s = (time.process_time_ns() - cpu0) / 1e9
    wall_s = (time.perf_counter_ns() - wall0) / 1e9

    return {
        "images": hashed,
        "cpu_s": cpu_s,
        "wall_s": wall_s,
        "images_per_s": hashed / cpu_s if cpu_s > 0 else None,
        "ms_per_image": 1e3 * cpu_s / hashed if hashed else None,
        "stages_ms_per_image": {
            stage: (ns / 1e6 / hashed if hashed else None) for stage, ns in clock.cpu.items()
        },
        "stages_wall_ms_per_image": {
            stage: (ns / 1e6 / hashed if hashed else None) for stage, ns in clock.wall.items()
        },
    }


def run_digests(paths, repeat, results):
    """MD5 + SHA-1 + SHA-256 of each file in one pass, timed apart."""
    chunk = 1 << 20
    read_ns = digest_ns = 0
    total_bytes = 0
    cpu0, wall0 = time.process_time_ns(), time.perf_counter_ns()
    for _ in range(repeat):
        for path, entry in zip(paths, results):
            hashers = (hashlib.md5(), hashlib.sha1(), hashlib.sha256())
            try:
                with open(path, "rb") as handle:
                    while True:
                        t0 = time.process_time_ns()
                        block = handle.read(chunk)
                        t1 = time.process_time_ns()
                        read_ns += t1 - t0
                        if not block:
                            break
                        for hasher in hashers:
                            hasher.update(block)
                        digest_ns += time.process_time_ns() - t1
                        total_bytes += len(block)
            except OSError as exc:
                entry.setdefault("errors", {})["digests"] = str(exc)
                continue
            entry["md5"], entry["sha1"], entry["sha256"] = (h.hexdigest() for h in hashers)
    cpu_s = (time.process_time_ns() - cpu0) / 1e9
    wall_s = (time.perf_counter_ns() - wall0) / 1e9
    mb = total_bytes / 1e6
    return {
        "algorithms": ["md5", "sha1", "sha256"],
        "bytes": total_bytes,
        "cpu_s": cpu_s,
        "wall_s": wall_s,
        "read_cpu_s": read_ns / 1e9,
        "digest_cpu_s": digest_ns / 1e9,
        "mb_per_s": mb / cpu_s if cpu_s > 0 else None,
        "digest_only_mb_per_s": mb / (digest_ns / 1e9) if digest_ns > 0 else None,
    }


def distance_summary(results, mode_a, mode_b):
    dists = [
        hamming(e[mode_a]["pdq"], e[mode_b]["pdq"])
        for e in results
        if mode_a in e and mode_b in e
    ]
    if not dists:
        return None
    return {"files": len(dists), "mean": sum(dists) / len(dists), "max": max(dists)}


def versions():
    return {
        "python": platform.python_version(),
        "pdqhash": getattr(pdqhash, "__version__", None),
        "pillow": Image.__version__,
        "numpy": np.__version__,
        "libjpeg_turbo": features.version("libjpeg_turbo"),
    }


def benchmark(paths, repeat, modes, digests):
    results = []
    for path in paths:
        entry = {"path": path}
        try:
            entry["bytes"] = os.path.getsize(path)
            with Image.open(path) as img:
                entry["format"] = img.format
                entry["size"] = list(img.size)
        except Exception as exc:  # noqa: BLE001
            entry.setdefault("errors", {})["open"] = f"{type(exc).__name__}: {exc}"
        results.append(entry)

    out = {
        "tool": "pdqhash (Meta's reference PDQ, C++ via Cython) fed by Pillow",
        "versions": versions(),
        "threads": 1,
        "clock": "time.process_time (CPU time of this process)",
        "repeat": repeat,
        "files": len(paths),
        "hex_order": "reference CLI text form: 64 lowercase hex digits, most significant bit first",
        "modes": {},
    }
    for mode in modes:
        out["modes"][mode] = run_mode(paths, mode, repeat, results)

    distances = {}
    for i, mode_a in enumerate(modes):
        for mode_b in modes[i + 1 :]:
            distances[f"{mode_a}_vs_{mode_b}"] = distance_summary(results, mode_a, mode_b)
    out["distances"] = distances
    if digests:
        out["digests"] = run_digests(paths, repeat, results)
    out["results"] = results
    return out


def print_benchmark(report):
    print(f"pdqhash reference, {report['files']} files x {report['repeat']}, one thread, CPU time")
    for mode, m in report["modes"].items():
        stages = ", ".join(
            f"{s} {v:.1f}" for s, v in m["stages_ms_per_image"].items() if v is not None
        )
        rate = f"{m['images_per_s']:.2f}" if m["images_per_s"] else "-"
        ms = f"{m['ms_per_image']:.1f}" if m["ms_per_image"] else "-"
        print(f"  {mode:<9} {rate:>8} images/s  {ms:>8} ms/image  ({stages} ms)")
    for name, d in report["distances"].items():
        if d:
            print(f"  {name}: mean {d['mean']:.2f} bits, max {d['max']} over {d['files']} files")
    if "digests" in report:
        d = report["digests"]
        print(f"  digests md5+sha1+sha256: {d['mb_per_s']:.0f} MB/s incl. read over {d['bytes']} bytes")
    for e in report["results"]:
        hashes = "  ".join(f"{m}:{e[m]['pdq']},{e[m]['quality']}" for m in report["modes"] if m in e)
        print(f"  {e['path']}  {hashes}".rstrip())
        for where, err in e.get("errors", {}).items():
            print(f"    error ({where}): {err}")


# ----------------------------------------------------------------------------
# Conformance


def read_tsv(path):
    with open(path, encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        return [dict(zip(header, line.rstrip("\n").split("\t"))) for line in handle if line.strip()]


def check_conformance(directory):
    expected = read_tsv(os.path.join(directory, "expected.tsv"))
    dihedral_path = os.path.join(directory, "dihedral.tsv")
    dihedral = {row["path"]: row for row in read_tsv(dihedral_path)} if os.path.exists(dihedral_path) else {}
    dihedral_keys = (
        "pdq_orig", "pdq_rot90", "pdq_rot180", "pdq_rot270",
        "pdq_flipx", "pdq_flipy", "pdq_flipplus1", "pdq_flipminus1",
    )

    rows = []
    for row in expected:
        rel = row["path"]
        path = os.path.join(directory, "images", rel)
        kind = "png" if rel.lower().endswith(".png") else "lossy"
        item = {"path": rel, "kind": kind, "expected": row["pdq"], "expected_quality": int(row["quality"])}
        try:
            rgb = np.asarray(decode_rgb(path, draft=False))
            drafted = np.asarray(decode_rgb(path, draft=True))
            for mode, arr in (("plain", rgb), ("draft", drafted), ("reference", reference_resize(rgb))):
                bits, quality = pdqhash.compute(arr)
                hex_hash = bits_to_hex(bits)
                item[mode] = {
                    "pdq": hex_hash,
                    "quality": int(quality),
                    "distance": hamming(hex_hash, row["pdq"]),
                }
            if rel in dihedral:
                variants, _ = pdqhash.compute_dihedral(reference_resize(rgb))
                got = [bits_to_hex(v) for v in variants]
                want = [dihedral[rel][k] for k in dihedral_keys]
                item["dihedral_distances"] = [hamming(g, w) for g, w in zip(got, want)]
        except Exception as exc:  # noqa: BLE001
            item["error"] = f"{type(exc).__name__}: {exc}"
        rows.append(item)

    summary = {}
    for mode in MODES:
        per_kind = {}
        for kind in ("png", "lossy"):
            sel = [r for r in rows if r["kind"] == kind and mode in r]
            if not sel:
                continue
            dists = [r[mode]["distance"] for r in sel]
            good = [r for r in sel if r["expected_quality"] >= JPEG_TOLERANCE_MIN_QUALITY]
            per_kind[kind] = {
                "files": len(sel),
                "exact": sum(d == 0 for d in dists),
                "quality_equal": sum(r[mode]["quality"] == r["expected_quality"] for r in sel),
                "mean_distance": sum(dists) / len(dists),
                "max_distance": max(dists),
                f"within_{JPEG_TOLERANCE_BITS}_of_quality_ge_{JPEG_TOLERANCE_MIN_QUALITY}":
                    sum(r[mode]["distance"] <= JPEG_TOLERANCE_BITS for r in good),
                f"quality_ge_{JPEG_TOLERANCE_MIN_QUALITY}": len(good),
            }
        summary[mode] = per_kind

    dih = [r for r in rows if "dihedral_distances" in r]
    summary["dihedral_reference"] = {
        "files": len(dih),
        "all_eight_exact": sum(not any(r["dihedral_distances"]) for r in dih),
        "png_files": sum(r["kind"] == "png" for r in dih),
        "png_all_eight_exact": sum(r["kind"] == "png" and not any(r["dihedral_distances"]) for r in dih),
        "mean_distance": (sum(sum(r["dihedral_distances"]) for r in dih) / (8 * len(dih))) if dih else None,
    }

    pngs = [r for r in rows if r["kind"] == "png"]
    ok = all(
        "reference" in r
        and r["reference"]["distance"] == 0
        and r["reference"]["quality"] == r["expected_quality"]
        and not any(r.get("dihedral_distances", []))
        for r in pngs
    ) and not any("error" in r for r in rows)
    return {
        "directory": directory,
        "versions": versions(),
        "files": len(rows),
        "pngs_exact_on_reference_mode": ok,
        "summary": summary,
        "results": rows,
    }, ok


def print_conformance(report):
    print(f"PDQ conformance of pdqhash against {report['directory']} ({report['files']} files)")
    for mode in MODES:
        for kind, s in report["summary"][mode].items():
            print(
                f"  {mode:<9} {kind:<5}: {s['exact']}/{s['files']} exact, "
                f"quality equal {s['quality_equal']}/{s['files']}, "
                f"mean {s['mean_distance']:.2f} bits, max {s['max_distance']}"
            )
    d = report["summary"]["dihedral_reference"]
    if d["files"]:
        print(
            f"  dihedral (reference mode): all eight exact on {d['all_eight_exact']}/{d['files']} "
            f"(PNG {d['png_all_eight_exact']}/{d['png_files']}), mean {d['mean_distance']:.2f} bits"
        )
    for r in report["results"]:
        if "error" in r:
            print(f"  error {r['path']}: {r['error']}")
    verdict = "OK" if report["pngs_exact_on_reference_mode"] else "MISMATCH"
    print(f"  PNGs bit-identical on the reference mode: {verdict}")


# ----------------------------------------------------------------------------


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Reference PDQ (PyPI pdqhash fed by Pillow): timings and hashes for vilab's benchmark.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="images to hash")
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    parser.add_argument("--repeat", type=int, default=1, metavar="N", help="passes over the files per mode (default 1)")
    parser.add_argument(
        "--modes",
        default=",".join(MODES),
        help=f"comma-separated modes to time, from {','.join(MODES)} (default all)",
    )
    parser.add_argument("--no-digests", action="store_true", help="skip the hashlib MD5/SHA-1/SHA-256 pass")
    parser.add_argument("--pin-cpu", type=int, metavar="CPU", help="pin the process to this CPU (Linux)")
    parser.add_argument(
        "--check-conformance",
        metavar="DIR",
        help="compare with DIR/expected.tsv (and DIR/dihedral.tsv) on DIR/images instead of benchmarking",
    )
    args = parser.parse_args(argv)

    if args.pin_cpu is not None:
        os.sched_setaffinity(0, {args.pin_cpu})

    if args.check_conformance:
        report, ok = check_conformance(args.check_conformance)
        if args.json:
            print(json.dumps(report))
        else:
            print_conformance(report)
        return 0 if ok else 1

    modes = tuple(m for m in args.modes.split(",") if m)
    unknown = [m for m in modes if m not in MODES]
    if unknown or not modes:
        parser.error(f"unknown mode(s) {unknown}; choose from {','.join(MODES)}")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if not args.files:
        parser.error("no FILE given")

    report = benchmark(args.files, args.repeat, modes, digests=not args.no_digests)
    if args.json:
        print(json.dumps(report))
    else:
        print_benchmark(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
