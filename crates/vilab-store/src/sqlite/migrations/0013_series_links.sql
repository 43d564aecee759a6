-- vilab schema version 13: series linked across cases. Two cases may hold
-- pictures of one abuse set (the same victim, room, camera); a reviewer who
-- may edit series in both links their series, with an optional note. The
-- table is a history, append-only like the status histories of version
-- 11: linking and unlinking each append an event, the pair's latest event
-- says whether it is linked now, and who did what when is never lost.
-- `series_a` is the smaller id of the pair, so that a pair has one key.
-- The store checks that both series exist and lie in different cases.

CREATE TABLE series_link_events (
    id        INTEGER PRIMARY KEY,
    series_a  INTEGER NOT NULL REFERENCES series(id),
    series_b  INTEGER NOT NULL REFERENCES series(id),
    linked    INTEGER NOT NULL CHECK (linked IN (0, 1)),
    note      TEXT NOT NULL,
    set_by    INTEGER NOT NULL REFERENCES accounts(id),
    set_at    INTEGER NOT NULL,
    CHECK (series_a < series_b)
) STRICT;
CREATE INDEX series_link_events_a ON series_link_events(series_a, series_b, id);
CREATE INDEX series_link_events_b ON series_link_events(series_b, series_a, id);
CREATE TRIGGER series_link_events_no_update BEFORE UPDATE ON series_link_events
BEGIN SELECT RAISE(ABORT, 'series link history is append-only'); END;
CREATE TRIGGER series_link_events_no_delete BEFORE DELETE ON series_link_events
BEGIN SELECT RAISE(ABORT, 'series link history is append-only'); END;
