-- vilab schema version 6. Names are kept as their bytes (path_raw,
-- archive_key) beside the forms people read (path, archive_path); archive
-- members are keyed by their position in the archive as well as their name;
-- a place may hold several contents over time (a file edited between two
-- ingests); a ledger records which files are done; errors say whether they
-- are transient; runs can end 'incomplete' or be found 'aborted'; the ids of
-- law imports are never reused.
--
-- Rows of earlier versions are carried over here with placeholders that
-- keep them unique (the old text as bytes); the Rust step of this
-- migration (migrations.rs) then writes their archive keys and display forms.
-- Runs with foreign-key checks off, as SQLite's procedure for rebuilding a
-- table requires; `migrate` checks them before committing.

CREATE TABLE ingest_runs_v6 (
    id          INTEGER PRIMARY KEY,
    exhibit_id  INTEGER NOT NULL REFERENCES exhibits(id),
    started_at  INTEGER NOT NULL,
    finished_at INTEGER,
    status      TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'completed', 'incomplete', 'interrupted', 'failed', 'aborted')),
    counters    TEXT NOT NULL DEFAULT '{}',
    note        TEXT,
    source_path TEXT,
    lease       TEXT
) STRICT;
INSERT INTO ingest_runs_v6 (id, exhibit_id, started_at, finished_at, status, counters, note)
    SELECT id, exhibit_id, started_at, finished_at, status, counters, note FROM ingest_runs;
DROP TABLE ingest_runs;
ALTER TABLE ingest_runs_v6 RENAME TO ingest_runs;
CREATE INDEX ingest_runs_exhibit ON ingest_runs(exhibit_id);
CREATE INDEX ingest_runs_running ON ingest_runs(status) WHERE status = 'running';

CREATE TABLE occurrences_v6 (
    id           INTEGER PRIMARY KEY,
    media_id     INTEGER NOT NULL REFERENCES media(id),
    exhibit_id   INTEGER NOT NULL REFERENCES exhibits(id),
    path         TEXT NOT NULL,
    archive_path TEXT NOT NULL DEFAULT '',
    path_raw     BLOB NOT NULL,
    archive_key  BLOB NOT NULL DEFAULT x'',
    size         INTEGER NOT NULL,
    modified     INTEGER,
    accessed     INTEGER,
    created      INTEGER,
    run_id       INTEGER REFERENCES ingest_runs(id),
    notes        TEXT,
    UNIQUE (exhibit_id, path_raw, archive_key, media_id)
) STRICT;
INSERT INTO occurrences_v6
    (id, media_id, exhibit_id, path, archive_path, path_raw, archive_key, size, modified, accessed, created, run_id)
    SELECT id, media_id, exhibit_id, path, archive_path, CAST(path AS BLOB), CAST(archive_path AS BLOB),
           size, modified, accessed, created, run_id
    FROM occurrences;
DROP TABLE occurrences;
ALTER TABLE occurrences_v6 RENAME TO occurrences;
CREATE INDEX occurrences_media ON occurrences(media_id);

CREATE TABLE ingest_errors_v6 (
    id              INTEGER PRIMARY KEY,
    exhibit_id      INTEGER NOT NULL REFERENCES exhibits(id),
    path            TEXT NOT NULL,
    archive_path    TEXT NOT NULL DEFAULT '',
    path_raw        BLOB NOT NULL,
    archive_key     BLOB NOT NULL DEFAULT x'',
    stage           TEXT NOT NULL,
    reason          TEXT NOT NULL,
    sha256          BLOB CHECK (sha256 IS NULL OR length(sha256) = 32),
    run_id          INTEGER REFERENCES ingest_runs(id),
    transient       INTEGER NOT NULL DEFAULT 0 CHECK (transient IN (0, 1)),
    resolved_run_id INTEGER REFERENCES ingest_runs(id)
) STRICT;
-- Earlier read and store errors are taken as transient (so that a resumed
-- ingest retries their files), but for the three that describe the file
-- itself.
INSERT INTO ingest_errors_v6
    (id, exhibit_id, path, archive_path, path_raw, archive_key, stage, reason, sha256, run_id, transient)
    SELECT id, exhibit_id, path, archive_path, CAST(path AS BLOB), CAST(archive_path AS BLOB), stage, reason,
           sha256, run_id,
           stage IN ('read', 'store') AND reason NOT LIKE 'empty file%'
               AND reason NOT LIKE 'symbolic link to %' AND reason NOT LIKE 'not a regular file%'
    FROM ingest_errors;
DROP TABLE ingest_errors;
ALTER TABLE ingest_errors_v6 RENAME TO ingest_errors;
CREATE UNIQUE INDEX ingest_errors_key
    ON ingest_errors(exhibit_id, path_raw, archive_key, stage, COALESCE(sha256, x''));
CREATE INDEX ingest_errors_sha256 ON ingest_errors(sha256) WHERE sha256 IS NOT NULL;
CREATE INDEX ingest_errors_open ON ingest_errors(exhibit_id, path_raw) WHERE transient = 1 AND resolved_run_id IS NULL;

-- The files of an exhibit that an ingest finished: read whole, stored, and
-- with no transient error. A later run skips a file found here with the
-- same size and modification time; anything else it reads again.
CREATE TABLE ingest_files (
    id             INTEGER PRIMARY KEY,
    exhibit_id     INTEGER NOT NULL REFERENCES exhibits(id),
    path_raw       BLOB NOT NULL,
    size           INTEGER NOT NULL,
    modified       INTEGER,
    modified_nanos INTEGER,
    sha256         BLOB CHECK (sha256 IS NULL OR length(sha256) = 32),
    checked_at     INTEGER NOT NULL,
    run_id         INTEGER REFERENCES ingest_runs(id)
) STRICT;
CREATE INDEX ingest_files_path ON ingest_files(exhibit_id, path_raw);

-- Files of earlier versions count as done where they were recorded and no
-- transient error of theirs is open (their modification times were kept to
-- the second only).
INSERT INTO ingest_files (exhibit_id, path_raw, size, modified, sha256, checked_at, run_id)
    SELECT o.exhibit_id, o.path_raw, o.size, o.modified, m.sha256,
           COALESCE(r.started_at, m.first_seen_at), o.run_id
    FROM occurrences o
    JOIN media m ON m.id = o.media_id
    LEFT JOIN ingest_runs r ON r.id = o.run_id
    WHERE o.archive_key = x''
      AND NOT EXISTS (SELECT 1 FROM ingest_errors x
                      WHERE x.exhibit_id = o.exhibit_id AND x.path_raw = o.path_raw AND x.transient = 1);

-- An import's id names it for good (`vilab law imports remove ID`): ids of
-- removed imports are never given again.
CREATE TABLE law_imports_v6 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL,
    sha256      BLOB    NOT NULL CHECK (length(sha256) = 32),
    content     TEXT    NOT NULL,
    imported_at INTEGER NOT NULL
) STRICT;
INSERT INTO law_imports_v6 (id, name, sha256, content, imported_at)
    SELECT id, name, sha256, content, imported_at FROM law_imports;
DROP TABLE law_imports;
ALTER TABLE law_imports_v6 RENAME TO law_imports;
