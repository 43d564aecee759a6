-- Hash sets of known material (`vilab hashset import`) and their entries.
-- Digests are BLOBs as in `media`; the partial indexes make matching a
-- case against every set a join.
CREATE TABLE hashsets (
    id            INTEGER PRIMARY KEY,
    uid           TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    profile       TEXT    NOT NULL,
    format        TEXT    NOT NULL,
    source_sha256 BLOB    NOT NULL CHECK (length(source_sha256) = 32),
    imported_at   INTEGER NOT NULL,
    entries       INTEGER NOT NULL
) STRICT;

CREATE TABLE known_hashes (
    id                  INTEGER PRIMARY KEY,
    hashset_id          INTEGER NOT NULL REFERENCES hashsets (id) ON DELETE CASCADE,
    media_id            INTEGER,
    md5                 BLOB CHECK (md5 IS NULL OR length(md5) = 16),
    sha1                BLOB CHECK (sha1 IS NULL OR length(sha1) = 20),
    sha256              BLOB CHECK (sha256 IS NULL OR length(sha256) = 32),
    pdq                 BLOB CHECK (pdq IS NULL OR length(pdq) = 32),
    photodna            BLOB CHECK (photodna IS NULL OR length(photodna) = 144),
    category            INTEGER,
    series              TEXT,
    victim_identified   INTEGER,
    offender_identified INTEGER,
    is_distributed      INTEGER,
    is_precategorized   INTEGER,
    comments            TEXT,
    tags                TEXT,
    size                INTEGER,
    case_index          INTEGER,
    UNIQUE (hashset_id, media_id)
) STRICT;

CREATE INDEX known_hashes_md5 ON known_hashes (md5) WHERE md5 IS NOT NULL;
CREATE INDEX known_hashes_sha1 ON known_hashes (sha1) WHERE sha1 IS NOT NULL;
CREATE INDEX known_hashes_sha256 ON known_hashes (sha256) WHERE sha256 IS NOT NULL;
CREATE INDEX known_hashes_set ON known_hashes (hashset_id);
