//! The digest lookup tables of SQLite hash sets (`known_md5`, `known_sha1`,
//! `known_sha256`): they stay in step with the entries through imports and
//! removals, a failed import leaves no row in any table, and the foreign-key
//! checks a bulk import switches off are on again after it. (What a store
//! promises about hash sets and exact candidates, whatever its tables, is
//! tested through the trait in `tests/conformance`.)

mod common;

use common::*;
use vilab_core::known::KnownMedia;
use vilab_core::{Md5, Sha1, Sha256};
use vilab_store::model::{MatchMethod, MatchRow, MatchTarget, NewHashset};
use vilab_store::{IngestBatch, Lab, StoreError};

fn new_set(name: &str) -> NewHashset {
    NewHashset { name: name.into(), profile: "vic-us".into(), format: "vics2".into() }
}

fn import(lab: &Lab, name: &str, entries: &[KnownMedia]) -> Result<vilab_store::model::Hashset, StoreError> {
    lab.store().import_hashset(&new_set(name), &mut |sink| {
        for e in entries {
            sink(e.clone())?;
        }
        Ok([9; 32])
    })
}

/// Entries with MD5 `[seed; 16]`, SHA-1 `[seed; 20]` and, for even seeds, a SHA-256.
fn entries(seeds: impl IntoIterator<Item = u8>) -> Vec<KnownMedia> {
    seeds
        .into_iter()
        .map(|seed| KnownMedia {
            media_id: Some(i64::from(seed)),
            md5: Some(Md5([seed; 16])),
            sha1: Some(Sha1([seed; 20])),
            sha256: (seed % 2 == 0).then_some(Sha256([seed; 32])),
            category: Some(seed % 4),
            ..KnownMedia::default()
        })
        .collect()
}

/// Each lookup table with the condition under which an entry belongs in it:
/// its strongest digest.
const LOOKUPS: [(&str, &str); 3] = [
    ("sha256", "sha256 IS NOT NULL"),
    ("sha1", "sha256 IS NULL AND sha1 IS NOT NULL"),
    ("md5", "sha256 IS NULL AND sha1 IS NULL AND md5 IS NOT NULL"),
];

/// A digest and the entry id it leads to.
type Pair = (Vec<u8>, i64);

/// (digest, entry id) pairs of a lookup table, and the pairs it should hold,
/// read off `known_hashes`.
fn lookup_and_truth(lab_dir: &std::path::Path, column: &str) -> (Vec<Pair>, Vec<Pair>) {
    let strongest = LOOKUPS.iter().find(|(c, _)| *c == column).unwrap().1;
    let conn = rusqlite::Connection::open(lab_dir.join("lab.db")).unwrap();
    let read = |sql: &str| -> Vec<Pair> {
        let mut stmt = conn.prepare(sql).unwrap();
        stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?))).unwrap().map(Result::unwrap).collect()
    };
    (
        read(&format!("SELECT digest, known_id FROM known_{column} ORDER BY digest, known_id")),
        read(&format!("SELECT {column}, id FROM known_hashes WHERE {strongest} ORDER BY {column}, id")),
    )
}

fn count(lab_dir: &std::path::Path, table: &str) -> i64 {
    let conn = rusqlite::Connection::open(lab_dir.join("lab.db")).unwrap();
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |row| row.get(0)).unwrap()
}

#[test]
fn the_lookup_tables_follow_imports_and_removals() {
    let tmp = tempfile::tempdir().unwrap();
    let lab = new_lab(tmp.path());
    let dir = tmp.path().join("lab");
    // Overlapping sets: seeds 10..20 are in both.
    let first = import(&lab, "first", &entries(0..20)).unwrap();
    assert_eq!(first.entries, 20);
    assert_eq!(first.source_sha256, "09".repeat(32));
    import(&lab, "second", &entries(10..40)).unwrap();
    let md5_only: Vec<KnownMedia> =
        (50..53).map(|seed| KnownMedia { md5: Some(Md5([seed; 16])), ..KnownMedia::default() }).collect();
    import(&lab, "md5-only", &md5_only).unwrap();
    for (column, _) in LOOKUPS {
        let (lookup, truth) = lookup_and_truth(&dir, column);
        assert_eq!(lookup, truth, "{column} after three imports");
    }
    // Half the 50 entries of the first two sets have a SHA-256, the other half SHA-1 as their strongest.
    assert_eq!(lookup_and_truth(&dir, "sha256").0.len(), 25);
    assert_eq!(lookup_and_truth(&dir, "sha1").0.len(), 25);
    assert_eq!(lookup_and_truth(&dir, "md5").0.len(), 3);

    assert!(lab.store().remove_hashset("FIRST").unwrap());
    for (column, _) in LOOKUPS {
        let (lookup, truth) = lookup_and_truth(&dir, column);
        assert_eq!(lookup, truth, "{column} after a removal");
    }
    assert_eq!(lookup_and_truth(&dir, "sha256").0.len(), 15);
    assert_eq!(lookup_and_truth(&dir, "md5").0.len(), 3);
    assert!(!lab.store().remove_hashset("first").unwrap());
}

