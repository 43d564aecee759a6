### Ingest: reading an exhibit into the evidence store.

# After an interrupted ingest.
ingest-interrupted = Ingest interrupted: run the same command again to resume without duplicates.
# $count (number): files found in the exhibit.
ingest-files-found =
    { $count ->
        [one] Found { $count } file
       *[other] Found { $count } files
    }

## Labels of the ingest summary: the code aligns them and writes the value
## after each.

ingest-summary-heading = Ingest summary
ingest-label-files-found = files found
ingest-label-already-done = already ingested (skipped)
ingest-label-files-processed = files processed
ingest-label-contents = contents (with archive members)
ingest-label-new-media = new media items
ingest-label-new-occurrences = new occurrences
ingest-label-new-errors = new ingest errors
ingest-label-throughput = throughput
ingest-label-resolved-errors = earlier errors resolved
ingest-label-to-retry = files to retry

## Sentences.

# $count (number): files left to retry.
ingest-incomplete =
    { $count ->
        [one] Ingest INCOMPLETE: { $count } file could not be read or stored (see `vilab media errors`: a failing disk, a full evidence store, memory). Nothing of it is counted as done: fix the cause and run the same command again; it retries exactly that file.
       *[other] Ingest INCOMPLETE: { $count } files could not be read or stored (see `vilab media errors`: a failing disk, a full evidence store, memory). Nothing of them is counted as done: fix the cause and run the same command again; it retries exactly those files.
    }
# After a transient error that a later run resolved; the code puts a space
# before it. $run (text): the run's id.
ingest-resolved-by = (resolved by run { $run })
# $count (number): how many runs; $runs (text): their ids, comma-separated.
ingest-aborted-runs =
    { $count ->
        [one] note: ingest run { $runs } had been left running by a process that ended without finishing (a crash or a kill): marked aborted; run the same ingest again to resume
       *[other] note: ingest runs { $runs } had been left running by a process that ended without finishing (a crash or a kill): marked aborted; run the same ingest again to resume
    }

## Notes on an occurrence (a place where a content was found).

# $index (text): the entry number of the first member with that name.
ingest-note-duplicate-name = another member of this archive, entry { $index }, has the same name
ingest-note-local-name-differs = the member's local header gives another name

# $files_per_second, $mb_per_second, $seconds (numbers).
ingest-throughput = { $files_per_second } files/s, { $mb_per_second } MB/s ({ $seconds } s)

## Progress on standard error.

# $files_per_second, $mb_per_second (numbers), $eta (text), $errors, $members (numbers).
progress-ingest-bar =
    { $members ->
        [0] { $files_per_second } files/s  { $mb_per_second } MB/s  ETA { $eta }  errors { $errors }
       *[other] { $files_per_second } files/s  { $mb_per_second } MB/s  ETA { $eta }  errors { $errors }  archive members { $members }
    }
# $files, $files_total, $files_per_second, $mb_per_second, $errors, $members (numbers), $eta (text).
progress-ingest-line =
    { $members ->
        [0] progress: { $files }/{ $files_total } files, { $files_per_second } files/s, { $mb_per_second } MB/s, ETA { $eta }, errors { $errors }
       *[other] progress: { $files }/{ $files_total } files, { $files_per_second } files/s, { $mb_per_second } MB/s, ETA { $eta }, errors { $errors }, archive members { $members }
    }
# $left (text): a duration like 2m03s, or "-".
progress-eta = ETA { $left }
# $mb_per_second (number), $eta (text).
progress-file-bar = { $mb_per_second } MB/s  { $eta }
# $read_mb, $total_mb, $mb_per_second (numbers), $eta (text).
progress-file-line = progress: { $read_mb }/{ $total_mb } MB, { $mb_per_second } MB/s, { $eta }

## The stages of an ingest where an error can happen.

stage-read = read
stage-archive = archive
stage-decode = decode
stage-exif = EXIF
stage-store = store
