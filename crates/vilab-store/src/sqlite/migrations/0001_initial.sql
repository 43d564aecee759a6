-- vilab schema version 1. See the doc comment of sqlite/migrations.rs.

CREATE TABLE lab_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL,
    created_at    INTEGER NOT NULL
) STRICT;

CREATE TABLE cases (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE exhibits (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    uid         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL COLLATE NOCASE,
    source_path TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (case_id, name)
) STRICT;

CREATE TABLE ingest_runs (
    id          INTEGER PRIMARY KEY,
    exhibit_id  INTEGER NOT NULL REFERENCES exhibits(id),
    started_at  INTEGER NOT NULL,
    finished_at INTEGER,
    status      TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'completed', 'interrupted', 'failed')),
    counters    TEXT NOT NULL DEFAULT '{}',
    note        TEXT
) STRICT;
CREATE INDEX ingest_runs_exhibit ON ingest_runs(exhibit_id);

CREATE TABLE media (
    id                        INTEGER PRIMARY KEY,
    sha256                    BLOB NOT NULL UNIQUE CHECK (length(sha256) = 32),
    md5                       BLOB NOT NULL CHECK (length(md5) = 16),
    sha1                      BLOB NOT NULL CHECK (length(sha1) = 20),
    size                      INTEGER NOT NULL,
    kind                      TEXT NOT NULL,
    width                     INTEGER,
    height                    INTEGER,
    pdq                       BLOB CHECK (pdq IS NULL OR length(pdq) = 32),
    pdq_quality               INTEGER,
    pdq_dihedral              BLOB CHECK (pdq_dihedral IS NULL OR length(pdq_dihedral) = 256),
    has_exif                  INTEGER NOT NULL DEFAULT 0,
    exif_make                 TEXT,
    exif_model                TEXT,
    exif_body_serial          TEXT,
    exif_lens_serial          TEXT,
    exif_datetime_original    TEXT,
    exif_offset_time_original TEXT,
    gps_lat                   REAL,
    gps_lon                   REAL,
    gps_alt                   REAL,
    exif_orientation          INTEGER,
    exif_software             TEXT,
    thumbnail_sha256          BLOB CHECK (thumbnail_sha256 IS NULL OR length(thumbnail_sha256) = 32),
    first_seen_at             INTEGER NOT NULL
) STRICT;
CREATE INDEX media_md5 ON media(md5);
CREATE INDEX media_sha1 ON media(sha1);

CREATE TABLE occurrences (
    id           INTEGER PRIMARY KEY,
    media_id     INTEGER NOT NULL REFERENCES media(id),
    exhibit_id   INTEGER NOT NULL REFERENCES exhibits(id),
    path         TEXT NOT NULL,
    archive_path TEXT NOT NULL DEFAULT '',
    size         INTEGER NOT NULL,
    modified     INTEGER,
    accessed     INTEGER,
    created      INTEGER,
    run_id       INTEGER REFERENCES ingest_runs(id),
    UNIQUE (exhibit_id, path, archive_path)
) STRICT;
CREATE INDEX occurrences_media ON occurrences(media_id);

CREATE TABLE ingest_errors (
    id           INTEGER PRIMARY KEY,
    exhibit_id   INTEGER NOT NULL REFERENCES exhibits(id),
    path         TEXT NOT NULL,
    archive_path TEXT NOT NULL DEFAULT '',
    stage        TEXT NOT NULL,
    reason       TEXT NOT NULL,
    sha256       BLOB CHECK (sha256 IS NULL OR length(sha256) = 32),
    run_id       INTEGER REFERENCES ingest_runs(id),
    UNIQUE (exhibit_id, path, archive_path, stage)
) STRICT;
CREATE INDEX ingest_errors_sha256 ON ingest_errors(sha256) WHERE sha256 IS NOT NULL;
