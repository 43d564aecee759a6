//! Fuzzes the clue-file parser (`vilab.clues/1`, what an offline bundle
//! saves and the lab imports): any bytes give a clue file or an error
//! naming a place or a field, never a panic; what parses holds only the
//! bundle's items and unique uids, and writes back to the same file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vilab_gallery::Manifest;

fn manifest() -> Manifest {
    Manifest {
        format: "vilab.bundle/1".into(),
        bundle: "b7e1c0de0123456789abcdef01234567".into(),
        title: "fuzz".into(),
        recipient: "fuzz".into(),
        lab: "fuzz".into(),
        created: "2026-12-07".into(),
        expires: "2027-01-07".into(),
        public_key: "00".repeat(32),
        fingerprint: String::new(),
        exercise: None,
        items: vec!["a1".into(), "b2".into()],
        files: Vec::new(),
    }
}

fuzz_target!(|data: &[u8]| {
    let manifest = manifest();
    let Ok(file) = vilab_gallery::parse_clues(data, &manifest) else { return };
    let mut uids = std::collections::BTreeSet::new();
    for clue in &file.clues {
        assert!(manifest.items.contains(&clue.item));
        assert!(uids.insert(clue.uid.clone()));
    }
    let bytes = serde_json::to_vec(&file).expect("serializes");
    assert_eq!(vilab_gallery::parse_clues(&bytes, &manifest).expect("re-parses"), file);
});
