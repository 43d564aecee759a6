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

hashset-label-name = name
hashset-label-entries = entries
hashset-label-profile = category profile
hashset-label-format = format
hashset-label-uid = uid
hashset-label-source = SHA-256 of the file imported
hashset-label-imported = imported
# $records (number), $file (text).
hashset-exported =
    { $records ->
        [one] exported { $records } item to { $file }
       *[other] exported { $records } items to { $file }
    }
# $name (text), $entries (number).
hashset-removed =
    { $entries ->
        [one] removed hash set { $name } ({ $entries } entry)
       *[other] removed hash set { $name } ({ $entries } entries)
    }
