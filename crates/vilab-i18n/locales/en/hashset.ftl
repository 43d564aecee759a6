### Hash sets: importing lists of known material's digests.

# A hash-set import stopped by Ctrl-C.
hashset-import-interrupted = import stopped by Ctrl-C; nothing of it was stored, run the same command again
# Progress once the whole file is read and the import is being committed.
hashset-import-finishing = file read; indexing digests and committing
# After `vilab hashset import`. $name, $profile, $format (text);
# $entries (number).
hashset-imported =
    { $entries ->
        [one] imported hash set { $name } ({ $entries } entry, profile { $profile }, format { $format })
       *[other] imported hash set { $name } ({ $entries } entries, profile { $profile }, format { $format })
    }
