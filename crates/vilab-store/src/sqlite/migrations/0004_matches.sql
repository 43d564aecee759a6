-- What `vilab match` found for a case: each media item's matches against
-- hash-set entries (exact or PDQ) and against media of other cases (PDQ).
-- A derived table: a new match of the case replaces its rows. Reviewers'
-- decisions will live elsewhere and are never written here.
CREATE TABLE match_results (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases (id),
    media_id       INTEGER NOT NULL REFERENCES media (id),
    known_id       INTEGER REFERENCES known_hashes (id) ON DELETE CASCADE,
    other_media_id INTEGER REFERENCES media (id),
    method         TEXT    NOT NULL CHECK (method IN ('md5', 'sha1', 'sha256', 'pdq')),
    distance       INTEGER NOT NULL,
    dihedral       TEXT,
    matched_at     INTEGER NOT NULL,
    CHECK ((known_id IS NULL) <> (other_media_id IS NULL))
) STRICT;

CREATE INDEX match_results_case ON match_results (case_id, media_id);
CREATE INDEX known_hashes_pdq ON known_hashes (hashset_id) WHERE pdq IS NOT NULL;
