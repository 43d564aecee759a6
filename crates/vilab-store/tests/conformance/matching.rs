//! What matching reads from the store and writes back: exact-match
//! candidates by each entry's strongest digest, the PDQs to index and
//! probe, the stored matches as triage reads them, and their removal with
//! their hash set. Which candidates are matches and which hit is the
//! strongest are `vilab_match`'s rules, tested there: the store returns
//! candidates and hits in no particular order, so these tests sort before
//! comparing.

use vilab_core::known::KnownMedia;
use vilab_core::{Md5, PdqHash, Sha1, Sha256};
use vilab_store::model::{
    EntryDigests, IndexedPdq, KnownHit, MatchMethod, MatchRow, MatchTarget, MediaDigests, MediaPdq, RunOutcome,
    RunStatus,
};
use vilab_store::{CaseId, IngestBatch, MediaKey, MediaRowId, Store};

use super::hashsets::{entries, import};
use super::{Factory, StoreUnderTest, with_case};
use crate::common::*;

/// The digests an entry gives, each `Some(seed)` a digest of that seed.
fn digests(md5: Option<u8>, sha1: Option<u8>, sha256: Option<u8>) -> EntryDigests {
    EntryDigests {
        md5: md5.map(|s| Md5([s; 16])),
        sha1: sha1.map(|s| Sha1([s; 20])),
        sha256: sha256.map(|s| Sha256([s; 32])),
    }
}

pub fn exact_candidates_are_found_by_each_entry_s_strongest_digest(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let media: Vec<_> = [3u8, 4, 5, 6, 200].into_iter().map(|seed| bare_with(Sha256([seed; 32]), seed)).collect();
    let occurrences = media.iter().enumerate().map(|(i, m)| occ(&format!("f{i}.jpg"), m.digests.sha256)).collect();
    store.write_batch(&IngestBatch { media, occurrences, ..IngestBatch::new(exhibit, None) }).unwrap();
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
        // Media 6's MD5 with another SHA-1: its strongest digest is not the media's.
        KnownMedia { media_id: Some(4), md5: Some(Md5([6; 16])), sha1: Some(Sha1([99; 20])), ..KnownMedia::default() },
        // Media 200's SHA-256 with another MD5: a candidate, which vilab-match refuses.
        KnownMedia {
            media_id: Some(5),
            md5: Some(Md5([98; 16])),
            sha256: Some(Sha256([200; 32])),
            ..KnownMedia::default()
        },
    ];
    import(store, "set", &set).unwrap();

    let candidates = store.exact_candidates(case).unwrap();
    let mut found: Vec<(u8, EntryDigests)> = candidates
        .iter()
        .map(|c| {
            let seed = c.media_digests.sha256.0[0];
            let media = store.media(&MediaKey::Sha256(c.media_digests.sha256)).unwrap().unwrap();
            assert_eq!(media.id, c.media, "the candidate's row id is its media item's");
            assert_eq!(
                (c.media_digests.md5, c.media_digests.sha1),
                (media.record.digests.md5, media.record.digests.sha1),
                "the media's own digests"
            );
            (seed, c.entry_digests)
        })
        .collect();
    found.sort_by_key(|(seed, _)| *seed);
    assert_eq!(
        found,
        vec![
            (3, digests(Some(3), Some(3), None)),
            (4, digests(Some(4), Some(4), Some(4))),
            (5, digests(Some(5), None, None)),
            // Found by its SHA-256; its MD5 disagrees, which is for vilab-match to see.
            (200, digests(Some(98), None, Some(200))),
        ]
    );
    let mut entry_ids: Vec<i64> = candidates.iter().map(|c| c.known_id).collect();
    entry_ids.sort_unstable();
    entry_ids.dedup();
    assert_eq!(entry_ids.len(), 4, "one candidate per entry here");
    let other = store.create_case("empty").unwrap();
    assert!(store.exact_candidates(other.id).unwrap().is_empty());
}

