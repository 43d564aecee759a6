//! The review lab through the application layer: matching fills the
//! review index, decisions and their undo, renditions masked by the
//! reviewer's settings and a reveal that is audited, series grown by
//! "find similar", and camera leads that never name a case one may not see.

mod common;

use common::{ADMIN, Fixture, MEMBER_CASE, OTHER_CASE, user_of};
use vilab_lab::{Code, Role};
use vilab_store::MediaKey;
use vilab_store::model::review::*;

fn first_page(fx: &Fixture, filter: ReviewFilter) -> Vec<ReviewRow> {
    let analyst = fx.session(&user_of(Role::Analyst));
    let query = ReviewQuery { filter, order: ReviewOrder::Ingested, after: None, limit: 100 };
    analyst.review_page(MEMBER_CASE, &query).unwrap().items
}

#[test]
fn matching_fills_the_triage_of_the_review_index() {
    let fx = Fixture::new();
    let analyst = fx.session(&user_of(Role::Analyst));
    let rows = first_page(&fx, ReviewFilter::default());
    // Ingest matches the case at its end: no hash set yet, so all are new.
    assert!(!rows.is_empty() && rows.iter().all(|r| r.triage == TriageState::New), "{rows:?}");
    fx.import_hashset(&analyst, "known");
    analyst.match_case(MEMBER_CASE, &Default::default()).unwrap();
    let known = first_page(&fx, ReviewFilter { triage: Some(TriageState::Known), ..Default::default() });
    assert_eq!(known.len(), 1, "the fixture's hash set knows the member picture");
    assert_eq!(known[0].media, fx.item(true));
    assert_eq!((known[0].hashset.as_deref(), known[0].proposed_profile.as_deref()), (Some("known"), Some("vic-us")));
}

#[test]
fn decisions_are_checked_against_the_profile_and_undone_in_order() {
    let fx = Fixture::new();
    let analyst = fx.session(&user_of(Role::Analyst));
    let item = fx.item(true);
    let category = |category| DecisionChange::Category { profile: "vic-us".into(), category };
    let err = analyst.decide(MEMBER_CASE, &[item], &category(9)).unwrap_err();
    assert_eq!(err.code(), Code::CategoryUnknown);
    let bad_profile = DecisionChange::Category { profile: "nope".into(), category: 1 };
    assert_eq!(analyst.decide(MEMBER_CASE, &[item], &bad_profile).unwrap_err().code(), Code::ProfileUnknown);
    assert_eq!(analyst.decide(MEMBER_CASE, &[], &category(1)).unwrap_err().code(), Code::NothingSelected);
    let other = fx.item(false);
    assert_eq!(analyst.decide(MEMBER_CASE, &[other], &category(1)).unwrap_err().code(), Code::MediaNotFound);

    analyst.decide(MEMBER_CASE, &[item], &category(1)).unwrap();
    analyst.decide(MEMBER_CASE, &[item], &category(2)).unwrap();
    let investigator = fx.session(&user_of(Role::Investigator));
    let theirs = investigator.decide(MEMBER_CASE, &[item], &category(1)).unwrap().outcome.unwrap();
    assert!(theirs.items[0].conflict, "analyst says 2, investigator 1");
    let undone = analyst.undo(MEMBER_CASE).unwrap().outcome.unwrap();
    assert_eq!((undone.items[0].decided, undone.items[0].conflict), (Some(1), false), "back to the analyst's 1");
    let history = analyst.decision_history(MEMBER_CASE, item).unwrap();
    assert_eq!(history.decisions.len(), 4, "nothing is overwritten: three decisions and a retraction");
    let (_, action, outcome, details) = fx.last_audit();
    assert_eq!((action.as_str(), outcome.as_str()), ("review.view", "allowed"));
    assert!(details.contains("media"), "{details}");
}

