-- Digest lookups into hash sets move from indexes on `known_hashes` to
-- tables of their own, each clustered on (digest, entry). An index on the
-- entries table is updated in file order, that is in random digest order:
-- once the index outgrows the page cache every insert is a cache miss, and
-- a 4-million-entry import ran at 37,000 entries/s. These tables are filled
-- by each import in one sorted pass (`INSERT … SELECT … ORDER BY`, SQLite's
-- external sorter), which touches each page once. The store keeps them in
-- step with `known_hashes` on import and removal.
--
-- Each entry is looked up by its strongest digest only (SHA-256, else
-- SHA-1, else MD5): a case's media always have all three, so one lookup
-- finds the entry, and the match then requires every digest the entry
-- gives to agree (an MD5 collision is not a match). One row per entry
-- instead of two or three halves the sorting an import does.
DROP INDEX known_hashes_md5;
DROP INDEX known_hashes_sha1;
DROP INDEX known_hashes_sha256;
-- The UNIQUE (hashset_id, media_id) index already serves lookups by set;
-- the PDQ index of version 4 served no query (the index of PDQs is read
-- by a scan of the table in id order).
DROP INDEX known_hashes_set;
DROP INDEX known_hashes_pdq;

CREATE TABLE known_md5 (
    digest   BLOB    NOT NULL,
    known_id INTEGER NOT NULL,
    PRIMARY KEY (digest, known_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE known_sha1 (
    digest   BLOB    NOT NULL,
    known_id INTEGER NOT NULL,
    PRIMARY KEY (digest, known_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE known_sha256 (
    digest   BLOB    NOT NULL,
    known_id INTEGER NOT NULL,
    PRIMARY KEY (digest, known_id)
) STRICT, WITHOUT ROWID;

INSERT INTO known_sha256 (digest, known_id)
    SELECT sha256, id FROM known_hashes WHERE sha256 IS NOT NULL ORDER BY sha256, id;
INSERT INTO known_sha1 (digest, known_id)
    SELECT sha1, id FROM known_hashes WHERE sha256 IS NULL AND sha1 IS NOT NULL ORDER BY sha1, id;
INSERT INTO known_md5 (digest, known_id)
    SELECT md5, id FROM known_hashes WHERE sha256 IS NULL AND sha1 IS NULL AND md5 IS NOT NULL ORDER BY md5, id;

-- Removing a set deletes its entries, and each deleted entry cascades to
-- the matches that name it: without this index every one of those deletes
-- would scan `match_results`.
CREATE INDEX match_results_known ON match_results (known_id) WHERE known_id IS NOT NULL;
