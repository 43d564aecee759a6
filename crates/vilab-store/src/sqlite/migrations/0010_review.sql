-- vilab schema version 10: the review lab. The review index (one row per
-- media item of a case, with the columns the grid filters on, kept in step
-- by ingest, matching and review), the cameras it groups by, the
-- reviewers' decisions (append-only), per-account settings, and series.
-- See the doc comment of sqlite/migrations.rs.

-- Every distinct camera EXIF names, make + model + body serial ('' where
-- absent), so that the grid filters and groups by one integer.
CREATE TABLE cameras (
    id          INTEGER PRIMARY KEY,
    make        TEXT NOT NULL,
    model       TEXT NOT NULL,
    body_serial TEXT NOT NULL,
    UNIQUE (make, model, body_serial)
) STRICT;

-- One row per media item of a case. Derived: ingest inserts a row with the
-- item's first exhibit, its position (copied from media, for the map), the folder of its first place there (the path up to
-- its last '/', on the disk: archive members group under their archive's
-- folder) and its EXIF leads; matching sets the triage and
-- the strongest match's proposal; decisions set `decided`, `conflict` and
-- `follow_up` by vilab_core::review's rule. Every filter of the grid has
-- an index that starts with the case and ends with the media id, so a page
-- is a range scan in keyset order (the media id), never a count.
CREATE TABLE review_items (
    case_id          INTEGER NOT NULL REFERENCES cases(id),
    media_id         INTEGER NOT NULL REFERENCES media(id),
    exhibit_id       INTEGER NOT NULL REFERENCES exhibits(id),
    folder           TEXT NOT NULL,
    triage           TEXT CHECK (triage IN ('known', 'near_known', 'new')),
    proposed_profile TEXT,
    proposed         INTEGER,
    hashset          TEXT,
    decided_profile  TEXT,
    decided          INTEGER,
    conflict         INTEGER NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1)),
    follow_up        INTEGER NOT NULL DEFAULT 0 CHECK (follow_up IN (0, 1)),
    taken            TEXT,
    has_gps          INTEGER NOT NULL DEFAULT 0 CHECK (has_gps IN (0, 1)),
    lat              REAL,
    lon              REAL,
    camera_id        INTEGER REFERENCES cameras(id),
    PRIMARY KEY (case_id, media_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX review_items_triage   ON review_items(case_id, triage, media_id);
CREATE INDEX review_items_proposed ON review_items(case_id, proposed, media_id);
CREATE INDEX review_items_decided  ON review_items(case_id, decided, media_id);
CREATE INDEX review_items_hashset  ON review_items(case_id, hashset, media_id);
CREATE INDEX review_items_camera   ON review_items(case_id, camera_id, media_id);
CREATE INDEX review_items_taken    ON review_items(case_id, taken, media_id);
CREATE INDEX review_items_exhibit  ON review_items(case_id, exhibit_id, media_id);
CREATE INDEX review_items_folder   ON review_items(case_id, folder, media_id);
CREATE INDEX review_items_gps      ON review_items(case_id, has_gps, media_id);
-- The map reads positions from this index alone (it holds the media id too).
CREATE INDEX review_items_geo      ON review_items(case_id, lat, lon) WHERE lat IS NOT NULL;
CREATE INDEX review_items_media    ON review_items(media_id);

-- What reviewers decided, never changed or deleted: a decision sets a
-- category of a profile (`category`, NULL for "follow up" alone), or
-- retracts an earlier one of the same reviewer (`retracts`: the undo). An
-- item's reviewer's current decision is their latest that is not
-- retracted. Proposals from hash sets live in match_results, never here.
CREATE TABLE review_decisions (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    media_id   INTEGER NOT NULL REFERENCES media(id),
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    batch      INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('category', 'follow_up', 'retract')),
    profile    TEXT,
    category   INTEGER,
    follow_up  INTEGER CHECK (follow_up IN (0, 1)),
    retracts   INTEGER REFERENCES review_decisions(id),
    decided_at INTEGER NOT NULL,
    CHECK ((kind = 'category') = (profile IS NOT NULL AND category IS NOT NULL)),
    CHECK ((kind = 'follow_up') = (follow_up IS NOT NULL)),
    CHECK ((kind = 'retract') = (retracts IS NOT NULL))
) STRICT;
CREATE INDEX review_decisions_item  ON review_decisions(case_id, media_id);
CREATE INDEX review_decisions_batch ON review_decisions(account_id, batch);
CREATE INDEX review_decisions_retracts ON review_decisions(retracts) WHERE retracts IS NOT NULL;
CREATE TRIGGER review_decisions_no_update BEFORE UPDATE ON review_decisions
BEGIN SELECT RAISE(ABORT, 'review decisions are append-only'); END;
CREATE TRIGGER review_decisions_no_delete BEFORE DELETE ON review_decisions
BEGIN SELECT RAISE(ABORT, 'review decisions are append-only'); END;

