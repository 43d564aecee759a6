//! The review index: items indexed by ingest with their EXIF leads, pages
//! in every keyset order, each filter, groups, decisions settled and
//! undone, settings, series, cameras across cases, map cells and the
//! timeline.

use vilab_core::model::ExifFields;
use vilab_store::model::review::*;
use vilab_store::{AccountId, CaseId, IngestBatch, MediaKey, MediaRowId, Store, StoreError};

use super::{Factory, with_case};
use crate::common::*;

/// Six items in exhibit "laptop" of OP-1, under two folders; items 1-3
/// from a Canon with GPS, 4 from a Nikon without, 5 and 6 without EXIF
/// (6 not even decoded). Returns their row ids in ingest order.
fn six_items(store: &dyn Store, exhibit: vilab_store::ExhibitId) -> Vec<MediaRowId> {
    let mut media = Vec::new();
    for seed in 1..=4u8 {
        let mut m = decoded(seed);
        let exif = m.exif.as_mut().unwrap();
        exif.datetime_original = Some(format!("2021-0{seed}-0{seed}T10:00:00"));
        if seed == 4 {
            *exif = ExifFields {
                make: Some("Nikon".into()),
                model: Some("D750".into()),
                datetime_original: Some("2019:07:01 08:00:00 (not ISO)".into()),
                ..Default::default()
            };
        }
        media.push(m);
    }
    media.push(decoded(5));
    media[4].exif = None;
    media.push(bare(6));
    let occurrences = media
        .iter()
        .enumerate()
        .map(|(i, m)| occ(if i < 3 { "DCIM/100/a.jpg" } else { "Downloads/x/b.jpg" }, m.digests.sha256))
        .map(|mut o| {
            o.key = key(&format!("{}{}", o.key.path_display(), o.sha256.to_hex()), "");
            o
        })
        .collect();
    store.write_batch(&IngestBatch { media: media.clone(), occurrences, ..IngestBatch::new(exhibit, None) }).unwrap();
    media.iter().map(|m| store.media(&MediaKey::Sha256(m.digests.sha256)).unwrap().unwrap().id).collect()
}

fn query(filter: ReviewFilter) -> ReviewQuery {
    ReviewQuery { filter, order: ReviewOrder::Ingested, after: None, limit: 100 }
}

fn ids(rows: &[ReviewRow]) -> Vec<MediaRowId> {
    rows.iter().map(|r| r.media).collect()
}

fn page(store: &dyn Store, case: CaseId, filter: ReviewFilter) -> Vec<MediaRowId> {
    ids(&store.review_page(case, &query(filter)).unwrap())
}

pub fn ingest_indexes_items_with_their_exif_leads(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let items = six_items(store, exhibit);
    let rows = store.review_page(case, &query(ReviewFilter::default())).unwrap();
    assert_eq!(ids(&rows), items);
    let first = &rows[0];
    assert_eq!(first.triage, TriageState::Unmatched, "not matched yet");
    assert_eq!(first.taken.as_deref(), Some("2021-01-01T10:00:00"));
    assert!(first.has_gps);
    assert_eq!(first.folder, "DCIM/100/");
    assert_eq!(first.exhibit, exhibit);
    assert!(first.thumbnail.is_some());
    assert_eq!(rows[3].taken, None, "a malformed time is no point in time");
    assert!(!rows[3].has_gps);
    assert_ne!(rows[3].camera, first.camera);
    assert_eq!(rows[1].camera, first.camera, "one camera, one id");
    assert_eq!((rows[4].camera, rows[5].camera), (None, None));
    assert_eq!(rows[5].folder, "Downloads/x/");

    // Another case holding the same content has its own row.
    let other = store.create_case("OP-2").unwrap();
    let phone = store.open_exhibit(other.id, "phone", "/mnt/phone").unwrap();
    let sha = first.sha256;
    store
        .write_batch(&IngestBatch { occurrences: vec![occ("p.jpg", sha)], ..IngestBatch::new(phone.id, None) })
        .unwrap();
    assert_eq!(page(store, other.id, ReviewFilter::default()), vec![items[0]]);
    assert_eq!(page(store, case, ReviewFilter::default()).len(), 6, "{}", "the first case is unchanged");
}

