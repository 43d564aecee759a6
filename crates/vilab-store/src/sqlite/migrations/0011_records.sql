-- vilab schema version 11: the records of a case beside its media.
-- Victims and offenders (persons) and locations, linked to series and media
-- items; leads, notes pinned to an item (optionally to a rectangle on it);
-- the history of who set a person's identification status and a lead's
-- status and owner (append-only); and the word index that searches their
-- texts and the series' names. Statuses are codes, never words of a
-- language. See the doc comment of sqlite/migrations.rs.

CREATE TABLE persons (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    kind       TEXT NOT NULL CHECK (kind IN ('victim', 'offender')),
    label      TEXT NOT NULL,
    notes      TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES accounts(id),
    created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX persons_case ON persons(case_id, kind, id);

-- Every identification status a person was given, never changed or
-- deleted: the current one is the latest (highest id). Creation writes the
-- first row (`unidentified`), so that every person has one.
CREATE TABLE person_status (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    status    TEXT NOT NULL CHECK (status IN ('unidentified', 'identified', 'safeguarded')),
    set_by    INTEGER NOT NULL REFERENCES accounts(id),
    set_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX person_status_person ON person_status(person_id, id);
CREATE TRIGGER person_status_no_update BEFORE UPDATE ON person_status
BEGIN SELECT RAISE(ABORT, 'person status history is append-only'); END;
CREATE TRIGGER person_status_no_delete BEFORE DELETE ON person_status
BEGIN SELECT RAISE(ABORT, 'person status history is append-only'); END;

CREATE TABLE locations (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    label       TEXT NOT NULL,
    lat         REAL CHECK (lat BETWEEN -90 AND 90),
    lon         REAL CHECK (lon BETWEEN -180 AND 180),
    description TEXT NOT NULL,
    created_by  INTEGER NOT NULL REFERENCES accounts(id),
    created_at  INTEGER NOT NULL,
    CHECK ((lat IS NULL) = (lon IS NULL))
) STRICT;
CREATE INDEX locations_case ON locations(case_id, id);

-- Links of persons and locations to series and media items of their own
-- case (the store checks the case). One table for the four pairs, keyed by
-- kind: the lists read "what is this record linked to" and "which records
-- name this item", both one index range.
CREATE TABLE record_links (
    record_kind TEXT NOT NULL CHECK (record_kind IN ('person', 'location')),
    record_id   INTEGER NOT NULL,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('series', 'media')),
    target_id   INTEGER NOT NULL,
    linked_by   INTEGER NOT NULL REFERENCES accounts(id),
    linked_at   INTEGER NOT NULL,
    PRIMARY KEY (record_kind, record_id, target_kind, target_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX record_links_target ON record_links(target_kind, target_id);

-- A lead: a note pinned to a media item of the case, optionally to a
-- rectangle in pixels of the stored original (origin top left, before any
-- EXIF rotation). `status` and `owner_id` are the latest of lead_history.
CREATE TABLE leads (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    media_id   INTEGER NOT NULL REFERENCES media(id),
    rect_x     INTEGER CHECK (rect_x >= 0),
    rect_y     INTEGER CHECK (rect_y >= 0),
    rect_w     INTEGER CHECK (rect_w >= 1),
    rect_h     INTEGER CHECK (rect_h >= 1),
    text       TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('open', 'followed', 'closed')),
    owner_id   INTEGER REFERENCES accounts(id),
    created_by INTEGER NOT NULL REFERENCES accounts(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK ((rect_x IS NULL) = (rect_y IS NULL) AND (rect_y IS NULL) = (rect_w IS NULL)
           AND (rect_w IS NULL) = (rect_h IS NULL))
) STRICT;
CREATE INDEX leads_status ON leads(case_id, status, id);
CREATE INDEX leads_owner  ON leads(case_id, owner_id, id);
CREATE INDEX leads_media  ON leads(media_id, id);

-- Every status and owner a lead had, never changed or deleted: creation
-- writes the first row, each change of status or owner one more.
CREATE TABLE lead_history (
    id       INTEGER PRIMARY KEY,
    lead_id  INTEGER NOT NULL REFERENCES leads(id),
    status   TEXT NOT NULL CHECK (status IN ('open', 'followed', 'closed')),
    owner_id INTEGER REFERENCES accounts(id),
    set_by   INTEGER NOT NULL REFERENCES accounts(id),
    set_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX lead_history_lead ON lead_history(lead_id, id);
CREATE TRIGGER lead_history_no_update BEFORE UPDATE ON lead_history
BEGIN SELECT RAISE(ABORT, 'lead history is append-only'); END;
CREATE TRIGGER lead_history_no_delete BEFORE DELETE ON lead_history
BEGIN SELECT RAISE(ABORT, 'lead history is append-only'); END;

-- The word index: each distinct word (vilab_words: ICU4X segments, NFC,
-- lower case) of a record's texts, once per record. Derived: rewritten
-- whole with each change of the record. A query ANDs its words: one range
-- of the primary key per word, intersected.
CREATE TABLE search_words (
    case_id   INTEGER NOT NULL REFERENCES cases(id),
    word      TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('person', 'location', 'lead', 'series')),
    record_id INTEGER NOT NULL,
    PRIMARY KEY (case_id, word, kind, record_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX search_words_record ON search_words(kind, record_id);
