### The evidence store: verification, repair, clean-up.

# After a clean verify.
store-verify-clean = Evidence store verified: every blob matches its SHA-256.
# After a verify that found problems; the problems follow, one a line.
store-verify-problems = EVIDENCE STORE PROBLEMS FOUND:
# How to restore a lost content from its original; the code indents it and
# builds $command (a shell command, never translated). $sha256, $case,
# $exhibit, $place (text).
store-repair-hint = REPAIR   { $sha256 } was found in case '{ $case }', exhibit '{ $exhibit }', at { $place }: to restore it, ingest the original again with --repair: { $command }
# Temporary files of dead writers, removed. $count (number): files;
# $bytes (number): their size.
store-stale-temps =
    { $count ->
        [one] removed { $count } temporary file of { $bytes } bytes left by a write that never finished (a crash or a kill)
       *[other] removed { $count } temporary files of { $bytes } bytes left by writes that never finished (a crash or a kill)
    }
# $path (text), $reason (text: the system's error, untranslated).
store-stale-temp-failed = could not remove { $path }: { $reason }