#[test]
fn renditions_follow_the_settings_and_a_reveal_is_audited() {
    let fx = Fixture::new();
    let analyst = fx.session(&user_of(Role::Analyst));
    let key = MediaKey::parse(&fx.member_picture).unwrap();
    let decode = |jpeg: &[u8]| vilab_media::decode_rgb(jpeg, vilab_core::model::MediaKind::Jpeg, 1 << 20).unwrap();
    let before = fx.db().query_row("SELECT COUNT(*) FROM audit_log", [], |r| r.get::<_, i64>(0)).unwrap();
    let masked = analyst.masked_rendition(&key, None).unwrap();
    assert!(!masked.sharp);
    let grey = decode(&masked.jpeg);
    assert!(grey.rgb.chunks_exact(3).all(|p| p[0].abs_diff(p[1]) <= 8 && p[1].abs_diff(p[2]) <= 8), "grey");
    let after = fx.db().query_row("SELECT COUNT(*) FROM audit_log", [], |r| r.get::<_, i64>(0)).unwrap();
    assert_eq!(before, after, "a masked rendition is the least exposure: not audited when allowed");

    let revealed = analyst.reveal(&key).unwrap();
    assert!(revealed.sharp);
    let (actor, action, outcome, details) = fx.last_audit();
    assert_eq!(
        (actor.as_str(), action.as_str(), outcome.as_str()),
        (user_of(Role::Analyst).as_str(), "media.reveal", "allowed")
    );
    assert!(details.contains("sharp"), "{details}");
    let colour = decode(&revealed.jpeg);
    assert!(colour.rgb.chunks_exact(3).any(|p| p[0].abs_diff(p[2]) > 20), "the reveal is in colour");

    let settings = AccountSettings { blur: false, greyscale: false, tile: 64, ..AccountSettings::default() };
    analyst.set_my_settings(&settings).unwrap();
    let plain = decode(&analyst.masked_rendition(&key, None).unwrap().jpeg);
    assert!(plain.width.max(plain.height) <= 64, "the tile size bounds the rendition");
    let bad = AccountSettings { lang: Some("xx".into()), ..settings };
    assert_eq!(analyst.set_my_settings(&bad).unwrap_err().code(), Code::UnknownLanguage);

    let trainee = fx.session(&user_of(Role::Trainee));
    assert_eq!(trainee.reveal(&key).unwrap_err().code(), Code::PermissionDenied);
    assert_eq!(trainee.masked_rendition(&key, None).unwrap_err().code(), Code::PermissionDenied);
    let (_, action, outcome, _) = fx.last_audit();
    assert_eq!((action.as_str(), outcome.as_str()), ("media.thumbnail", "denied"), "refusals are audited");
}

#[test]
fn a_series_grows_by_find_similar() {
    let fx = Fixture::new();
    let analyst = fx.session(&user_of(Role::Analyst));
    let (sender, _r) = crossbeam_channel::unbounded();
    // A second exhibit: the same picture re-encoded smaller is a PDQ neighbour.
    let dir = fx.tmp.path().join("resized");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("small.jpg"), vilab_synth::benchmark_jpeg(1, 72, 48)).unwrap();
    std::fs::write(dir.join("unrelated.jpg"), vilab_synth::benchmark_jpeg(40, 96, 64)).unwrap();
    let request = vilab_lab::ops::ingest::IngestRequest {
        case: MEMBER_CASE,
        exhibit: "resized",
        source: &dir,
        options: Default::default(),
    };
    analyst.ingest(&request, &std::sync::atomic::AtomicBool::new(false), &sender).unwrap();
    let seed = fx.item(true);
    let similar = analyst.find_similar(MEMBER_CASE, &[seed], 31).unwrap();
    assert_eq!(similar.items.len(), 1, "only the resized copy: {:?}", similar.items);
    let series = analyst.create_series(MEMBER_CASE, "test card", &[seed]).unwrap().series;
    let grown = analyst.add_to_series(MEMBER_CASE, series.id, &[similar.items[0].0]).unwrap();
    assert_eq!((grown.added, grown.series.members), (1, 2));
    assert_eq!(analyst.find_similar(MEMBER_CASE, &[seed], 65).unwrap_err().code(), Code::ValueOutOfRange);
    let rows = first_page(&fx, ReviewFilter { series: Some(series.id), ..Default::default() });
    assert_eq!(rows.len(), 2);
    assert_eq!(analyst.create_series(MEMBER_CASE, "test card", &[seed]).unwrap_err().code(), Code::SeriesExists);
    // Renamed, then another series merged into it; the same merge sent
    // again changes nothing.
    let renamed = analyst.rename_series(MEMBER_CASE, series.id, "test card, resized").unwrap();
    assert_eq!(renamed.series.name, "test card, resized");
    let other = analyst.create_series(MEMBER_CASE, "other", &[fx.item(true)]).unwrap().series;
    assert_eq!(
        analyst.rename_series(MEMBER_CASE, other.id, "test card, resized").unwrap_err().code(),
        Code::SeriesExists
    );
    let merged = analyst.merge_series(MEMBER_CASE, other.id, series.id).unwrap();
    assert_eq!((merged.added, merged.series.members), (0, 2), "the seed was a member already");
    let again = analyst.merge_series(MEMBER_CASE, other.id, series.id).unwrap();
    assert_eq!((again.added, again.series.id), (0, series.id));
    assert_eq!(analyst.merge_series(MEMBER_CASE, series.id, series.id).unwrap_err().code(), Code::InvalidInput);
}

