### Why an ingest could not read, decode or store a file: one message per
### stable error code (vilab-core's IngestErrorCode). The library's own
### words, when one spoke, follow the message untranslated. Absent values
### come as empty text.

ingest-error-walk-failed = cannot walk this folder
# $target (text): where the link points, or empty.
ingest-error-symlink-not-followed = symbolic link not followed (it points to { $target })
ingest-error-not-a-regular-file = not a regular file (device, socket or pipe): not read
ingest-error-stat-failed = cannot read this file's size and times
ingest-error-open-failed = cannot open this file
ingest-error-read-failed = cannot read this file; it will be read again on the next run
# $bytes (number).
ingest-error-out-of-memory = out of memory for { $bytes } bytes; it will be read again on the next run
# $size, $declared (numbers).
ingest-error-longer-than-declared = { $size } bytes where { $declared } were declared: stored, not decoded
ingest-error-empty-file = empty file (0 bytes)
# $needed, $budget (numbers): bytes.
ingest-error-over-memory-budget = not decoded: it needs { $needed } bytes of memory, more than the ingest's whole memory budget of { $budget } bytes
# $size, $limit (numbers): bytes.
ingest-error-over-in-memory-limit = an image of { $size } bytes, over the in-memory limit of { $limit }: stored, not decoded
# $format (text): jpeg, png, ...
ingest-error-decode-failed = cannot decode this { $format } image
# $format (text).
ingest-error-decode-truncated = cannot decode this { $format } image: it is cut short
# $format (text).
ingest-error-no-image = cannot decode this { $format } file: it holds no image
# $format (text), $warnings (number).
ingest-error-decode-damaged =
    { $warnings ->
        [one] damaged { $format } data ({ $warnings } warning): hashed, but the picture is partly filled
       *[other] damaged { $format } data ({ $warnings } warnings): hashed, but the picture is partly filled
    }
# $format (text).
ingest-error-unsupported-format = { $format }: this build has no decoder for it; stored, not decoded
# $width, $height, $limit (numbers).
ingest-error-too-many-pixels = an image of { $width } x { $height } pixels, over the limit of { $limit } pixels: stored, not decoded
# $allocation (text: what needed the memory, in words), $needed, $allowed (numbers): bytes.
ingest-error-over-memory-grant = { $allocation } needs { $needed } bytes of memory, over the { $allowed } allowed: stored, not decoded
ingest-error-exif-unreadable = the EXIF data is malformed
ingest-error-thumbnail-failed = no thumbnail could be made
ingest-error-pdq-failed = no PDQ hash could be computed
ingest-error-store-failed = cannot write to the evidence store; it will be stored on the next run
ingest-error-out-of-space = the evidence store is out of space; free space and run the same command again
ingest-error-store-read-failed = cannot read the archive back from the evidence store
# $offset (number): a byte offset.
ingest-error-archive-read-failed = reading the archive failed near byte { $offset }
ingest-error-archive-unreadable = cannot open this zip archive
# $first, $second (text: entry numbers), $offset (number).
ingest-error-archive-entries-overlap = refused: entries { $first } and { $second } of this zip share data at byte { $offset } (a zip bomb)
# $offset (number), $disk (text).
ingest-error-archive-split = this zip is split over several files (its end record at byte { $offset } is on disk { $disk }): join the parts first
# $count, $limit (numbers).
ingest-error-archive-too-many-entries = this zip has { $count } entries or more, over the limit of { $limit }
# $size, $limit (numbers): bytes.
ingest-error-archive-directory-too-large = this zip's central directory is { $size } bytes, over the limit of { $limit }
# $limit (number): levels.
ingest-error-archive-too-deep = an archive nested deeper than { $limit } levels: recorded, not opened
# $size, $compressed, $limit (numbers).
ingest-error-archive-bomb-ratio = zip-bomb guard: { $size } bytes from { $compressed } compressed (a ratio over { $limit })
# $limit (number): bytes.
ingest-error-archive-bomb-expansion = zip-bomb guard: the archive expands past { $limit } bytes in all
# $entry (text): the entry number, or empty.
ingest-error-member-unreadable = zip entry { $entry } cannot be read
# $entry, $method (text).
ingest-error-member-unsupported-method = zip entry { $entry } is compressed with method { $method }, which vilab cannot decompress
# $entry (text).
ingest-error-member-encrypted = zip entry { $entry } is encrypted: stored, not decompressed
# $entry, $actual, $expected (text), $stored (number).
ingest-error-member-crc-mismatch = zip entry { $entry } has CRC-32 { $actual }, not the { $expected } declared: the { $stored } bytes read are stored as they came
# $entry (text), $actual, $expected, $stored (numbers).
ingest-error-member-shorter-than-declared = zip entry { $entry } gives { $actual } bytes, fewer than the { $expected } declared: the { $stored } bytes read are stored as they came
# $entry (text), $actual, $expected, $stored (numbers).
ingest-error-member-longer-than-declared = zip entry { $entry } gives at least { $actual } bytes, more than the { $expected } declared: the { $stored } bytes read are stored as they came
# $entry (text), $produced, $stored (numbers).
ingest-error-member-damaged = zip entry { $entry } has damaged or cut-short compressed data after { $produced } bytes: the { $stored } bytes read are stored as they came
ingest-error-legacy = recorded by an earlier vilab

## What needed memory, in `ingest-error-over-memory-grant`.

# $format (text).
ingest-allocation-decode = the { $format } decode
# $format (text).
ingest-allocation-conversion = the { $format } conversion to 8 bits
ingest-allocation-exif-parse = the EXIF parse
ingest-allocation-exif-copy = the EXIF copy
ingest-allocation-jpeg-output = the JPEG output
ingest-allocation-jpeg-coefficients = the JPEG coefficient buffer