pub fn pages_follow_the_keyset_in_every_order(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let items = six_items(store, exhibit);
    let walk = |order: ReviewOrder| {
        let mut seen = Vec::new();
        let mut after = None;
        loop {
            let rows =
                store.review_page(case, &ReviewQuery { filter: ReviewFilter::default(), order, after, limit: 2 });
            let rows = rows.unwrap();
            if rows.is_empty() {
                break;
            }
            let last = rows.last().unwrap();
            after = Some(ReviewCursor { media: last.media, taken: last.taken.clone() });
            seen.extend(ids(&rows));
        }
        seen
    };
    assert_eq!(walk(ReviewOrder::Ingested), items);
    assert_eq!(walk(ReviewOrder::IngestedDesc), items.iter().rev().copied().collect::<Vec<_>>());
    // Dated items by time (items 1-3), then the undated by id (4, 5, 6).
    assert_eq!(walk(ReviewOrder::Taken), items);
    let limit = store.review_page(case, &ReviewQuery { limit: 0, ..query(ReviewFilter::default()) }).unwrap();
    assert_eq!(limit.len(), 1, "a limit of 0 is raised to 1");
}

pub fn each_filter_selects_its_items(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let items = six_items(store, exhibit);
    let mark = |i: usize, state, proposal: Option<(&str, Option<u8>, &str)>| TriageMark {
        media: items[i],
        state,
        proposal: proposal.map(|(p, c, h)| (p.to_string(), c, h.to_string())),
    };
    store
        .set_review_triage(
            case,
            &[
                mark(0, TriageState::Known, Some(("projectvic", Some(1), "SET-A"))),
                mark(1, TriageState::NearKnown, Some(("projectvic", Some(2), "SET-B"))),
                mark(2, TriageState::New, None),
                mark(3, TriageState::New, None),
                mark(4, TriageState::New, None),
            ],
        )
        .unwrap();
    let f = ReviewFilter::default;
    assert_eq!(page(store, case, ReviewFilter { triage: Some(TriageState::Known), ..f() }), vec![items[0]]);
    assert_eq!(page(store, case, ReviewFilter { triage: Some(TriageState::Unmatched), ..f() }), vec![items[5]]);
    assert_eq!(page(store, case, ReviewFilter { proposed: Some(2), ..f() }), vec![items[1]]);
    assert_eq!(page(store, case, ReviewFilter { hashset: Some("SET-A".into()), ..f() }), vec![items[0]]);
    assert_eq!(page(store, case, ReviewFilter { make: Some("Nikon".into()), ..f() }), vec![items[3]]);
    let canon = ReviewFilter { make: Some("Canon".into()), model: Some("EOS 5D".into()), ..f() };
    assert_eq!(page(store, case, canon), items[..3].to_vec());
    assert_eq!(page(store, case, ReviewFilter { body_serial: Some("nope".into()), ..f() }), vec![]);
    assert_eq!(page(store, case, ReviewFilter { has_gps: Some(true), ..f() }), items[..3].to_vec());
    assert_eq!(page(store, case, ReviewFilter { has_gps: Some(false), ..f() }), items[3..].to_vec());
    let range = ReviewFilter { taken_from: Some("2021-02".into()), taken_before: Some("2021-03-04".into()), ..f() };
    assert_eq!(page(store, case, range), items[1..3].to_vec());
    assert_eq!(page(store, case, ReviewFilter { folder: Some("Downloads/x/".into()), ..f() }), items[3..].to_vec());
    assert_eq!(page(store, case, ReviewFilter { exhibit: Some(exhibit), ..f() }), items);
    let hex = store.review_page(case, &query(f())).unwrap()[4].sha256.to_hex();
    assert_eq!(page(store, case, ReviewFilter { path_contains: Some(hex[..12].into()), ..f() }), vec![items[4]]);
    let phnom_penh = GeoBox { lat_min: 11.0, lat_max: 12.0, lon_min: 104.0, lon_max: 105.0 };
    assert_eq!(page(store, case, ReviewFilter { within: Some(phnom_penh), ..f() }), items[..3].to_vec());
    let elsewhere = GeoBox { lat_min: 0.0, lat_max: 1.0, lon_min: 0.0, lon_max: 1.0 };
    assert_eq!(page(store, case, ReviewFilter { within: Some(elsewhere), ..f() }), vec![]);
    // Filters together: all must hold.
    let three = ReviewFilter { triage: Some(TriageState::New), has_gps: Some(true), make: Some("Canon".into()), ..f() };
    assert_eq!(page(store, case, three), vec![items[2]]);
    assert!(matches!(
        store.review_page(CaseId(999), &query(f())).unwrap_err(),
        StoreError::NotFound { what: "case", .. }
    ));
}