/// A lab where matching has something to read: case OP-1 (media 1 and 2
/// decoded, 3 not; 2 found twice) and OP-2 (media 2 again, 4 and 5 only
/// there), and a set "set" whose first entry has media 1's MD5 and a PDQ,
/// and whose second has only a PDQ.
struct World {
    lab: Box<dyn StoreUnderTest>,
    case: CaseId,
    other_case: CaseId,
    /// Row ids of media 1 to 5 (index 0 unused).
    media: [MediaRowId; 6],
    /// The entry with media 1's MD5, then the PDQ-only entry.
    entries: [i64; 2],
}

fn world(make: Factory) -> World {
    let (lab, case, laptop) = with_case(make);
    let store = lab.store();
    let other_case = store.create_case("OP-2").unwrap().id;
    let usb = store.open_exhibit(other_case, "usb", "/mnt/usb").unwrap().id;
    let (one, two, three, four, five) = (decoded(1), decoded(2), bare(3), decoded(4), decoded(5));
    store
        .write_batch(&IngestBatch {
            media: vec![one.clone(), two.clone(), three.clone()],
            occurrences: vec![
                occ("a.jpg", one.digests.sha256),
                occ("b.jpg", two.digests.sha256),
                occ("dup/b.jpg", two.digests.sha256),
                occ("c.bin", three.digests.sha256),
            ],
            ..IngestBatch::new(laptop, None)
        })
        .unwrap();
    store
        .write_batch(&IngestBatch {
            media: vec![four.clone(), five.clone()],
            occurrences: vec![
                occ("b.jpg", two.digests.sha256),
                occ("d.jpg", four.digests.sha256),
                occ("e.jpg", five.digests.sha256),
            ],
            ..IngestBatch::new(usb, None)
        })
        .unwrap();
    let id = |sha256| store.media(&MediaKey::Sha256(sha256)).unwrap().unwrap().id;
    let media = [
        MediaRowId(0),
        id(one.digests.sha256),
        id(two.digests.sha256),
        id(three.digests.sha256),
        id(four.digests.sha256),
        id(five.digests.sha256),
    ];
    let set = [
        KnownMedia {
            media_id: Some(1),
            md5: Some(one.digests.md5),
            pdq: Some(PdqHash([0x11; 32])),
            category: Some(1),
            series: Some("S1".into()),
            ..KnownMedia::default()
        },
        KnownMedia { media_id: Some(2), pdq: Some(PdqHash([0x22; 32])), category: Some(2), ..KnownMedia::default() },
    ];
    import(store, "set", &set).unwrap();
    let mut known = Vec::new();
    store.known_pdqs(&mut |p| known.push(p)).unwrap();
    let entry_of = |pdq: PdqHash| match known.iter().find(|k| k.pdq == pdq).unwrap().target {
        MatchTarget::Known(id) => id,
        MatchTarget::OtherMedia(_) => panic!("a hash-set entry"),
    };
    let entries = [entry_of(PdqHash([0x11; 32])), entry_of(PdqHash([0x22; 32]))];
    World { lab, case, other_case, media, entries }
}

/// A match of `media` with `target`.
fn row(media: MediaRowId, target: MatchTarget, method: MatchMethod, distance: u32, dihedral: &str) -> MatchRow {
    MatchRow { media, target, method, distance, dihedral: (!dihedral.is_empty()).then(|| dihedral.to_string()) }
}

/// A hit of the world's set, as triage reads it back.
fn hit(
    known_id: i64,
    category: u8,
    series: Option<&str>,
    method: MatchMethod,
    distance: u32,
    dihedral: &str,
) -> KnownHit {
    KnownHit {
        known_id,
        hashset: "set".into(),
        profile: "vic-us".into(),
        category: Some(category),
        series: series.map(str::to_string),
        method,
        distance,
        dihedral: (!dihedral.is_empty()).then(|| dihedral.to_string()),
    }
}

/// The hits in a fixed order, to compare what a store may return in any.
fn sorted(mut hits: Vec<KnownHit>) -> Vec<KnownHit> {
    hits.sort_by_key(|h| (h.known_id, h.method.as_str(), h.distance));
    hits
}

