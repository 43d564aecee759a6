//! Exact matching and the strongest hit through a real store: the store
//! hands over candidates found by each entry's strongest digest, the rules
//! of this crate keep those whose every digest agrees, and triage proposes
//! the category of the strongest hit whatever order the store read them in.

use vilab_core::known::KnownMedia;
use vilab_core::model::{MediaKind, MediaRecord, Occurrence, OccurrenceKey};
use vilab_core::{Digests, Md5, Sha1, Sha256};
use vilab_hashset::profiles::Profiles;
use vilab_match::{MatchOptions, Status, exact_matches, match_case, triage};
use vilab_store::model::{MatchMethod, MatchTarget, NewAccount, NewHashset, Role};
use vilab_store::{CaseId, IngestBatch, Lab};

/// A new lab in a temporary directory.
fn new_lab() -> (tempfile::TempDir, Lab) {
    let tmp = tempfile::tempdir().unwrap();
    let admin = NewAccount { username: "admin".into(), password: "correct horse battery".into(), role: Role::Admin };
    let (lab, _) = Lab::init(&tmp.path().join("lab"), &admin).unwrap();
    (tmp, lab)
}

/// A content whose MD5, SHA-1 and SHA-256 are all `seed` bytes.
fn content(seed: u8) -> MediaRecord {
    MediaRecord {
        digests: Digests { md5: Md5([seed; 16]), sha1: Sha1([seed; 20]), sha256: Sha256([seed; 32]), size: 1000 },
        kind: MediaKind::Jpeg,
        width: None,
        height: None,
        pdq: None,
        exif: None,
        thumbnail: None,
    }
}

/// A case "OP-1" holding the contents of `seeds`, one file each.
fn case_with(lab: &Lab, seeds: &[u8]) -> CaseId {
    let store = lab.store();
    let case = store.create_case("OP-1").unwrap().id;
    let exhibit = store.open_exhibit(case, "disk", "/mnt/disk").unwrap().id;
    let media: Vec<MediaRecord> = seeds.iter().map(|&s| content(s)).collect();
    let occurrences = media
        .iter()
        .enumerate()
        .map(|(i, m)| Occurrence {
            key: OccurrenceKey::file(format!("f{i}.jpg")),
            sha256: m.digests.sha256,
            size: 1000,
            modified: None,
            accessed: None,
            created: None,
            notes: Vec::new(),
            disk: None,
        })
        .collect();
    store.write_batch(&IngestBatch { media, occurrences, ..IngestBatch::new(exhibit, None) }).unwrap();
    case
}

/// Imports a set of `entries` under `name`.
fn import(lab: &Lab, name: &str, entries: &[KnownMedia]) {
    let new = NewHashset { name: name.into(), profile: "vic-us".into(), format: "vics2".into() };
    lab.store()
        .import_hashset(&new, &mut |sink| {
            for e in entries {
                sink(e.clone())?;
            }
            Ok([9; 32])
        })
        .unwrap();
}

#[test]
fn an_exact_match_needs_every_digest_of_the_entry_to_agree() {
    let (_tmp, lab) = new_lab();
    let case = case_with(&lab, &[3, 4, 5, 6, 200]);
    let set = vec![
        // Media 3: MD5 and SHA-1 agree.
        KnownMedia { media_id: Some(1), md5: Some(Md5([3; 16])), sha1: Some(Sha1([3; 20])), ..KnownMedia::default() },
        // Media 4: all three agree.
        KnownMedia {
            media_id: Some(2),
            md5: Some(Md5([4; 16])),
            sha1: Some(Sha1([4; 20])),
            sha256: Some(Sha256([4; 32])),
            ..KnownMedia::default()
        },
        // Media 5: an MD5 alone.
        KnownMedia { media_id: Some(3), md5: Some(Md5([5; 16])), ..KnownMedia::default() },
        // Media 6's MD5 with another SHA-1: a collision, not the same file.
        KnownMedia { media_id: Some(4), md5: Some(Md5([6; 16])), sha1: Some(Sha1([99; 20])), ..KnownMedia::default() },
        // Media 200's SHA-256 with another MD5: not the same file either.
        KnownMedia {
            media_id: Some(5),
            md5: Some(Md5([98; 16])),
            sha256: Some(Sha256([200; 32])),
            ..KnownMedia::default()
        },
    ];
    import(&lab, "set", &set);

    let mut found: Vec<(MatchMethod, i64)> = exact_matches(&lab.store().exact_candidates(case).unwrap())
        .iter()
        .map(|m| match m.target {
            MatchTarget::Known(id) => (m.method, id),
            MatchTarget::OtherMedia(_) => panic!("only hash-set entries here"),
        })
        .collect();
    found.sort_by_key(|(_, id)| *id);
    assert_eq!(found, vec![(MatchMethod::Sha1, 1), (MatchMethod::Sha256, 2), (MatchMethod::Md5, 3)]);
    assert_eq!(match_case(lab.store(), case, &MatchOptions::default()).unwrap().exact, 3);
}

/// One content in three sets: by MD5 alone in "alpha" (category 1), by
/// SHA-256 in "zulu" (category 3), by SHA-1 in "mike" (category 2). The
/// SHA-256 match is the strongest although its set's name sorts last, the
/// order SQL once ranked exact hits by.
#[test]
fn triage_proposes_the_strongest_hit_not_the_first_set_by_name() {
    let (_tmp, lab) = new_lab();
    let case = case_with(&lab, &[7, 8]);
    let seven = |category: u8, digests: (bool, bool, bool)| KnownMedia {
        media_id: Some(1),
        md5: digests.0.then_some(Md5([7; 16])),
        sha1: digests.1.then_some(Sha1([7; 20])),
        sha256: digests.2.then_some(Sha256([7; 32])),
        category: Some(category),
        ..KnownMedia::default()
    };
    import(&lab, "alpha", &[seven(1, (true, false, false))]);
    import(&lab, "zulu", &[seven(3, (true, true, true))]);
    import(&lab, "mike", &[seven(2, (false, true, false))]);
    let summary = match_case(lab.store(), case, &MatchOptions::default()).unwrap();
    assert_eq!(summary.exact, 3);

    let report = triage(lab.store(), case, &Profiles::default()).unwrap();
    let item = report.items.iter().find(|i| i.item.sha256 == Sha256([7; 32])).unwrap();
    assert_eq!(item.status, Status::Known);
    let methods: Vec<(&str, MatchMethod)> = item.item.known.iter().map(|h| (h.hashset.as_str(), h.method)).collect();
    assert_eq!(methods, [("zulu", MatchMethod::Sha256), ("mike", MatchMethod::Sha1), ("alpha", MatchMethod::Md5)]);
    let proposal = item.proposal.as_ref().unwrap();
    assert_eq!((proposal.hit.hashset.as_str(), proposal.hit.category), ("zulu", Some(3)));
    assert_eq!(report.by_source["zulu"], 1);
    assert!(!report.by_source.contains_key("alpha"));
    let other = report.items.iter().find(|i| i.item.sha256 == Sha256([8; 32])).unwrap();
    assert_eq!((other.status, other.proposal.as_ref()), (Status::New, None));
}
