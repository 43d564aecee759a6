-- vilab schema version 14: regions and renditions per audience (issue 20).
--
-- A region is drawn on a media item of a case: a face, body, identifying
-- mark, text or other area to redact, or an object worth showing widely.
-- `regions` holds its stable uid; `region_versions` every state it had
-- (each draw, change and delete appends one, never changed: the history of
-- who drew what, when). The current regions of an item are the latest
-- version of each, where that is not a deletion. Shapes are JSON
-- (`{"rect":{"x":..,"y":..,"w":..,"h":..}}` or `{"polygon":[[x,y],..]}`)
-- in pixels of the stored original, checked by the store before writing.
--
-- A rendition is what an audience receives: redacted pixels for partners
-- and trainees, one crop of an object region for the public, re-encoded,
-- its bytes in the evidence store (encrypted at rest in an encrypted lab).
-- It records the region versions it was made from; a change of any region
-- of its item marks it stale in the same transaction. A public crop
-- leaves only once a second analyst approved it: the approver is never
-- the maker (four eyes), checked here as well as in the application.

CREATE TABLE regions (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE CHECK (length(uid) = 32),
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    media_id    INTEGER NOT NULL REFERENCES media(id),
    created_by  INTEGER NOT NULL REFERENCES accounts(id),
    created_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX regions_item ON regions(case_id, media_id, id);
CREATE TRIGGER regions_no_update BEFORE UPDATE ON regions
BEGIN SELECT RAISE(ABORT, 'regions are append-only'); END;
CREATE TRIGGER regions_no_delete BEFORE DELETE ON regions
BEGIN SELECT RAISE(ABORT, 'regions are append-only'); END;

CREATE TABLE region_versions (
    id         INTEGER PRIMARY KEY,
    region_id  INTEGER NOT NULL REFERENCES regions(id),
    version    INTEGER NOT NULL CHECK (version >= 1),
    kind       TEXT NOT NULL CHECK (kind IN ('face', 'body', 'mark', 'text', 'other', 'object')),
    shape      TEXT NOT NULL CHECK (json_valid(shape)),
    treatment  TEXT NOT NULL CHECK (treatment IN ('fill', 'pixelate', 'blur')),
    source     TEXT NOT NULL CHECK (source IN ('drawn', 'suggested')),
    deleted    INTEGER NOT NULL CHECK (deleted IN (0, 1)),
    set_by     INTEGER NOT NULL REFERENCES accounts(id),
    set_at     INTEGER NOT NULL,
    UNIQUE (region_id, version),
    CHECK (kind IN ('face', 'body', 'mark') OR treatment = 'fill')
) STRICT;
CREATE TRIGGER region_versions_no_update BEFORE UPDATE ON region_versions
BEGIN SELECT RAISE(ABORT, 'region history is append-only'); END;
CREATE TRIGGER region_versions_no_delete BEFORE DELETE ON region_versions
BEGIN SELECT RAISE(ABORT, 'region history is append-only'); END;

CREATE TABLE renditions (
    id                INTEGER PRIMARY KEY,
    uid               TEXT NOT NULL UNIQUE CHECK (length(uid) = 32),
    case_id           INTEGER NOT NULL REFERENCES cases(id),
    media_id          INTEGER NOT NULL REFERENCES media(id),
    audience          TEXT NOT NULL CHECK (audience IN ('partner', 'trainee', 'public')),
    object_region_id  INTEGER REFERENCES regions(id),
    sources           TEXT NOT NULL CHECK (json_valid(sources)),
    sha256            BLOB NOT NULL CHECK (length(sha256) = 32),
    size              INTEGER NOT NULL CHECK (size >= 0),
    width             INTEGER NOT NULL CHECK (width >= 1),
    height            INTEGER NOT NULL CHECK (height >= 1),
    made_by           INTEGER NOT NULL REFERENCES accounts(id),
    made_at           INTEGER NOT NULL,
    stale             INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0, 1)),
    approved_by       INTEGER REFERENCES accounts(id),
    approved_at       INTEGER,
    CHECK ((audience = 'public') = (object_region_id IS NOT NULL)),
    CHECK ((approved_by IS NULL) = (approved_at IS NULL)),
    -- Four eyes: only a public crop is approved, and never by its maker.
    CHECK (approved_by IS NULL OR (audience = 'public' AND approved_by <> made_by))
) STRICT;
CREATE INDEX renditions_item ON renditions(case_id, media_id, id);
CREATE INDEX renditions_sha256 ON renditions(sha256);
-- A rendition is never deleted, and only ever becomes stale or approved.
CREATE TRIGGER renditions_no_delete BEFORE DELETE ON renditions
BEGIN SELECT RAISE(ABORT, 'renditions are kept'); END;
CREATE TRIGGER renditions_only_stale_or_approved BEFORE UPDATE ON renditions
WHEN NEW.id IS NOT OLD.id OR NEW.uid IS NOT OLD.uid OR NEW.case_id IS NOT OLD.case_id
  OR NEW.media_id IS NOT OLD.media_id OR NEW.audience IS NOT OLD.audience
  OR NEW.object_region_id IS NOT OLD.object_region_id OR NEW.sources IS NOT OLD.sources
  OR NEW.sha256 IS NOT OLD.sha256 OR NEW.size IS NOT OLD.size OR NEW.width IS NOT OLD.width
  OR NEW.height IS NOT OLD.height OR NEW.made_by IS NOT OLD.made_by OR NEW.made_at IS NOT OLD.made_at
  OR NEW.stale < OLD.stale
  OR (OLD.approved_by IS NOT NULL AND (NEW.approved_by IS NOT OLD.approved_by OR NEW.approved_at IS NOT OLD.approved_at))
BEGIN SELECT RAISE(ABORT, 'a rendition only becomes stale or approved'); END;