pub fn stored_matches_read_back_in_triage(make: Factory) {
    use MatchMethod::{Md5 as ByMd5, Pdq};
    let World { lab, case, other_case, media: m, entries: [e1, e2] } = world(make);
    let store = lab.store();
    let rows = vec![
        row(m[1], MatchTarget::Known(e1), ByMd5, 0, ""),
        row(m[1], MatchTarget::Known(e1), Pdq, 5, "original"),
        row(m[2], MatchTarget::Known(e2), Pdq, 12, "flip-x"),
        row(m[1], MatchTarget::OtherMedia(m[4]), Pdq, 20, "original"),
        row(m[1], MatchTarget::OtherMedia(m[5]), Pdq, 9, "rotate-90"),
        row(m[2], MatchTarget::OtherMedia(m[4]), Pdq, 7, "original"),
    ];
    assert_eq!(store.replace_matches(case, &rows).unwrap(), 6);

    let items = store.triage(case).unwrap();
    let ids: Vec<MediaRowId> = items.iter().map(|i| i.media).collect();
    assert_eq!(ids, [m[1], m[2], m[3]], "every item of the case, by row id");
    assert_eq!(items[0].sha256, decoded(1).digests.sha256);
    assert_eq!(
        sorted(items[0].known.clone()),
        [hit(e1, 1, Some("S1"), ByMd5, 0, ""), hit(e1, 1, Some("S1"), Pdq, 5, "original")]
    );
    assert!(items[0].same_content_in.is_empty());
    assert_eq!(items[0].similar_in, [("OP-2".to_string(), 9)], "the least distance per case");
    assert_eq!(items[1].known, [hit(e2, 2, None, Pdq, 12, "flip-x")]);
    assert_eq!(items[1].same_content_in, ["OP-2"]);
    assert_eq!(items[1].similar_in, [("OP-2".to_string(), 7)]);
    assert!(items[2].known.is_empty() && items[2].same_content_in.is_empty() && items[2].similar_in.is_empty());

    // The other case's items see the same content in OP-1, and no match of their own.
    let others = store.triage(other_case).unwrap();
    assert_eq!(others.iter().map(|i| i.media).collect::<Vec<_>>(), [m[2], m[4], m[5]]);
    assert_eq!(others[0].same_content_in, ["OP-1"]);
    assert!(others.iter().all(|i| i.known.is_empty() && i.similar_in.is_empty()));

    // A new match of the case replaces the old one whole.
    assert_eq!(store.replace_matches(case, &rows[..1]).unwrap(), 1);
    let items = store.triage(case).unwrap();
    assert_eq!(items[0].known, [hit(e1, 1, Some("S1"), ByMd5, 0, "")]);
    assert!(items[0].similar_in.is_empty());
    assert!(items[1].known.is_empty() && items[1].similar_in.is_empty());
    assert_eq!(items[1].same_content_in, ["OP-2"], "same content is found by occurrences, not matches");
}