#[test]
fn a_failed_import_leaves_no_entry_and_no_lookup_row() {
    let tmp = tempfile::tempdir().unwrap();
    let lab = new_lab(tmp.path());
    let dir = tmp.path().join("lab");
    import(&lab, "kept", &entries(0..5)).unwrap();

    // The feed gives up half-way.
    let err = lab
        .store()
        .import_hashset(&new_set("broken"), &mut |sink| {
            for e in entries(100..150) {
                sink(e)?;
            }
            Err("line 9, column 3: value[50]: expected a record".into())
        })
        .unwrap_err();
    assert!(err.to_string().contains("line 9, column 3"), "{err}");

    // The store refuses a MediaID the set already holds, and names it.
    let mut twice = entries(0..5);
    twice.push(KnownMedia { media_id: Some(3), md5: Some(Md5([77; 16])), ..KnownMedia::default() });
    let err = import(&lab, "twice", &twice).unwrap_err();
    assert!(
        matches!(&err, StoreError::ImportAbandoned { name, reason }
        if name == "twice" && reason.contains("MediaID 3 appears twice")),
        "{err}"
    );

    // Also when the repeated MediaID arrives inside a full multi-row batch.
    let mut long = entries(0..100);
    long[70].media_id = Some(40);
    let err = import(&lab, "long", &long).unwrap_err();
    assert!(err.to_string().contains("entry 70: MediaID 40 appears twice"), "{err}");

    assert_eq!(lab.store().list_hashsets().unwrap().len(), 1);
    assert_eq!(count(&dir, "known_hashes"), 5);
    assert_eq!(count(&dir, "known_sha256"), 3);
    assert_eq!(count(&dir, "known_sha1"), 2);
    assert_eq!(count(&dir, "known_md5"), 0);
    // Foreign keys are checked again after the import that switched them off.
    let conn = rusqlite::Connection::open(dir.join("lab.db")).unwrap();
    let violations: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(violations, 0);
}

#[test]
fn removing_a_set_removes_its_matches_because_foreign_keys_are_back_on() {
    let tmp = tempfile::tempdir().unwrap();
    let lab = new_lab(tmp.path());
    let dir = tmp.path().join("lab");
    let store = lab.store();
    let case = store.create_case("OP-1").unwrap().id;
    let exhibit = store.open_exhibit(case, "disk", "/mnt/disk").unwrap().id;
    let media = vec![bare_with(Sha256([3; 32]), 3)];
    let occurrences = vec![occ("a.jpg", Sha256([3; 32]))];
    store
        .write_batch(&IngestBatch {
            exhibit,
            run: None,
            media,
            occurrences,
            errors: Vec::new(),
            files_done: Vec::new(),
        })
        .unwrap();
    // The import runs with foreign-key checks off; the cascade below needs them on again.
    import(&lab, "set", &entries(0..5)).unwrap();
    let matches: Vec<MatchRow> = store
        .exact_candidates(case)
        .unwrap()
        .iter()
        .map(|c| MatchRow {
            media: c.media,
            target: MatchTarget::Known(c.known_id),
            method: MatchMethod::Sha1,
            distance: 0,
            dihedral: None,
        })
        .collect();
    assert_eq!(store.replace_matches(case, &matches).unwrap(), 1);
    assert_eq!(count(&dir, "match_results"), 1);
    assert!(store.remove_hashset("set").unwrap());
    assert_eq!(count(&dir, "match_results"), 0);
    assert_eq!(count(&dir, "known_hashes"), 0);
}
