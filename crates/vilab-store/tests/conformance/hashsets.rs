//! Hash-set imports through the `Store` trait: a set lands whole or not at
//! all, is listed and found by name without regard to ASCII case, and is
//! removed whole.

use vilab_core::known::KnownMedia;
use vilab_core::{Md5, Sha1, Sha256};
use vilab_store::model::{Hashset, NewHashset};
use vilab_store::{Store, StoreError};

use super::Factory;

/// A set called `name` of the `vic-us` profile.
pub fn new_set(name: &str) -> NewHashset {
    NewHashset { name: name.into(), profile: "vic-us".into(), format: "vics2".into() }
}

/// Imports `entries` as the set `name`; its source's digest is `[9; 32]`.
pub fn import(store: &dyn Store, name: &str, entries: &[KnownMedia]) -> Result<Hashset, StoreError> {
    store.import_hashset(&new_set(name), &mut |sink| {
        for e in entries {
            sink(e.clone())?;
        }
        Ok([9; 32])
    })
}

/// Entries with MD5 `[seed; 16]`, SHA-1 `[seed; 20]` and, for even seeds, a SHA-256.
pub fn entries(seeds: impl IntoIterator<Item = u8>) -> Vec<KnownMedia> {
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

pub fn imports_are_listed_found_and_removed_by_name(make: Factory) {
    let lab = make();
    let store = lab.store();
    // Overlapping sets: seeds 10..20 are in both.
    let first = import(store, "first", &entries(0..20)).unwrap();
    assert_eq!(first.entries, 20);
    assert_eq!(first.source_sha256, "09".repeat(32));
    assert_eq!((first.name.as_str(), first.profile.as_str(), first.format.as_str()), ("first", "vic-us", "vics2"));
    assert_eq!(first.uid.len(), 32);
    let second = import(store, "second", &entries(10..40)).unwrap();
    assert_eq!(second.entries, 30);
    let md5_only: Vec<KnownMedia> =
        (50..53).map(|seed| KnownMedia { md5: Some(Md5([seed; 16])), ..KnownMedia::default() }).collect();
    import(store, "md5-only", &md5_only).unwrap();
    let err = import(store, "FIRST", &entries(0..1)).unwrap_err();
    assert!(matches!(&err, StoreError::HashsetExists { name } if name == "first"), "{err}");

    let names: Vec<String> = store.list_hashsets().unwrap().into_iter().map(|h| h.name).collect();
    assert_eq!(names, ["first", "md5-only", "second"]);
    assert_eq!(store.hashset_by_name("Second").unwrap(), Some(second));
    assert_eq!(store.hashset_by_name("third").unwrap(), None);

    assert!(store.remove_hashset("FIRST").unwrap());
    assert!(!store.remove_hashset("first").unwrap());
    assert_eq!(store.hashset_by_name("first").unwrap(), None);
    assert_eq!(store.list_hashsets().unwrap().len(), 2);
}

pub fn a_failed_import_stores_nothing(make: Factory) {
    let lab = make();
    let store = lab.store();
    import(store, "kept", &entries(0..5)).unwrap();

    // The feed gives up half-way.
    let err = store
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
    let err = import(store, "twice", &twice).unwrap_err();
    assert!(
        matches!(&err, StoreError::ImportAbandoned { name, reason }
        if name == "twice" && reason.contains("MediaID 3 appears twice")),
        "{err}"
    );

    // Also when the repeated MediaID arrives inside a full multi-row batch.
    let mut long = entries(0..100);
    long[70].media_id = Some(40);
    let err = import(store, "long", &long).unwrap_err();
    assert!(err.to_string().contains("entry 70: MediaID 40 appears twice"), "{err}");

    let sets = store.list_hashsets().unwrap();
    assert_eq!(sets.len(), 1);
    assert_eq!((sets[0].name.as_str(), sets[0].entries), ("kept", 5));
    // Nothing of the failed imports holds their names.
    assert_eq!(import(store, "broken", &entries(100..102)).unwrap().entries, 2);
}
