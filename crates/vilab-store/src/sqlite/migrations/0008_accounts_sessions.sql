-- vilab schema version 8: accounts that can be disabled, case membership,
-- log-in sessions and the failed-log-in counters of the throttle. See the
-- doc comment of sqlite/migrations.rs.

-- NULL while the account may log in; the time it was disabled otherwise.
ALTER TABLE accounts ADD COLUMN disabled_at INTEGER;

-- Which cases an account works on. Analysts, investigators and trainers
-- see only the cases they are members of.
CREATE TABLE case_members (
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    added_at   INTEGER NOT NULL,
    PRIMARY KEY (account_id, case_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_members_case ON case_members(case_id);

-- A session is 256 random bits given to the client once; only their
-- SHA-256 is kept, so a copy of the database opens no session.
CREATE TABLE sessions (
    id            INTEGER PRIMARY KEY,
    token_sha256  BLOB NOT NULL UNIQUE CHECK (length(token_sha256) = 32),
    account_id    INTEGER NOT NULL REFERENCES accounts(id),
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL,
    revoked_at    INTEGER,
    source        TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_account ON sessions(account_id);

-- Consecutive failed log-ins per key ('account:<name>' or
-- 'source:<where from>'), for the growing delay; a success clears them.
CREATE TABLE login_failures (
    key             TEXT PRIMARY KEY NOT NULL,
    failures        INTEGER NOT NULL,
    last_failure_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
