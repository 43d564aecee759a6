-- Files of legal facts imported by a research group (`vilab law import`).
-- The legal matrix is the bundled data with these applied in id order; the
-- text is kept whole so that the history of every replaced value can be
-- rebuilt.
CREATE TABLE law_imports (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    sha256      BLOB    NOT NULL CHECK (length(sha256) = 32),
    content     TEXT    NOT NULL,
    imported_at INTEGER NOT NULL
) STRICT;