pub fn groups_put_the_most_known_first(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let items = six_items(store, exhibit);
    let known = |i: usize| TriageMark {
        media: items[i],
        state: TriageState::Known,
        proposal: Some(("projectvic".into(), Some(1), "SET-A".into())),
    };
    store.set_review_triage(case, &[known(3), known(4)]).unwrap();
    let folders = store.review_groups(case, GroupBy::Folder, &ReviewFilter::default()).unwrap();
    assert_eq!(folders.iter().map(|g| g.key.as_str()).collect::<Vec<_>>(), ["Downloads/x/", "DCIM/100/"]);
    assert_eq!((folders[0].items, folders[0].known, folders[0].hits_undecided), (3, 2, 2));
    let sets = store.review_groups(case, GroupBy::Hashset, &ReviewFilter::default()).unwrap();
    assert_eq!((sets[0].key.as_str(), sets[0].items), ("SET-A", 2));
    assert_eq!((sets[1].key.as_str(), sets[1].items), ("", 4));
    let cameras = store.review_groups(case, GroupBy::Camera, &ReviewFilter::default()).unwrap();
    assert_eq!(cameras.iter().map(|g| g.items).sum::<u64>(), 6);
    let series = store.create_series(case, "beach", AccountId(1), 10).unwrap();
    store.add_to_series(series.id, &items[..2], AccountId(1), 10).unwrap();
    let by_series = store.review_groups(case, GroupBy::Series, &ReviewFilter::default()).unwrap();
    assert_eq!((by_series.len(), by_series[0].key.clone(), by_series[0].items), (1, series.id.0.to_string(), 2));
}

