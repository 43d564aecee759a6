#!/usr/bin/env python3
"""Seeds of vilab-disk's fuzz targets that no Debian tool writes the same
way twice: an EWF-E01 segment (ewfacquire stamps the time into it), laid
out section by section after libewf's documentation of the format, and a
carving input (the analyze target's generated pictures at sector starts,
with bytes of a fixed pattern between them). Run by regenerate.sh."""
import hashlib
import os
import struct
import sys
import zlib

seeds = sys.argv[1]


def section(kind, body, at, last=False):
    size = 76 + len(body)
    d = kind.ljust(16, b"\0") + struct.pack("<QQ", at if last else at + size, 0 if last else size) + b"\0" * 40
    return d + struct.pack("<I", zlib.adler32(d)) + body


def e01(media, chunk, compress):
    out = b"EVF\x09\x0d\x0a\xff\x00\x01" + struct.pack("<H", 1) + b"\0\0"
    chunks = [media[i:i + chunk] for i in range(0, len(media), chunk)]
    vol = struct.pack("<B3xIIIQ", 1, len(chunks), chunk // 512, 512, len(media) // 512).ljust(1048, b"\0")
    out += section(b"volume", vol + struct.pack("<I", zlib.adler32(vol)), len(out))
    sectors_at = len(out)
    data, entries = b"", []
    for i, c in enumerate(chunks):
        rel = 76 + len(data)
        if compress[i % len(compress)]:
            entries.append(rel | 0x80000000)
            data += zlib.compress(c, 9)
        else:
            entries.append(rel)
            data += c + struct.pack("<I", zlib.adler32(c))
    out += section(b"sectors", data, sectors_at)
    head = struct.pack("<I4xQ4x", len(entries), sectors_at)
    table = head + struct.pack("<I", zlib.adler32(head))
    ent = struct.pack("<%dI" % len(entries), *entries)
    table += ent + struct.pack("<I", zlib.adler32(ent))
    out += section(b"table", table, len(out))
    out += section(b"table2", table, len(out))
    md5 = hashlib.md5(media).digest()
    digest = md5 + hashlib.sha1(media).digest() + b"\0" * 40
    out += section(b"digest", digest + struct.pack("<I", zlib.adler32(digest)), len(out))
    h = md5 + b"\0" * 16
    out += section(b"hash", h + struct.pack("<I", zlib.adler32(h)), len(out))
    out += section(b"done", b"", len(out), last=True)
    return out


media = (b"vilab fuzz seed; generated. " * 200)[:4096] + bytes((i * 7 + i // 13) & 0xFF for i in range(4096))
os.makedirs(f"{seeds}/ewf", exist_ok=True)
with open(f"{seeds}/ewf/compressed-and-raw.E01", "wb") as f:
    f.write(e01(media, 4096, [True, False]))
with open(f"{seeds}/ewf/raw-chunks.E01", "wb") as f:
    f.write(e01(media[:6144], 2048, [False]))

# Carving: small pictures at 512-byte boundaries, a pattern between.
pictures = ["png-rgb.png", "gif.gif", "bmp.bmp", "webp-lossless.webp", "jpeg-444-odd.jpg"]
blob = b""
for name in pictures:
    path = f"{seeds}/analyze/{name}"
    if not os.path.exists(path):
        continue
    with open(path, "rb") as f:
        data = f.read()
    if len(blob) + len(data) > 15000:
        continue
    blob += data
    blob += bytes((i * 31) & 0xFF for i in range(-len(blob) % 512))
os.makedirs(f"{seeds}/carve", exist_ok=True)
with open(f"{seeds}/carve/pictures.bin", "wb") as f:
    f.write(blob)
mp4 = struct.pack(">I", 24) + b"ftypisom\0\0\x02\0isomiso2"
mp4 += struct.pack(">I", 8 + 8 + 32) + b"moov" + struct.pack(">I", 8 + 32) + b"mvhd" + bytes(range(32))
mp4 += struct.pack(">I", 8 + 100) + b"mdat" + bytes((i * 13) & 0xFF for i in range(100))
with open(f"{seeds}/carve/mp4.bin", "wb") as f:
    f.write(mp4 + b"\0" * 20)
