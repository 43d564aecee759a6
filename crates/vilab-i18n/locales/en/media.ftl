### Media items and the evidence store's check.

# $id (text): the item's row id.
media-heading = Media item { $id }
media-label-sha256 = SHA-256
media-label-md5 = MD5
media-label-sha1 = SHA-1
media-label-kind = kind
media-label-size = size
# $bytes (number).
media-bytes =
    { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }
media-label-pixels = pixels
media-label-pdq-quality = PDQ quality
# $symmetry (text): the symmetry's name, e.g. rotate90.
media-label-pdq = PDQ { $symmetry }
media-label-thumbnail = thumbnail
media-label-exif-make = camera make (EXIF)
media-label-exif-model = camera model (EXIF)
media-label-exif-body-serial = camera body serial (EXIF)
media-label-exif-lens-serial = lens serial (EXIF)
media-label-exif-taken = taken (camera time)
media-label-exif-offset = time offset (EXIF)
media-label-gps-latitude = GPS latitude
media-label-gps-longitude = GPS longitude
media-label-gps-altitude = GPS altitude (m)
media-label-exif-orientation = orientation (EXIF)
media-label-exif-software = software (EXIF)
# $count (number): places shown.
media-places =
    { $count ->
        [one] Found in { $count } place
       *[other] Found in { $count } places
    }
# $count (number): places in cases the reader may not see.
media-places-elsewhere =
    { $count ->
        [one] and in { $count } place in a case you are not a member of
       *[other] and in { $count } places in cases you are not a member of
    }
# $count (number).
media-errors =
    { $count ->
        [one] { $count } ingest error
       *[other] { $count } ingest errors
    }

verify-label-checked = blobs checked
verify-label-bytes = bytes hashed
# $checked, $total (numbers), $mb_per_second (number).
verify-progress = verify: { $checked }/{ $total } blobs, { $mb_per_second } MB/s
# $path (text), $expected, $actual (text: SHA-256 in hex).
verify-corrupt = CORRUPT  { $path }  expected { $expected }  actual { $actual }
# $path (text), $reason (text: the system's words).
verify-unreadable = UNREADABLE  { $path }  { $reason }
# $path (text).
verify-stray = STRAY  { $path }
# $sha256 (text).
verify-missing = MISSING  { $sha256 }
verify-stopped = (stopped before the end)

# --- Disk occurrences' file-system times (issue 23, diskfeat) ---
# $time (string): a UTC time, RFC 3339 (2025-01-02T03:04:06Z).
media-place-modified = modified { $time }
media-place-created = created { $time }
media-place-accessed = accessed { $time }