pub fn decisions_settle_conflict_and_undo(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let items = six_items(store, exhibit);
    let second = store.create_account(&vilab_store::NewAccount {
        username: "second".into(),
        password: "another long passphrase".into(),
        role: vilab_store::Role::Analyst,
    });
    let (first, second) = (AccountId(1), second.unwrap().id);
    let decide = |account, items: &[MediaRowId], category| {
        store.record_decisions(&NewDecisions {
            case,
            account,
            items: items.to_vec(),
            change: DecisionChange::Category { profile: "projectvic".into(), category },
            at: 100,
        })
    };
    let done = decide(first, &items[..3], 1).unwrap();
    assert_eq!(done.items.len(), 3);
    assert!(done.items.iter().all(|i| i.decided == Some(1) && !i.conflict));
    let decided = ReviewFilter { decided: Some(DecidedFilter::Category(1)), ..Default::default() };
    assert_eq!(page(store, case, decided.clone()), items[..3].to_vec());
    let undecided = ReviewFilter { decided: Some(DecidedFilter::Undecided), ..Default::default() };
    assert_eq!(page(store, case, undecided), items[3..].to_vec());

    let other = decide(second, &items[..1], 2).unwrap();
    assert_eq!((other.items[0].decided, other.items[0].conflict), (Some(2), true));
    let conflicts = ReviewFilter { decided: Some(DecidedFilter::Conflict), ..Default::default() };
    assert_eq!(page(store, case, conflicts.clone()), vec![items[0]]);
    // The dashboard's progress: six items, three decided, one in conflict;
    // each reviewer with the items they decided.
    let progress = store.review_progress(case).unwrap();
    assert_eq!((progress.items, progress.decided, progress.conflicts, progress.follow_up), (6, 3, 1, 0));
    let counts: Vec<u64> = progress.by_reviewer.iter().map(|(_, n)| *n).collect();
    assert_eq!(counts, [3, 1]);
    assert_eq!(progress.by_reviewer[1].0, "second");

    // The undo takes back the second reviewer's batch only.
    let undone = store.retract_last_decisions(case, second, 101).unwrap().unwrap();
    assert_eq!((undone.items[0].decided, undone.items[0].conflict), (Some(1), false));
    assert_eq!(page(store, case, conflicts), vec![]);
    assert_eq!(store.retract_last_decisions(case, second, 102).unwrap(), None, "nothing left to undo");
    let history = store.decisions(case, items[0]).unwrap();
    assert_eq!(history.iter().map(|d| d.kind.as_str()).collect::<Vec<_>>(), ["category", "category", "retract"]);
    assert_eq!(history[2].retracts, Some(history[1].id));
    assert_eq!(history[1].username, "second");

    // A second undo by the first reviewer walks back one batch at a time.
    decide(first, &items[..1], 3).unwrap();
    store.retract_last_decisions(case, first, 103).unwrap().unwrap();
    assert_eq!(page(store, case, decided.clone()), items[..3].to_vec());
    store.retract_last_decisions(case, first, 104).unwrap().unwrap();
    assert_eq!(page(store, case, decided), vec![]);
    let progress = store.review_progress(case).unwrap();
    assert_eq!(progress.decided, 0, "every decision undone");
    assert!(progress.by_reviewer.is_empty(), "{:?}", progress.by_reviewer);

    // Follow-up is a flag beside the category.
    let flag =
        NewDecisions { case, account: first, items: vec![items[4]], change: DecisionChange::FollowUp(true), at: 105 };
    let flagged = store.record_decisions(&flag).unwrap();
    assert!(flagged.items[0].follow_up && flagged.items[0].decided.is_none());
    let follow = ReviewFilter { decided: Some(DecidedFilter::FollowUp), ..Default::default() };
    assert_eq!(page(store, case, follow), vec![items[4]]);

    // An item of another case fails the whole batch: nothing is stored.
    let elsewhere = store.create_case("OP-2").unwrap();
    let phone = store.open_exhibit(elsewhere.id, "phone", "/mnt/phone").unwrap();
    store
        .write_batch(&IngestBatch {
            media: vec![bare(77)],
            occurrences: vec![occ("z", bare(77).digests.sha256)],
            ..IngestBatch::new(phone.id, None)
        })
        .unwrap();
    let foreign = store.media(&MediaKey::Sha256(bare(77).digests.sha256)).unwrap().unwrap().id;
    let err = decide(first, &[items[5], foreign], 1).unwrap_err();
    assert!(matches!(err, StoreError::NotFound { what: "media item of the case", .. }), "{err}");
    assert!(store.decisions(case, items[5]).unwrap().is_empty(), "the batch left nothing behind");
}

pub fn settings_default_then_round_trip(make: Factory) {
    let lab = make();
    let store = lab.store();
    assert_eq!(store.account_settings(AccountId(1)).unwrap(), AccountSettings::default());
    let mine = AccountSettings { lang: Some("km".into()), blur: false, greyscale: true, tile: 256, break_minutes: 0 };
    store.set_account_settings(AccountId(1), &mine, 5).unwrap();
    assert_eq!(store.account_settings(AccountId(1)).unwrap(), mine);
    let err = store.set_account_settings(AccountId(1), &AccountSettings { tile: 512, ..mine.clone() }, 6).unwrap_err();
    assert!(err.to_string().contains("tile"), "{err}");
    assert_eq!(store.account_settings(AccountId(1)).unwrap(), mine, "a refused change changes nothing");
}

