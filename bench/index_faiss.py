#!/usr/bin/env python3
"""FAISS binary indexes on the same codes and lookups as `vilab bench index`.

The Rust command writes the data set to a folder and runs:

    python3 bench/index_faiss.py --dir DIR --radius 31 [--indexes flat,mh16x16,mh8x32]
                                 [--max-seconds 60]

Files in DIR (written by the Rust side, little-endian):

``codes.bin``    N x 32 bytes: the stored codes (row i is id i).
``queries.bin``  Q x 8 x 32 bytes: each lookup's eight dihedral probes.
``planted.bin``  Q x 4 uint32: planted id, its distance, the variant it was
                 planted from, decoy id (the decoy is 32-40 bits away).

Hamming distance does not depend on the order of bits, so FAISS gets the
codes' bytes as they are.

For each index, one at a time (so that only one is resident): build it with
``add`` on one thread (``faiss.omp_set_num_threads(1)``) and time it; take
the growth of VmRSS as its memory; then run lookups on one thread, in CPU
time (``time.process_time``), one ``range_search`` over the 8 probes per
lookup, with radius ``r + 1`` because FAISS's binary range search keeps
``distance < radius``. Lookups stop after ``--max-seconds`` of CPU (at least
three are run), so a slow index measures fewer lookups; lookups/s stays
comparable. Recall: the planted neighbour found at its distance; decoys
returned are counted.

Indexes:

``flat``     IndexBinaryFlat: brute force.
``mh16x16``  IndexBinaryMultiHash(256, 16, 16), nflip 1: exact at r <= 31,
             as Meta's HMA uses it.
``mh8x32``   IndexBinaryMultiHash(256, 8, 32), nflip 3: exact at r <= 31.

Prints one JSON object on stdout. Without faiss it prints
``{"error": ..., "hint": ...}`` and exits with status 3.
"""

import argparse
import ctypes
import gc
import json
import os
import sys
import time

HINT = "pip install -r bench/requirements.txt"

try:
    import faiss
    import numpy as np
except ImportError as exc:  # the caller shows the hint and skips the column
    print(json.dumps({"error": f"cannot import {exc.name or exc}: {exc}", "hint": HINT}))
    sys.exit(3)


def rss_bytes():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def make(name, dim=256):
    if name == "flat":
        return faiss.IndexBinaryFlat(dim)
    if name == "mh16x16":
        index = faiss.IndexBinaryMultiHash(dim, 16, 16)
        index.nflip = 1
        return index
    if name == "mh8x32":
        index = faiss.IndexBinaryMultiHash(dim, 8, 32)
        index.nflip = 3
        return index
    raise SystemExit(f"unknown index {name}")


def measure(name, codes, queries, planted, radius, max_seconds):
    base = rss_bytes()
    wall = time.perf_counter()
    cpu = time.process_time()
    index = make(name)
    index.add(codes)
    build_cpu = time.process_time() - cpu
    build_wall = time.perf_counter() - wall
    grown = rss_bytes() - base
    n = codes.shape[0]

    found = decoys = done = 0
    cpu = time.process_time()
    for q in range(queries.shape[0]):
        lims, dist, ids = index.range_search(queries[q], radius + 1)
        pid, pdist, pvar, decoy = (int(x) for x in planted[q])
        row = ids[lims[pvar]:lims[pvar + 1]]
        drow = dist[lims[pvar]:lims[pvar + 1]]
        hit = np.nonzero(row == pid)[0]
        if hit.size and int(drow[hit[0]]) == pdist:
            found += 1
        if (ids == decoy).any():
            decoys += 1
        done += 1
        if done >= 3 and time.process_time() - cpu > max_seconds:
            break
    lookup_cpu = time.process_time() - cpu
    del index
    # Hand the freed memory back, so that the next index's RSS growth is its own.
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except OSError:
        pass
    return {
        "name": name,
        "build_wall_s": build_wall,
        "build_cpu_s": build_cpu,
        "rss_bytes_per_hash": grown / n,
        "lookups": done,
        "lookups_per_s": done / lookup_cpu,
        "recall": found / done,
        "decoys_returned": decoys,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", required=True)
    ap.add_argument("--radius", type=int, default=31)
    ap.add_argument("--indexes", default="flat,mh16x16,mh8x32")
    ap.add_argument("--max-seconds", type=float, default=60.0)
    args = ap.parse_args()
    faiss.omp_set_num_threads(1)
    codes = np.fromfile(os.path.join(args.dir, "codes.bin"), dtype=np.uint8).reshape(-1, 32)
    queries = np.fromfile(os.path.join(args.dir, "queries.bin"), dtype=np.uint8).reshape(-1, 8, 32)
    planted = np.fromfile(os.path.join(args.dir, "planted.bin"), dtype="<u4").reshape(-1, 4)
    results = []
    for name in args.indexes.split(","):
        print(f"index_faiss.py: {name} on {codes.shape[0]} codes", file=sys.stderr, flush=True)
        results.append(measure(name, codes, queries, planted, args.radius, args.max_seconds))
    print(json.dumps({"faiss": faiss.__version__, "numpy": np.__version__, "indexes": results}))


if __name__ == "__main__":
    main()
