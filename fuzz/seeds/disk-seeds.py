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


# exFAT: 512-byte sectors and clusters; the FAT at sector 1, the heap at
# sector 2: cluster 2 the allocation bitmap, 3 the root directory, 4 a
# subdirectory, then files (one in two pieces by the FAT, one deleted).
def exfat_checksum(entries):
    s = 0
    for i, e in enumerate(entries):
        for j, b in enumerate(e):
            if i == 0 and j in (2, 3):
                continue
            s = ((0x8000 if s & 1 else 0) + (s >> 1) + b) & 0xFFFF
    return s


def exfat_set(name, first, length, contiguous=True, is_dir=False, deleted=False):
    units = name.encode("utf-16-le")
    n = (len(units) // 2 + 14) // 15
    f = bytearray(32)
    f[0], f[1] = 0x85, 1 + n
    struct.pack_into("<H", f, 4, 0x10 if is_dir else 0x20)
    stamp = (46 << 25) | (6 << 21) | (15 << 16) | (12 << 11)
    struct.pack_into("<III", f, 8, stamp, stamp, stamp)
    s = bytearray(32)
    s[0], s[1], s[3] = 0xC0, 1 | (2 if contiguous else 0), len(units) // 2
    struct.pack_into("<Q", s, 8, length)
    struct.pack_into("<IQ", s, 20, first, length)
    names = []
    for k in range(n):
        e = bytearray(32)
        e[0] = 0xC1
        piece = units[30 * k:30 * k + 30]
        e[2:2 + len(piece)] = piece
        names.append(e)
    entries = [f, s] + names
    struct.pack_into("<H", f, 2, exfat_checksum(entries))
    if deleted:
        for e in entries:
            e[0] &= 0x7F
    return b"".join(entries)


sector = 512
clusters = 24
boot = bytearray(512)
boot[0:3] = b"\xEB\x76\x90"
boot[3:11] = b"EXFAT   "
struct.pack_into("<QQIIIIIIHH", boot, 64, 0, 2 + clusters, 1, 1, 2, clusters, 3, 0x12345678, 0x100, 0)
boot[108], boot[109], boot[110], boot[111] = 9, 0, 1, 0x80
boot[510:512] = b"\x55\xAA"
fat = bytearray(512)
heap = bytearray(clusters * sector)


def put(c, data):
    heap[(c - 2) * sector:(c - 2) * sector + len(data)] = data


used = {2, 3, 4, 5, 6, 8}  # bitmap, root, dir, file (2 clusters), pieces 6 and 8
for c in (2, 3, 4):
    struct.pack_into("<I", fat, 4 * c, 0xFFFFFFFF)
struct.pack_into("<II", fat, 0, 0xFFFFFFF8, 0xFFFFFFFF)
struct.pack_into("<I", fat, 4 * 6, 8)
struct.pack_into("<I", fat, 4 * 8, 0xFFFFFFFF)
bitmap = bytearray(4)
for c in used:
    bitmap[(c - 2) // 8] |= 1 << ((c - 2) % 8)
put(2, bitmap)
label = bytearray(32)
label[0], label[1] = 0x83, 4
label[2:10] = "SEED".encode("utf-16-le")
bm = bytearray(32)
bm[0] = 0x81
struct.pack_into("<IQ", bm, 20, 2, 4)
root = bytes(label) + bytes(bm)
root += exfat_set("Photos", 4, 512, is_dir=True)
root += exfat_set("a contiguous file.txt", 5, 600)
root += exfat_set("gone.txt", 10, 300, deleted=True)
put(3, root)
put(4, exfat_set("in two pieces.bin", 6, 900, contiguous=False))
put(5, (b"contiguous " * 60)[:600])
put(6, b"\x01" * 512)
put(8, b"\x02" * 388)
put(10, b"deleted but still here " * 13)
with open(f"{seeds}/fat/exfat.img", "wb") as f:
    f.write(boot + fat + heap)


# ext2 (1 KiB blocks, one group, 16 inodes): blocks 1 superblock, 2 group
# descriptors, 3 block bitmap, 4 inode bitmap, 5-6 inode table, 7 root,
# 8 lost+found, 9 /dir, 10-12 /dir/three.bin (a file of three blocks),
# 13 /tiny.txt, 14 the deleted gone.txt (inode 15; its record in the
# slack of tiny.txt's, its block pointer kept, its block free).
BS, NBLOCKS, NINODES = 1024, 16, 16
img = bytearray(BS * NBLOCKS)


def blk(n):
    return n * BS


def dirents(entries, size=BS):
    out = bytearray()
    for k, (ino, name, ftype, rec) in enumerate(entries):
        name = name.encode()
        rec = rec or ((8 + len(name) + 3) // 4 * 4)
        if k == len(entries) - 1:
            rec = size - len(out)
        e = struct.pack("<IHBB", ino, rec, len(name), ftype) + name
        out += e + b"\0" * (rec - len(e))
    return out


used_blocks = list(range(1, 14))
free_blocks = NBLOCKS - 1 - len(used_blocks)
used_inodes = 14
sb = bytearray(1024)
struct.pack_into("<IIIIIIIIIII", sb, 0, NINODES, NBLOCKS, 0, free_blocks, NINODES - used_inodes, 1, 0, 0, 8192, 8192, NINODES)
struct.pack_into("<IIHhHHHHIIIIHH", sb, 44, 1700000000, 1700000000, 0, -1, 0xEF53, 1, 1, 0, 1700000000, 0, 0, 1, 0, 0)
struct.pack_into("<IHH", sb, 84, 11, 128, 0)
struct.pack_into("<III", sb, 92, 0, 0x2, 0)
sb[104:120] = bytes(range(16))
img[blk(1):blk(1) + 1024] = sb
gd = struct.pack("<IIIHHH", 3, 4, 5, free_blocks, NINODES - used_inodes, 3)
img[blk(2):blk(2) + len(gd)] = gd
bbm = bytearray(BS)
for b in used_blocks:
    bbm[(b - 1) // 8] |= 1 << ((b - 1) % 8)
for bit in range(NBLOCKS - 1, BS * 8):
    bbm[bit // 8] |= 1 << (bit % 8)
img[blk(3):blk(4)] = bbm
ibm = bytearray(BS)
for i in range(1, used_inodes + 1):
    ibm[(i - 1) // 8] |= 1 << ((i - 1) % 8)
for bit in range(NINODES, BS * 8):
    ibm[bit // 8] |= 1 << (bit % 8)
img[blk(4):blk(5)] = ibm


def inode(n, mode, size, links, blocks, dtime=0):
    raw = bytearray(128)
    struct.pack_into("<HHIIIIIHHI", raw, 0, mode, 0, size, 1700000000, 1700000000, 1700000000, dtime, 0, links, 2 * len(blocks))
    for k, b in enumerate(blocks):
        struct.pack_into("<I", raw, 40 + 4 * k, b)
    at = blk(5) + (n - 1) * 128
    img[at:at + 128] = raw


inode(2, 0o40755, BS, 4, [7])
inode(11, 0o40700, BS, 2, [8])
inode(12, 0o40755, BS, 2, [9])
inode(13, 0o100644, 3000, 1, [10, 11, 12])
inode(14, 0o100644, 5, 1, [13])
inode(15, 0o100644, 4, 0, [14], dtime=1700000001)
root = dirents([(2, ".", 2, 0), (2, "..", 2, 0), (11, "lost+found", 2, 0), (12, "dir", 2, 0), (14, "tiny.txt", 1, 0)])
# gone.txt's record, as removing it left it: in the slack of tiny.txt's.
at = root.index(b"tiny.txt") + 8
root[at:at + 16] = struct.pack("<IHBB", 15, 16, 8, 1) + b"gone.txt"
img[blk(7):blk(8)] = root
img[blk(8):blk(9)] = dirents([(11, ".", 2, 0), (2, "..", 2, 0)])
img[blk(9):blk(10)] = dirents([(12, ".", 2, 0), (2, "..", 2, 0), (13, "three.bin", 1, 0)])
img[blk(10):blk(10) + 3000] = (b"three blocks " * 240)[:3000]
img[blk(13):blk(13) + 5] = b"hello"
img[blk(14):blk(14) + 4] = b"gone"
with open(f"{seeds}/fat/ext2.img", "wb") as f:
    f.write(img)