#[test]
fn camera_leads_name_only_cases_one_may_see() {
    let fx = Fixture::new();
    let analyst = fx.session(&user_of(Role::Analyst));
    let leads = analyst.camera_leads().unwrap();
    let cases: Vec<&str> = leads.cameras.iter().flat_map(|c| c.cases.iter().map(|(n, _)| n.as_str())).collect();
    assert!(!cases.contains(&OTHER_CASE), "{cases:?}");
    let admin = fx.session(ADMIN);
    assert_eq!(admin.camera_leads().unwrap_err().code(), Code::PermissionDenied);
}

#[test]
fn a_picture_from_outside_is_searched_in_the_cases_one_may_see_and_not_stored() {
    let fx = Fixture::new();
    let analyst = fx.session(&user_of(Role::Analyst));
    let before = analyst.list_media(MEMBER_CASE, 100, 0).unwrap().items.len();
    // The member case's own picture: the same content, and itself at distance 0.
    let same = analyst.search_image(&vilab_synth::benchmark_jpeg(1, 96, 64), 31).unwrap();
    assert_eq!(same.sha256.to_hex(), fx.member_picture);
    assert_eq!(same.same.iter().map(|n| n.case.as_str()).collect::<Vec<_>>(), [MEMBER_CASE]);
    assert!(same.similar.iter().any(|n| n.case == MEMBER_CASE && n.distance == 0), "{:?}", same.similar);
    // A smaller re-encoding: not the same content, but near by PDQ.
    let near = analyst.search_image(&vilab_synth::benchmark_jpeg(1, 72, 48), 31).unwrap();
    assert!(near.same.is_empty());
    assert!(near.similar.iter().any(|n| n.case == MEMBER_CASE && n.distance <= 31), "{:?}", near.similar);
    // The other case's picture: the analyst is no member, so nothing of it shows.
    let other = analyst.search_image(&vilab_synth::benchmark_jpeg(2, 96, 64), 64).unwrap();
    assert!(other.same.is_empty() && other.similar.iter().all(|n| n.case != OTHER_CASE), "{other:?}");
    // Not a picture; a radius PDQ cannot have.
    assert_eq!(analyst.search_image(b"just some text", 31).unwrap_err().code(), Code::UploadNotImage);
    let picture = vilab_synth::benchmark_jpeg(1, 96, 64);
    assert_eq!(analyst.search_image(&picture, 65).unwrap_err().code(), Code::ValueOutOfRange);
    // Nothing was stored.
    assert_eq!(analyst.list_media(MEMBER_CASE, 100, 0).unwrap().items.len(), before);
    // An item's neighbours: its smaller copy, ingested in a second exhibit.
    let dir = fx.tmp.path().join("copies");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("small.jpg"), vilab_synth::benchmark_jpeg(1, 72, 48)).unwrap();
    let (sender, _r) = crossbeam_channel::unbounded();
    let request = vilab_lab::ops::ingest::IngestRequest {
        case: MEMBER_CASE,
        exhibit: "copies",
        source: &dir,
        options: Default::default(),
    };
    analyst.ingest(&request, &std::sync::atomic::AtomicBool::new(false), &sender).unwrap();
    let key = vilab_store::MediaKey::parse(&fx.member_picture).unwrap();
    let similar = analyst.similar_media(&key, 31).unwrap();
    assert_eq!(similar.items.len(), 1, "{:?}", similar.items);
    assert_eq!(similar.items[0].case, MEMBER_CASE);
    assert!(analyst.similar_media(&key, 0).unwrap().items.is_empty());
    // Its hash-set matches: none before matching.
    assert!(analyst.media_matches(&key).unwrap().matches.is_empty());
}

