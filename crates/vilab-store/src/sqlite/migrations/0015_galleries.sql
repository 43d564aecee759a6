-- vilab schema version 15 (issue 20): ViLab galleries. A trainer or analyst
-- assembles a gallery of items of unsolved cases for one audience and a
-- span of dates; its participants (gallery accounts) see the items' renditions for that
-- audience and post clues on a board per item; each clue becomes a lead
-- of the item's case, so the analysts of the case see it with who posted it
-- and when. A gallery exported as an offline bundle is recorded, so that the
-- clues typed into the bundle come back to it; a clue's uid is made where
-- the clue is typed, and recording it twice changes nothing.

CREATE TABLE galleries (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    audience    TEXT NOT NULL CHECK (audience IN ('partner', 'trainee', 'public')),
    opens_at    INTEGER NOT NULL,
    closes_at   INTEGER NOT NULL,
    created_by  INTEGER NOT NULL REFERENCES accounts(id),
    created_at  INTEGER NOT NULL,
    CHECK (opens_at < closes_at)
) STRICT;

-- Who works in a gallery: editors (who assemble it) and participants.
CREATE TABLE gallery_members (
    gallery_id  INTEGER NOT NULL REFERENCES galleries(id),
    account_id  INTEGER NOT NULL REFERENCES accounts(id),
    editor      INTEGER NOT NULL CHECK (editor IN (0, 1)),
    added_by    INTEGER NOT NULL REFERENCES accounts(id),
    added_at    INTEGER NOT NULL,
    PRIMARY KEY (gallery_id, account_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX gallery_members_account ON gallery_members(account_id, gallery_id);

-- An item of a case shown in a gallery. A removed item keeps its row (its
-- clues point at it); adding it again brings it back.
CREATE TABLE gallery_items (
    id          INTEGER PRIMARY KEY,
    gallery_id  INTEGER NOT NULL REFERENCES galleries(id),
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    media_id    INTEGER NOT NULL REFERENCES media(id),
    series_id   INTEGER REFERENCES series(id),
    position    INTEGER NOT NULL,
    added_by    INTEGER NOT NULL REFERENCES accounts(id),
    added_at    INTEGER NOT NULL,
    removed_by  INTEGER REFERENCES accounts(id),
    removed_at  INTEGER,
    UNIQUE (gallery_id, case_id, media_id),
    CHECK ((removed_by IS NULL) = (removed_at IS NULL))
) STRICT;
CREATE INDEX gallery_items_order ON gallery_items(gallery_id, position);

-- A gallery exported as an offline bundle, for one recipient.
CREATE TABLE gallery_bundles (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    gallery_id  INTEGER NOT NULL REFERENCES galleries(id),
    recipient   TEXT NOT NULL,
    expires_at  INTEGER NOT NULL,
    made_by     INTEGER NOT NULL REFERENCES accounts(id),
    made_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX gallery_bundles_gallery ON gallery_bundles(gallery_id, id);

-- A clue on a gallery item: posted on the live board (`board`, by an
-- account) or typed into an offline bundle (`bundle`, by the name the
-- participant typed) and imported. The pin is a spot on the rendition
-- shown, as fractions of its width and height. Append-only.
CREATE TABLE clues (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    item_id     INTEGER NOT NULL REFERENCES gallery_items(id),
    text        TEXT NOT NULL,
    pin_x       REAL CHECK (pin_x IS NULL OR (pin_x >= 0.0 AND pin_x <= 1.0)),
    pin_y       REAL CHECK (pin_y IS NULL OR (pin_y >= 0.0 AND pin_y <= 1.0)),
    posted_by   INTEGER REFERENCES accounts(id),
    author      TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('board', 'bundle')),
    bundle_id   INTEGER REFERENCES gallery_bundles(id),
    posted_at   INTEGER NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES accounts(id),
    recorded_at INTEGER NOT NULL,
    lead_id     INTEGER NOT NULL UNIQUE REFERENCES leads(id),
    CHECK ((pin_x IS NULL) = (pin_y IS NULL)),
    CHECK ((source = 'bundle') = (bundle_id IS NOT NULL)),
    CHECK ((source = 'board') = (posted_by IS NOT NULL))
) STRICT;
CREATE INDEX clues_item ON clues(item_id, id);
CREATE TRIGGER clues_no_update BEFORE UPDATE ON clues
BEGIN SELECT RAISE(ABORT, 'clues are append-only'); END;
CREATE TRIGGER clues_no_delete BEFORE DELETE ON clues
BEGIN SELECT RAISE(ABORT, 'clues are append-only'); END;

-- A training exercise on a gallery: each item's known answer and the
-- rubric, kept as the JSON of vilab-gallery's types (what the exercise
-- exchange format carries), so that what is scored is what was set.
CREATE TABLE exercises (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    gallery_id  INTEGER NOT NULL UNIQUE REFERENCES galleries(id),
    rubric      TEXT NOT NULL,
    created_by  INTEGER NOT NULL REFERENCES accounts(id),
    created_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE exercise_items (
    exercise_id INTEGER NOT NULL REFERENCES exercises(id),
    item_id     INTEGER NOT NULL REFERENCES gallery_items(id),
    expected    TEXT NOT NULL,
    PRIMARY KEY (exercise_id, item_id)
) STRICT, WITHOUT ROWID;

-- A trainee's answer on an item: the latest replaces the one before (and
-- its free-text mark). `trainee` is the account's user name, or the name
-- typed into an offline bundle.
CREATE TABLE exercise_answers (
    id               INTEGER PRIMARY KEY,
    exercise_id      INTEGER NOT NULL REFERENCES exercises(id),
    item_id          INTEGER NOT NULL REFERENCES gallery_items(id),
    trainee          TEXT NOT NULL,
    trainee_id       INTEGER REFERENCES accounts(id),
    source           TEXT NOT NULL CHECK (source IN ('browser', 'bundle')),
    answer           TEXT NOT NULL,
    answered_at      INTEGER NOT NULL,
    recorded_by      INTEGER NOT NULL REFERENCES accounts(id),
    recorded_at      INTEGER NOT NULL,
    free_text_points INTEGER CHECK (free_text_points IS NULL OR free_text_points >= 0),
    marked_by        INTEGER REFERENCES accounts(id),
    marked_at        INTEGER,
    UNIQUE (exercise_id, item_id, trainee),
    CHECK ((free_text_points IS NULL) = (marked_by IS NULL))
) STRICT;