pub fn series_are_named_grown_and_merged(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let items = six_items(store, exhibit);
    let a = store.create_series(case, "beach", AccountId(1), 1).unwrap();
    assert_eq!(a.uid.len(), 32);
    assert!(matches!(
        store.create_series(case, "beach", AccountId(1), 1).unwrap_err(),
        StoreError::SeriesExists { .. }
    ));
    let b = store.create_series(case, "hotel room", AccountId(1), 2).unwrap();
    assert_eq!(store.add_to_series(a.id, &items[..2], AccountId(1), 3).unwrap(), 2);
    assert_eq!(store.add_to_series(a.id, &items[..3], AccountId(1), 3).unwrap(), 1, "members are kept once");
    store.add_to_series(b.id, &items[2..4], AccountId(1), 4).unwrap();
    assert_eq!(page(store, case, ReviewFilter { series: Some(a.id), ..Default::default() }), items[..3].to_vec());
    assert_eq!(store.merge_series(b.id, a.id, AccountId(1), 5).unwrap(), 1);
    let merged = store.series(b.id).unwrap().unwrap();
    assert_eq!(merged.merged_into, Some(a.id));
    assert_eq!(store.series(a.id).unwrap().unwrap().members, 4);
    assert!(store.merge_series(b.id, a.id, AccountId(1), 6).is_err(), "a merged series is not merged again");
    assert_eq!(
        store.series_of(case, items[3]).unwrap().iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        ["beach", "hotel room"]
    );
    assert_eq!(store.list_series(case).unwrap().len(), 2);
    // Renamed: to a free name, or to its own; never to another's.
    assert_eq!(store.rename_series(a.id, "beach at dusk").unwrap().name, "beach at dusk");
    assert_eq!(store.rename_series(a.id, "beach at dusk").unwrap().members, 4);
    assert!(matches!(store.rename_series(a.id, "hotel room").unwrap_err(), StoreError::SeriesExists { .. }));
    assert!(store.rename_series(a.id, "").is_err(), "an empty name is refused");
    assert_eq!(store.series(a.id).unwrap().unwrap().name, "beach at dusk");
}

pub fn cameras_map_and_timeline_read_the_leads(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let items = six_items(store, exhibit);
    let other = store.create_case("OP-2").unwrap();
    let phone = store.open_exhibit(other.id, "phone", "/mnt/phone").unwrap();
    let sha = store.review_page(case, &query(ReviewFilter::default())).unwrap()[0].sha256;
    store
        .write_batch(&IngestBatch { occurrences: vec![occ("p.jpg", sha)], ..IngestBatch::new(phone.id, None) })
        .unwrap();

    let all = store.camera_groups(None).unwrap();
    let canon = all.iter().find(|c| c.make == "Canon").unwrap();
    assert_eq!((canon.model.as_str(), canon.body_serial.as_str()), ("EOS 5D", "0123456789"));
    assert_eq!(canon.cases, vec![(case, 3), (other.id, 1)], "the same camera in two cases");
    let nikon = all.iter().find(|c| c.make == "Nikon").unwrap();
    assert_eq!(nikon.body_serial, "");
    assert_eq!(store.camera_groups(Some(&[other.id])).unwrap().len(), 1);
    assert!(store.camera_groups(Some(&[])).unwrap().is_empty());

    let cells = store.map_cells(case, &ReviewFilter::default(), 1.0).unwrap();
    assert_eq!(cells.len(), 1);
    assert_eq!((cells[0].items, cells[0].first), (3, items[0]));
    assert!((cells[0].lat - 11.5564).abs() < 1e-9 && (cells[0].lon - 104.9282).abs() < 1e-9);
    assert!(store.map_cells(case, &ReviewFilter::default(), 0.0).is_err());

    let months = store.timeline(case, &ReviewFilter::default(), TimelineStep::Month).unwrap();
    let months: Vec<_> = months.iter().map(|b| (b.period.as_str(), b.items)).collect();
    assert_eq!(months, [("2021-01", 1), ("2021-02", 1), ("2021-03", 1)]);
    let years = store.timeline(case, &ReviewFilter::default(), TimelineStep::Year).unwrap();
    assert_eq!((years[0].period.as_str(), years[0].items), ("2021", 3));
}