#[test]
fn the_progress_counts_decided_items_by_reviewer() {
    let fx = Fixture::new();
    let analyst = fx.session(&user_of(Role::Analyst));
    let start = analyst.review_progress(MEMBER_CASE).unwrap();
    assert_eq!((start.progress.decided, start.progress.by_reviewer.len()), (0, 0));
    assert!(start.progress.items > 0);
    let change = DecisionChange::Category { profile: "vic-us".into(), category: 1 };
    analyst.decide(MEMBER_CASE, &[fx.item(true)], &change).unwrap();
    let after = analyst.review_progress(MEMBER_CASE).unwrap();
    assert_eq!(after.progress.decided, 1);
    assert_eq!(after.progress.by_reviewer, [(user_of(Role::Analyst), 1)]);
    analyst.undo(MEMBER_CASE).unwrap();
    assert_eq!(analyst.review_progress(MEMBER_CASE).unwrap().progress.decided, 0);
}

/// Series linked across cases: candidates and links only in cases the actor
/// is a member of (never a name or a count of another), linking needs
/// series rights in both cases, the audit names uids, and unlinking keeps
/// the history.
#[test]
fn series_link_across_cases_without_leaking_the_cases_one_may_not_see() {
    use common::SETUP;
    let fx = Fixture::new();
    let setup = fx.session(SETUP);
    // OTHER_CASE holds the member case's picture too (one item); a third
    // case, of which the analyst is a member, holds it resized (a PDQ
    // neighbour, another item).
    fx.ingest(&setup, OTHER_CASE, "exhibit-1", &fx.tmp.path().join("a"));
    let resized = fx.tmp.path().join("resized");
    std::fs::create_dir_all(&resized).unwrap();
    std::fs::write(resized.join("small.jpg"), vilab_synth::benchmark_jpeg(1, 72, 48)).unwrap();
    setup.create_case("OP-THIRD").unwrap();
    fx.ingest(&setup, "OP-THIRD", "exhibit-0", &resized);
    let small = vilab_core::Digests::of(&vilab_synth::benchmark_jpeg(1, 72, 48)).sha256.to_hex();
    let small = setup.show_media(&MediaKey::parse(&small).unwrap()).unwrap().id;
    let seed = fx.item(true);
    let elsewhere = setup.create_series(OTHER_CASE, "elsewhere set", &[seed]).unwrap().series;
    let third = setup.create_series("OP-THIRD", "third set", &[small]).unwrap().series;
    let admin = fx.session(ADMIN);
    admin.add_membership(&user_of(Role::Analyst), "OP-THIRD").unwrap();
    admin.add_membership(&user_of(Role::Trainer), "OP-THIRD").unwrap();
    drop(admin);
    let analyst = fx.session(&user_of(Role::Analyst));
    let mine = analyst.create_series(MEMBER_CASE, "mine", &[seed]).unwrap().series;
    let beside = analyst.create_series(MEMBER_CASE, "beside", &[]).unwrap().series;

    // Candidates: the setup account, a member of all three cases, sees the
    // series sharing the item and the one within the radius; the analyst
    // only the latter.
    let all = setup.series_link_candidates(MEMBER_CASE, mine.id, 31).unwrap().candidates;
    let found: Vec<(&str, u64, bool)> =
        all.iter().map(|c| (c.series.name.as_str(), c.shared, c.nearest.is_some())).collect();
    assert_eq!(found, [("elsewhere set", 1, true), ("third set", 0, true)]);
    let seen = analyst.series_link_candidates(MEMBER_CASE, mine.id, 31).unwrap();
    assert_eq!(seen.candidates.iter().map(|c| c.series.id).collect::<Vec<_>>(), [third.id]);
    assert_eq!(seen.candidates[0].case, "OP-THIRD");
    assert_eq!(analyst.series_link_candidates(MEMBER_CASE, mine.id, 65).unwrap_err().code(), Code::ValueOutOfRange);

    // A series of a case one is not a member of is not found, as one that
    // does not exist; nothing is stored.
    let before = fx.snapshot();
    for id in [elsewhere.id, SeriesId(99_999)] {
        assert_eq!(analyst.link_series(MEMBER_CASE, mine.id, id, "").unwrap_err().code(), Code::SeriesNotFound);
    }
    assert_eq!(analyst.link_series(MEMBER_CASE, mine.id, beside.id, "").unwrap_err().code(), Code::SeriesLinkSameCase);
    let trainer = fx.session(&user_of(Role::Trainer));
    assert_eq!(trainer.link_series(MEMBER_CASE, mine.id, third.id, "").unwrap_err().code(), Code::PermissionDenied);
    assert_eq!(fx.snapshot(), before, "refused links store nothing");

    // Linked once (a repeat changes nothing); the audit names uids only.
    let linked = analyst.link_series(MEMBER_CASE, mine.id, third.id, "same test card, smaller").unwrap();
    assert!(linked.linked && linked.changed);
    assert_eq!((linked.with_case.as_str(), linked.with.id), ("OP-THIRD", third.id));
    let (_, action, outcome, details) = fx.last_audit();
    assert_eq!((action.as_str(), outcome.as_str()), ("series.edit", "allowed"));
    assert!(details.contains(&third.uid) && details.contains(&mine.uid), "{details}");
    for secret in ["third set", "mine", "smaller", "OP-THIRD"] {
        assert!(!details.contains(secret), "the audit record names {secret:?}: {details}");
    }
    assert!(!analyst.link_series(MEMBER_CASE, mine.id, third.id, "").unwrap().changed);
    // The setup account links the series of the case the analyst may not see.
    setup.link_series(MEMBER_CASE, mine.id, elsewhere.id, "").unwrap();

    // Each sees the links into its own cases only: not even a count of the others.
    let shown = analyst.series_links(MEMBER_CASE, mine.id).unwrap();
    assert_eq!(
        shown.links.iter().map(|l| (l.case.as_str(), l.series.id)).collect::<Vec<_>>(),
        [("OP-THIRD", third.id)]
    );
    assert_eq!(
        (shown.links[0].note.as_str(), shown.links[0].linked_by.as_str()),
        ("same test card, smaller", "user-analyst")
    );
    assert_eq!(setup.series_links(MEMBER_CASE, mine.id).unwrap().links.len(), 2);
    assert_eq!(
        setup.series_links("OP-THIRD", third.id).unwrap().links[0].series.id,
        mine.id,
        "a link reads from both sides"
    );
    let investigator = fx.session(&user_of(Role::Investigator));
    assert!(investigator.series_links(MEMBER_CASE, mine.id).unwrap().links.is_empty());

    // Unlinked: gone from the page, kept in the history.
    let unlinked = analyst.unlink_series(MEMBER_CASE, mine.id, third.id, "another room").unwrap();
    assert!(!unlinked.linked && unlinked.changed);
    assert!(analyst.series_links(MEMBER_CASE, mine.id).unwrap().links.is_empty());
    let events: i64 = fx.db().query_row("SELECT COUNT(*) FROM series_link_events", [], |r| r.get(0)).unwrap();
    assert_eq!(events, 3, "two links and an unlink");
}
