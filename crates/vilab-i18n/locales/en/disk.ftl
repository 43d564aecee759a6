### Seized disks (issue 23): why a disk image could not be read in
### part, and what `vilab exhibit show` says of an exhibit read from one.
### The library's own words, when one spoke, follow the message
### untranslated.
# $offset (number): a byte offset in the image.
ingest-error-disk-image-unreadable = cannot read the disk image at byte { $offset }
ingest-error-disk-partition-table = the partition table is damaged; what could be read is used
# $volume (number).
ingest-error-disk-no-file-system = volume { $volume } holds no file system vilab can read: its space is carved instead
# $volume (number).
ingest-error-disk-file-system-damaged = the file system of volume { $volume } is damaged here; the rest of it is read
ingest-error-disk-content-partial = sparse, compressed or encrypted on the disk: the bytes stored are not the whole content

## Errors of the application layer (vilab-lab's code table).

# $file (text).
error-disk-image-unreadable = Cannot open { $file } as a disk image.
# $exhibit (text).
error-exhibit-not-found = No exhibit { $exhibit } in the cases you may see.
# $exhibit, $cases (text).
error-exhibit-ambiguous = Several cases hold an exhibit { $exhibit } ({ $cases }): say which with --case.

## `vilab exhibit show` and the image check of `vilab ingest`.

# $exhibit, $case, $uid (text).
exhibit-heading = Exhibit { $exhibit } of case { $case } (uid { $uid })
exhibit-label-source = read from
exhibit-label-container = image container
exhibit-label-size = image size (bytes)
exhibit-label-stored-md5 = MD5 stored in the image
exhibit-label-stored-sha1 = SHA-1 stored in the image
exhibit-label-md5 = MD5 of a full read
exhibit-label-sha1 = SHA-1 of a full read
exhibit-label-sha256 = SHA-256 of a full read
exhibit-label-verification = verification
exhibit-verification-verified = verified: the hashes stored in the image match a full read
exhibit-verification-mismatch = MISMATCH: a full read does not give the hashes stored in the image
exhibit-verification-not-stored = the image stores no hash; the hashes above record this read
exhibit-verification-unreadable = the image could not be read to its end
exhibit-verification-interrupted = stopped before the end; the next ingest checks the image again
exhibit-no-image = not a disk image: no acquisition hashes
exhibit-label-scheme = partition table
# $index, $entry, $start, $end, $fs (text); $allocated, $deleted, $carved, $errors (text: counts).
exhibit-volume = volume { $index } ({ $entry }), bytes { $start } to { $end }, file system { $fs }: { $allocated } allocated, { $deleted } deleted, { $carved } carved, { $errors } errors
exhibit-no-fs = none found
exhibit-label-counts = files found
# $allocated, $deleted, $carved (text: counts).
exhibit-counts = { $allocated } allocated, { $deleted } deleted, { $carved } carved
exhibit-label-errors = open errors
# $mb_per_second, $eta (text).
progress-image = checking the image: { $mb_per_second } MB/s, { $eta } left
# $mb, $total, $mb_per_second, $eta (text).
progress-image-line = checking the image: { $mb } of { $total } MB, { $mb_per_second } MB/s, { $eta } left

# --- onepass: the space outside every partition (issue 23) ---
exhibit-outside = outside every partition: { $bytes } bytes searched, { $carved } carved, { $errors } errors
