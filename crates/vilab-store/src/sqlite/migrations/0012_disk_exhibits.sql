-- vilab schema version 11 (branch disk, issue 23): exhibits read from disk
-- images. Each occurrence may say where on the disk it lies (NULL for
-- folders), and each exhibit keeps a custody log: the image's acquisition
-- hashes and their verification, the volumes and file systems found, as
-- events appended by ingest and never changed.
-- See the doc comment of sqlite/migrations.rs.

ALTER TABLE occurrences ADD COLUMN disk_volume INTEGER;
ALTER TABLE occurrences ADD COLUMN disk_fs_ref INTEGER;
ALTER TABLE occurrences ADD COLUMN disk_allocation TEXT
    CHECK (disk_allocation IN ('allocated', 'deleted', 'carved'));
ALTER TABLE occurrences ADD COLUMN disk_offset INTEGER;
ALTER TABLE occurrences ADD COLUMN disk_metadata_offset INTEGER;

CREATE TABLE exhibit_custody (
    id          INTEGER PRIMARY KEY,
    exhibit_id  INTEGER NOT NULL REFERENCES exhibits(id),
    run_id      INTEGER REFERENCES ingest_runs(id),
    at          INTEGER NOT NULL,
    event       TEXT NOT NULL,
    details     TEXT NOT NULL
) STRICT;
CREATE INDEX exhibit_custody_exhibit ON exhibit_custody(exhibit_id);