pub fn the_case_s_and_others_pdqs_and_digests_are_listed(make: Factory) {
    let World { lab, case, other_case, media: m, entries: [e1, e2] } = world(make);
    let store = lab.store();
    assert_eq!(
        store.case_pdqs(case).unwrap(),
        [MediaPdq { media: m[1], dihedral: dihedral(1) }, MediaPdq { media: m[2], dihedral: dihedral(2) }],
        "the decoded media of the case, by row id"
    );

    let mut known = Vec::new();
    store.known_pdqs(&mut |p| known.push(p)).unwrap();
    assert_eq!(
        known,
        [
            IndexedPdq { target: MatchTarget::Known(e1), pdq: PdqHash([0x11; 32]) },
            IndexedPdq { target: MatchTarget::Known(e2), pdq: PdqHash([0x22; 32]) },
        ],
        "in entry order"
    );

    let others = |case: CaseId| {
        let mut found = Vec::new();
        store.other_case_pdqs(case, &mut |p| found.push(p)).unwrap();
        found.sort_by_key(|p| match p.target {
            MatchTarget::OtherMedia(id) => id,
            MatchTarget::Known(_) => panic!("media of other cases only"),
        });
        found
    };
    let original = |seed: u8| dihedral(seed).hashes[0];
    // Media 2 is in both cases, so neither case probes it as another case's.
    assert_eq!(
        others(case),
        [
            IndexedPdq { target: MatchTarget::OtherMedia(m[4]), pdq: original(4) },
            IndexedPdq { target: MatchTarget::OtherMedia(m[5]), pdq: original(5) },
        ]
    );
    assert_eq!(others(other_case), [IndexedPdq { target: MatchTarget::OtherMedia(m[1]), pdq: original(1) }]);

    let digests: Vec<MediaDigests> = store.case_digests(case).unwrap();
    let expected: Vec<MediaDigests> = [(1, decoded(1)), (2, decoded(2)), (3, bare(3))]
        .into_iter()
        .map(|(i, r)| MediaDigests {
            media: m[i],
            md5: r.digests.md5,
            sha1: r.digests.sha1,
            sha256: r.digests.sha256,
            size: Some(r.digests.size),
            pdq: r.pdq.map(|d| d.hashes[0]),
        })
        .collect();
    assert_eq!(digests, expected);

    let places: Vec<(MediaRowId, String, String)> = store
        .case_places(case)
        .unwrap()
        .into_iter()
        .map(|(id, exhibit, key)| (id, exhibit, key.path_display()))
        .collect();
    let expected: Vec<(MediaRowId, String, String)> =
        [(m[1], "a.jpg"), (m[2], "b.jpg"), (m[2], "dup/b.jpg"), (m[3], "c.bin")]
            .into_iter()
            .map(|(id, path)| (id, "laptop".to_string(), path.to_string()))
            .collect();
    assert_eq!(places, expected, "by item, then in the order recorded");
}

/// Removing a set takes its entries' matches with it; matches with other
/// cases' media stay.
pub fn removing_a_set_removes_its_matches(make: Factory) {
    let World { lab, case, media: m, entries: [e1, e2], .. } = world(make);
    let store: &dyn Store = lab.store();
    let rows = vec![
        row(m[1], MatchTarget::Known(e1), MatchMethod::Md5, 0, ""),
        row(m[2], MatchTarget::Known(e2), MatchMethod::Pdq, 3, "original"),
        row(m[2], MatchTarget::OtherMedia(m[4]), MatchMethod::Pdq, 7, "original"),
    ];
    assert_eq!(store.replace_matches(case, &rows).unwrap(), 3);
    assert!(store.remove_hashset("set").unwrap());
    let items = store.triage(case).unwrap();
    assert!(items.iter().all(|i| i.known.is_empty()), "{items:?}");
    assert_eq!(items[1].similar_in, [("OP-2".to_string(), 7)]);
    let mut known = Vec::new();
    store.known_pdqs(&mut |p| known.push(p)).unwrap();
    assert!(known.is_empty());
    assert!(store.exact_candidates(case).unwrap().is_empty());

    // A set imported again matches afresh.
    import(store, "again", &entries(1..2)).unwrap();
    assert_eq!(store.exact_candidates(case).unwrap().len(), 1);
}

