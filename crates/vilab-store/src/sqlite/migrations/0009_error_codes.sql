-- vilab schema version 9 (numbered after 0007 and 0008 of another branch;
-- it is whichever entry of MIGRATIONS it is appended as). Ingest errors are
-- stored as a stable code with named parameters instead of an English
-- sentence, so that they can be shown in every language vilab speaks:
--   code   an IngestErrorCode (`read_failed`, `archive_entries_overlap`, ...)
--   params a JSON object of the values the message needs, or NULL
--   detail the words of the library that failed, as it wrote them, or NULL
--
-- The Rust step of this migration (migrations.rs, `error_codes`) then
-- reads each earlier row's `reason`, takes it apart into code, params and
-- detail (`legacy_reasons.rs`), and drops the `reason` column: no index,
-- key or constraint names it, so SQLite can.
ALTER TABLE ingest_errors ADD COLUMN code TEXT NOT NULL DEFAULT 'legacy';
ALTER TABLE ingest_errors ADD COLUMN params TEXT;
ALTER TABLE ingest_errors ADD COLUMN detail TEXT;
