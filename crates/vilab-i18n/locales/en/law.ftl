### The legal matrix. Statutes are quoted as they are written, in the data,
### not here: these are vilab's own sentences.

# After `vilab law compare --output`. $path (text).
law-written = written: { $path }
# After `vilab law import`. $name (text), $id (text), $records (number),
# $replaced and $added (text: lists of "jurisdiction criterion", or the
# word of list-none).
law-imported = imported { $name } as import { $id }: { $records } sources, instruments and provisions; values replaced (the old ones kept in the history): { $replaced }; values added: { $added }
# `vilab law imports` in a lab with none.
law-no-imports = no imports: the matrix is the bundled facts alone

## Column headings of `vilab law imports`; the code aligns them.

law-imports-column-id = id
law-imports-column-imported-at = imported at
law-imports-column-bytes = bytes
law-imports-column-sha256 = sha256
law-imports-column-name = name

## Removing an import.

# An id the lab does not hold. $id (text); $ids (text: the ids it holds,
# comma-separated); $held (number): how many.
law-import-unknown =
    { $held ->
        [0] no law import with id { $id } in this lab (it has none; see `vilab law imports`)
       *[other] no law import with id { $id } in this lab (its imports: { $ids }; see `vilab law imports`)
    }
# A removal refused because a later import does not apply without it.
# $id, $name, $later, $later_name (text).
law-import-needed = import { $id } ({ $name }) is not removed: import { $later } ({ $later_name }) no longer applies without it; remove import { $later } first
# After a removal. $id, $name (text); $remaining (number): imports left;
# $ids (text): their ids, comma-separated.
law-import-removed =
    { $remaining ->
        [0] removed import { $id } ({ $name }); the matrix is now the bundled facts alone
        [1] removed import { $id } ({ $name }); the matrix now applies import { $ids } alone
       *[other] removed import { $id } ({ $name }); the matrix now applies imports { $ids } in that order
    }