-- An account's own settings for review: what its renditions look like and
-- when it is reminded to take a break. Absent: the defaults (blurred,
-- greyscale, 160 px, a reminder after 30 minutes).
CREATE TABLE account_settings (
    account_id    INTEGER PRIMARY KEY REFERENCES accounts(id),
    lang          TEXT,
    blur          INTEGER NOT NULL CHECK (blur IN (0, 1)),
    greyscale     INTEGER NOT NULL CHECK (greyscale IN (0, 1)),
    tile          INTEGER NOT NULL CHECK (tile BETWEEN 64 AND 256),
    break_minutes INTEGER NOT NULL CHECK (break_minutes BETWEEN 0 AND 480),
    updated_at    INTEGER NOT NULL
) STRICT;

-- Series: pictures of one set, made at one time and place, grouped by
-- reviewers. `merged_into` names the series a merged one became.
CREATE TABLE series (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    name        TEXT NOT NULL,
    created_by  INTEGER NOT NULL REFERENCES accounts(id),
    created_at  INTEGER NOT NULL,
    merged_into INTEGER REFERENCES series(id),
    UNIQUE (case_id, name)
) STRICT;
CREATE TABLE series_members (
    series_id  INTEGER NOT NULL REFERENCES series(id),
    media_id   INTEGER NOT NULL REFERENCES media(id),
    added_by   INTEGER NOT NULL REFERENCES accounts(id),
    added_at   INTEGER NOT NULL,
    PRIMARY KEY (series_id, media_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX series_members_media ON series_members(media_id, series_id);

-- The index of the media already in the lab.
INSERT OR IGNORE INTO cameras (make, model, body_serial)
    SELECT DISTINCT COALESCE(exif_make, ''), COALESCE(exif_model, ''), COALESCE(exif_body_serial, '')
    FROM media
    WHERE exif_make IS NOT NULL OR exif_model IS NOT NULL OR exif_body_serial IS NOT NULL;
INSERT OR IGNORE INTO review_items (case_id, media_id, exhibit_id, folder, taken, has_gps, lat, lon, camera_id)
    SELECT e.case_id, o.media_id, MIN(o.exhibit_id), rtrim(MIN(o.path), replace(MIN(o.path), '/', '')),
           CASE WHEN m.exif_datetime_original GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'
                THEN substr(m.exif_datetime_original, 1, 19)
           END,
           m.gps_lat IS NOT NULL AND m.gps_lon IS NOT NULL,
           CASE WHEN m.gps_lon IS NOT NULL THEN m.gps_lat END,
           CASE WHEN m.gps_lat IS NOT NULL THEN m.gps_lon END,
           (SELECT c.id FROM cameras c
             WHERE c.make = COALESCE(m.exif_make, '') AND c.model = COALESCE(m.exif_model, '')
               AND c.body_serial = COALESCE(m.exif_body_serial, '')
               AND (m.exif_make IS NOT NULL OR m.exif_model IS NOT NULL OR m.exif_body_serial IS NOT NULL))
    FROM occurrences o
    JOIN exhibits e ON e.id = o.exhibit_id
    JOIN media m ON m.id = o.media_id
    GROUP BY e.case_id, o.media_id;
