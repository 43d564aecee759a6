-- The audit log: who did what, from where, to which thing, and how it
-- ended, as a hash chain (vilab_core::audit). Each record's hash covers the
-- record before it; the lab signs the chain's head now and then into
-- audit_checkpoints. No foreign keys: a record outlives the account, case or
-- media item it names, and keeps the names they had.
--
-- The store only appends. The triggers below refuse UPDATE and DELETE, and
-- an insert anywhere but right after the last record (which also stops an
-- INSERT OR REPLACE from overwriting one): defence in depth against a slip,
-- not against an attacker, who can drop them. The chain and the signed
-- checkpoints are what show tampering.
CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY CHECK (seq >= 1),
    at            INTEGER NOT NULL,
    actor_id      INTEGER,
    -- User names are unique without regard to ASCII case; so is the filter.
    actor         TEXT    NOT NULL COLLATE NOCASE,
    source        TEXT    NOT NULL,
    action        TEXT    NOT NULL,
    resource_kind TEXT    NOT NULL,
    resource      TEXT    NOT NULL,
    case_id       INTEGER,
    outcome       TEXT    NOT NULL CHECK (outcome IN ('allowed', 'denied', 'failed')),
    details       TEXT    NOT NULL,
    hash          BLOB    NOT NULL CHECK (length(hash) = 32)
) STRICT;
-- Each index ends in the row id (seq), so a filtered page comes in seq order.
CREATE INDEX audit_log_actor ON audit_log(actor);
CREATE INDEX audit_log_action ON audit_log(action);
CREATE INDEX audit_log_case ON audit_log(case_id) WHERE case_id IS NOT NULL;
CREATE INDEX audit_log_at ON audit_log(at);

CREATE TABLE audit_checkpoints (
    seq       INTEGER PRIMARY KEY CHECK (seq >= 1),
    hash      BLOB    NOT NULL CHECK (length(hash) = 32),
    signed_at INTEGER NOT NULL,
    signature BLOB    NOT NULL CHECK (length(signature) = 64)
) STRICT;

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_append_only_insert BEFORE INSERT ON audit_log
WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_log)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_checkpoints_append_only_update BEFORE UPDATE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_checkpoints_append_only_delete BEFORE DELETE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_checkpoints_append_only_insert BEFORE INSERT ON audit_checkpoints
WHEN EXISTS (SELECT 1 FROM audit_checkpoints WHERE seq = NEW.seq)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