pub fn series_link_across_cases_and_keep_their_history(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let items = six_items(store, exhibit);
    // OP-2 holds the first item too (the same content: one item) and
    // the fifth.
    let other = store.create_case("OP-2").unwrap();
    let phone = store.open_exhibit(other.id, "phone", "/mnt/phone").unwrap();
    let rows = store.review_page(case, &query(ReviewFilter::default())).unwrap();
    let shas = [rows[0].sha256, rows[4].sha256];
    store
        .write_batch(&IngestBatch {
            occurrences: vec![occ("p.jpg", shas[0]), occ("q.jpg", shas[1])],
            ..IngestBatch::new(phone.id, None)
        })
        .unwrap();
    let a = store.create_series(case, "beach", AccountId(1), 1).unwrap();
    store.add_to_series(a.id, &items[..3], AccountId(1), 1).unwrap();
    let b = store.create_series(other.id, "shore", AccountId(1), 2).unwrap();
    store.add_to_series(b.id, &[items[0], items[4]], AccountId(1), 2).unwrap();
    let same_case = store.create_series(case, "hotel", AccountId(1), 2).unwrap();
    store.add_to_series(same_case.id, &items[..1], AccountId(1), 2).unwrap();

    // What a search for series to link compares: shared items (only other
    // cases' series count) and the members' PDQ.
    assert_eq!(store.series_sharing_items(a.id).unwrap(), [(b.id, 1)]);
    let pdqs = store.series_member_pdqs(b.id).unwrap();
    assert_eq!(pdqs.iter().map(|p| p.media).collect::<Vec<_>>(), [items[0], items[4]]);
    assert!(pdqs.iter().all(|p| p.dihedral.is_some()), "both are decoded");
    assert!(store.series_member_pdqs(a.id).unwrap().iter().any(|p| p.media == items[0]));

    // Two series of one case are merged, not linked; a missing one is not found.
    assert!(matches!(
        store.set_series_link(a.id, same_case.id, true, "", AccountId(1), 3).unwrap_err(),
        StoreError::Invalid { .. }
    ));
    assert!(matches!(
        store.set_series_link(a.id, SeriesId(999), true, "", AccountId(1), 3).unwrap_err(),
        StoreError::NotFound { .. }
    ));

    // Linked, from either side, once; unlinked; linked again: each change
    // is an event, a repeat is none.
    assert!(store.set_series_link(b.id, a.id, true, "same bedspread", AccountId(1), 4).unwrap());
    assert!(!store.set_series_link(a.id, b.id, true, "again", AccountId(1), 5).unwrap());
    let now = store.linked_series(a.id).unwrap();
    assert_eq!(now.len(), 1);
    assert_eq!((now[0].other(a.id), now[0].note.as_str(), now[0].set_at), (b.id, "same bedspread", 4));
    assert_eq!(store.linked_series(b.id).unwrap()[0].other(b.id), a.id, "a link reads from both sides");
    assert!(store.set_series_link(a.id, b.id, false, "different room", AccountId(1), 6).unwrap());
    assert!(!store.set_series_link(a.id, b.id, false, "", AccountId(1), 7).unwrap());
    assert!(store.linked_series(a.id).unwrap().is_empty());
    assert!(store.set_series_link(a.id, b.id, true, "", AccountId(1), 8).unwrap());
    let history = store.series_link_history(b.id).unwrap();
    assert_eq!(
        history.iter().map(|e| (e.linked, e.note.as_str(), e.set_at)).collect::<Vec<_>>(),
        [(true, "same bedspread", 4), (false, "different room", 6), (true, "", 8)]
    );
    assert!(history.iter().all(|e| e.pair == (a.id.min(b.id), a.id.max(b.id))));
    assert_eq!(store.linked_series(b.id).unwrap().len(), 1);
    // A merged series is no candidate.
    store.merge_series(same_case.id, a.id, AccountId(1), 9).unwrap();
    assert_eq!(store.series_sharing_items(b.id).unwrap(), [(a.id, 1)]);
}