pub fn an_item_s_matches_its_pdq_neighbours_and_entries_are_looked_up(make: Factory) {
    use MatchMethod::{Md5 as ByMd5, Pdq};
    let World { lab, case, other_case, media: m, entries: [e1, e2] } = world(make);
    let store = lab.store();
    let rows =
        vec![row(m[1], MatchTarget::Known(e1), ByMd5, 0, ""), row(m[2], MatchTarget::Known(e2), Pdq, 12, "flip-x")];
    store.replace_matches(case, &rows).unwrap();
    // An item's matches, with the case that stored them.
    assert_eq!(store.media_matches(m[1]).unwrap(), [(case, hit(e1, 1, Some("S1"), ByMd5, 0, ""))]);
    assert_eq!(store.media_matches(m[2]).unwrap(), [(case, hit(e2, 2, None, Pdq, 12, "flip-x"))]);
    assert!(store.media_matches(m[4]).unwrap().is_empty());
    // Neighbours of an item's own PDQ: itself at 0, once per case it is in.
    let two = decoded(2).pdq.unwrap().hashes[0];
    let near = store.pdq_neighbours(&[two], 0, None).unwrap();
    assert!(near.iter().all(|n| n.media == m[2] && n.distance == 0), "{near:?}");
    let mut cases: Vec<CaseId> = near.iter().map(|n| n.case).collect();
    cases.sort();
    let mut both = vec![case, other_case];
    both.sort();
    assert_eq!(cases, both, "item 2 is in both cases");
    let only = store.pdq_neighbours(&[two], 0, Some(&[other_case])).unwrap();
    assert_eq!(only.len(), 1);
    assert_eq!(only[0].case, other_case);
    let all = store.pdq_neighbours(&[two], 256, None).unwrap();
    assert!(all.windows(2).all(|w| w[0].distance <= w[1].distance), "nearest first");
    assert_eq!(all.len(), 5, "items 1, 2, 4 and 5 have a PDQ; item 2 is in both cases: {all:?}");
    // Hash-set entries by digest (the entry's strongest: media 1's MD5) and by PDQ.
    let one = decoded(1).digests;
    let digests: [(&str, &[u8]); 3] = [("md5", &one.md5.0), ("sha1", &one.sha1.0), ("sha256", &one.sha256.0)];
    let found = store.known_lookup(digests, &[], 0).unwrap();
    assert_eq!(found.iter().map(|h| (h.known_id, h.method)).collect::<Vec<_>>(), [(e1, ByMd5)]);
    let by_pdq = store.known_lookup(digests, &[PdqHash([0x22; 32])], 3).unwrap();
    assert!(by_pdq.iter().any(|h| h.known_id == e2 && h.method == Pdq && h.distance == 0), "{by_pdq:?}");
    let nothing: [(&str, &[u8]); 3] = [("md5", &[0u8; 16]), ("sha1", &[0u8; 20]), ("sha256", &[0u8; 32])];
    assert!(store.known_lookup(nothing, &[], 0).unwrap().is_empty());
}

/// What an in-memory index of the media's PDQs reads: the items with a PDQ
/// from a row on, the last row and the ended runs, the items' cases, their
/// eight hashes.
pub fn an_index_of_the_media_s_pdqs_reads_them_from_a_row_on(make: Factory) {
    let World { lab, case, other_case, media: m, .. } = world(make);
    let store = lab.store();
    let read = |after: Option<MediaRowId>| {
        let mut out = Vec::new();
        store.media_pdqs_after(after, &mut |id, pdq| out.push((id, pdq))).unwrap();
        out
    };
    let first = |seed: u8| decoded(seed).pdq.unwrap().hashes[0];
    let all = [(m[1], first(1)), (m[2], first(2)), (m[4], first(4)), (m[5], first(5))];
    assert_eq!(read(None), all, "item 3 has no PDQ; by row id");
    assert_eq!(read(Some(m[2])), all[2..], "from the row after");
    assert!(read(Some(m[5])).is_empty());
    let mark = store.media_mark().unwrap();
    assert_eq!((mark.last_media, mark.runs_ended), (Some(m[5]), 0));
    // A run that ends counts; one still running does not.
    let exhibit = store.open_exhibit(case, "laptop", "/mnt/laptop").unwrap().id;
    let run = store.start_run(exhibit, "/mnt/laptop").unwrap();
    assert_eq!(store.media_mark().unwrap().runs_ended, 0);
    let outcome = RunOutcome { status: RunStatus::Completed, counters: Default::default(), note: None };
    store.finish_run(run, &outcome).unwrap();
    assert_eq!(store.media_mark().unwrap().runs_ended, 1);
    // Each item's cases, item 2 in both; an unknown row in none.
    let mut both = [(m[2], case), (m[2], other_case)];
    both.sort();
    let cases = store.media_cases(&[m[4], m[2], MediaRowId(9999), m[1]]).unwrap();
    assert_eq!(cases, [(m[1], case), both[0], both[1], (m[4], other_case)]);
    assert!(store.media_cases(&[]).unwrap().is_empty());
    // The eight hashes of the items that have them.
    let pdqs = store.media_pdqs(&[m[3], m[4], m[1]]).unwrap();
    assert_eq!(pdqs.iter().map(|p| p.media).collect::<Vec<_>>(), [m[1], m[4]]);
    assert_eq!(pdqs[1].dihedral, decoded(4).pdq.unwrap());
}
