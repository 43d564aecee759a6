//! ViLab galleries: editors and participants, items of cases in order
//! (removed and brought back in place), bundles, and clues recorded once
//! each, with the lead each becomes in its item's case.

use vilab_store::model::gallery::*;
use vilab_store::model::records::{LeadFilter, LeadStatus, Rect};
use vilab_store::{AccountId, IngestBatch, MediaKey, MediaRowId, NewAccount, Role, Store, StoreError};

use super::{Factory, with_case};
use crate::common::*;

const ADMIN: AccountId = AccountId(1);

fn two_items(store: &dyn Store, exhibit: vilab_store::ExhibitId) -> Vec<MediaRowId> {
    let media = vec![decoded(1), decoded(2)];
    let occurrences = media.iter().map(|m| occ(&format!("DCIM/{}.jpg", m.digests.size), m.digests.sha256)).collect();
    store.write_batch(&IngestBatch { media: media.clone(), occurrences, ..IngestBatch::new(exhibit, None) }).unwrap();
    media.iter().map(|m| store.media(&MediaKey::Sha256(m.digests.sha256)).unwrap().unwrap().id).collect()
}

fn account(store: &dyn Store, name: &str, role: Role) -> AccountId {
    store
        .create_account(&NewAccount { username: name.into(), password: "long enough password".into(), role })
        .unwrap()
        .id
}

fn week(title: &str) -> NewGallery {
    NewGallery { title: title.into(), audience: GalleryAudience::Partner, opens_at: 1000, closes_at: 1000 + 7 * 86400 }
}

fn invalid(e: StoreError) -> &'static str {
    match e {
        StoreError::Invalid { field, .. } => field,
        other => panic!("expected Invalid, got {other:?}"),
    }
}

pub fn galleries_keep_their_members_items_and_dates(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let items = two_items(store, exhibit);
    let partner = account(store, "noy", Role::Partner);

    let g = store.create_gallery(&week("Mekong appeal"), ADMIN, 10).unwrap();
    assert_eq!(g.uid.len(), 32);
    assert!(g.is_open(1000) && !g.is_open(999) && !g.is_open(1000 + 7 * 86400));
    assert_eq!(store.gallery_member(g.id, ADMIN).unwrap().map(|m| m.editor), Some(true), "its maker edits it");
    assert_eq!(
        invalid(store.create_gallery(&NewGallery { closes_at: 1000, ..week("x") }, ADMIN, 10).unwrap_err()),
        "closes_at"
    );
    assert_eq!(invalid(store.create_gallery(&week("  "), ADMIN, 10).unwrap_err()), "title");

    assert!(store.set_gallery_member(g.id, partner, Some(false), ADMIN, 11).unwrap());
    assert!(!store.set_gallery_member(g.id, partner, Some(false), ADMIN, 12).unwrap(), "no change");
    assert_eq!(
        store.list_galleries(Some(partner)).unwrap().iter().map(|g| g.uid.as_str()).collect::<Vec<_>>(),
        [g.uid.as_str()]
    );
    let other = store.create_gallery(&week("other"), ADMIN, 13).unwrap();
    assert_eq!(store.list_galleries(None).unwrap().len(), 2);
    assert_eq!(store.list_galleries(Some(partner)).unwrap().len(), 1, "only the galleries one is a member of");
    assert_eq!(
        store.gallery_members(g.id).unwrap().iter().map(|m| (m.account, m.editor)).collect::<Vec<_>>(),
        [(ADMIN, true), (partner, false)]
    );
    assert!(store.set_gallery_member(g.id, partner, None, ADMIN, 14).unwrap());
    assert!(store.gallery_member(g.id, partner).unwrap().is_none());
    assert!(matches!(
        store.set_gallery_member(g.id, AccountId(999), Some(false), ADMIN, 15).unwrap_err(),
        StoreError::NotFound { .. }
    ));

    let moved = store
        .update_gallery(
            g.id,
            &NewGallery { title: "Mekong appeal 2".into(), opens_at: 2000, closes_at: 3000, ..week("") },
        )
        .unwrap();
    assert_eq!((moved.title.as_str(), moved.opens_at, moved.closes_at), ("Mekong appeal 2", 2000, 3000));
    let public = NewGallery { audience: GalleryAudience::Public, ..week("x") };
    assert_eq!(invalid(store.update_gallery(g.id, &public).unwrap_err()), "audience");

    let (first, added) = store.add_gallery_item(g.id, case, items[0], None, ADMIN, 20).unwrap();
    assert!(added);
    let series = store.create_series(case, "bedroom", ADMIN, 21).unwrap();
    let (second, _) = store.add_gallery_item(g.id, case, items[1], Some(series.id), ADMIN, 22).unwrap();
    assert_eq!((first.position, second.position, second.series), (1, 2, Some(series.id)));
    let (again, added) = store.add_gallery_item(g.id, case, items[0], None, ADMIN, 23).unwrap();
    assert_eq!((again.id, added), (first.id, false), "an item is shown once");
    assert!(store.remove_gallery_item(first.id, ADMIN, 24).unwrap());
    assert!(!store.remove_gallery_item(first.id, ADMIN, 25).unwrap());
    assert!(store.gallery_item(first.id).unwrap().is_none());
    assert_eq!(store.gallery_items(g.id).unwrap().iter().map(|i| i.id).collect::<Vec<_>>(), [second.id]);
    let (back, added) = store.add_gallery_item(g.id, case, items[0], None, ADMIN, 26).unwrap();
    assert_eq!((back.id, back.position, added), (first.id, 1, true), "brought back in its place");
    assert_eq!(store.gallery_items(g.id).unwrap().iter().map(|i| i.id).collect::<Vec<_>>(), [first.id, second.id]);

    let elsewhere = store.create_case("OP-2").unwrap().id;
    assert!(
        matches!(
            store.add_gallery_item(g.id, elsewhere, items[0], None, ADMIN, 27).unwrap_err(),
            StoreError::NotFound { .. }
        ),
        "an item of another case"
    );
    let foreign = store.create_series(elsewhere, "hotel", ADMIN, 28).unwrap();
    assert!(
        matches!(
            store.add_gallery_item(other.id, case, items[0], Some(foreign.id), ADMIN, 29).unwrap_err(),
            StoreError::NotFound { .. }
        ),
        "a series of another case"
    );
    assert!(store.gallery_items(other.id).unwrap().is_empty(), "a refused add leaves nothing");
}

pub fn clues_become_leads_once(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let items = two_items(store, exhibit);
    let partner = account(store, "noy", Role::Partner);
    let g = store.create_gallery(&week("appeal"), ADMIN, 10).unwrap();
    let (item, _) = store.add_gallery_item(g.id, case, items[0], None, ADMIN, 11).unwrap();

    let board = NewClue {
        uid: "0123456789abcdef0123456789abcdef".into(),
        item: item.id,
        text: "ស្លាកសញ្ញាហាង: the shop sign is in Khmer".into(),
        pin: Some((0.25, 0.5)),
        posted_by: Some(partner),
        author: "noy".into(),
        source: ClueSource::Board,
        bundle: None,
        posted_at: 100,
        lead_rect: Some(Rect { x: 150, y: 230, w: 20, h: 20 }),
    };
    let (clue, created) = store.record_clue(&board, partner, 101).unwrap();
    assert!(created);
    let lead = store.lead(clue.lead).unwrap().unwrap();
    assert_eq!((lead.case, lead.media, lead.text.as_str()), (case, items[0], board.text.as_str()));
    assert_eq!(
        (lead.created_by, lead.created_at, lead.status, lead.rect),
        (partner, 100, LeadStatus::Open, board.lead_rect)
    );
    assert_eq!(store.clue_of_lead(lead.id).unwrap().as_ref(), Some(&clue));

    let (same, created) = store.record_clue(&board, ADMIN, 200).unwrap();
    assert_eq!((same, created), (clue.clone(), false), "a clue recorded twice is recorded once");
    assert_eq!(store.list_leads(case, &LeadFilter::default()).unwrap().len(), 1, "and makes one lead");
    let reused = NewClue { text: "something else".into(), ..board.clone() };
    assert_eq!(invalid(store.record_clue(&reused, partner, 201).unwrap_err()), "uid");

    for (bad, field) in [
        (NewClue { uid: "XYZ".into(), ..board.clone() }, "uid"),
        (NewClue { uid: "1".repeat(32), text: " ".into(), ..board.clone() }, "text"),
        (NewClue { uid: "2".repeat(32), pin: Some((1.5, 0.0)), ..board.clone() }, "pin.x"),
        (NewClue { uid: "3".repeat(32), posted_by: None, ..board.clone() }, "posted_by"),
        (NewClue { uid: "4".repeat(32), source: ClueSource::Bundle, ..board.clone() }, "bundle"),
    ] {
        assert_eq!(invalid(store.record_clue(&bad, partner, 202).unwrap_err()), field);
    }
    assert_eq!(store.list_leads(case, &LeadFilter::default()).unwrap().len(), 1, "refused clues leave no lead");

    let bundle = store.record_gallery_bundle(g.id, &"b".repeat(32), "Mekong task force", 9999, ADMIN, 300).unwrap();
    assert_eq!(store.gallery_bundle(&bundle.uid).unwrap().as_ref(), Some(&bundle));
    assert_eq!(store.gallery_bundles(g.id).unwrap(), std::slice::from_ref(&bundle));
    let typed = NewClue {
        uid: "c".repeat(32),
        posted_by: None,
        author: "participant 7".into(),
        source: ClueSource::Bundle,
        bundle: Some(bundle.id),
        pin: None,
        lead_rect: None,
        ..board.clone()
    };
    let (offline, created) = store.record_clue(&typed, ADMIN, 301).unwrap();
    assert!(created);
    assert_eq!(store.lead(offline.lead).unwrap().unwrap().created_by, ADMIN, "who imported it writes the lead");
    let other = store.create_gallery(&week("other"), ADMIN, 302).unwrap();
    let foreign = store.record_gallery_bundle(other.id, &"d".repeat(32), "x", 9999, ADMIN, 303).unwrap();
    let misplaced = NewClue { uid: "e".repeat(32), bundle: Some(foreign.id), ..typed.clone() };
    assert_eq!(invalid(store.record_clue(&misplaced, ADMIN, 304).unwrap_err()), "item");

    let all = store.gallery_clues(g.id, None, None, 100).unwrap();
    assert_eq!(all.iter().map(|c| c.uid.as_str()).collect::<Vec<_>>(), [clue.uid.as_str(), offline.uid.as_str()]);
    let newer = store.gallery_clues(g.id, Some(item.id), Some(clue.id), 100).unwrap();
    assert_eq!(newer.iter().map(|c| c.id).collect::<Vec<_>>(), [offline.id], "the board's cursor");
    assert_eq!(store.gallery_clues(g.id, None, None, 1).unwrap().len(), 1);
    assert!(store.gallery_clues(other.id, None, None, 100).unwrap().is_empty());

    store.remove_gallery_item(item.id, ADMIN, 400).unwrap();
    assert!(
        matches!(
            store.record_clue(&NewClue { uid: "f".repeat(32), ..board }, partner, 401).unwrap_err(),
            StoreError::NotFound { .. }
        ),
        "no clue on a removed item"
    );
    assert_eq!(store.gallery_clues(g.id, None, None, 100).unwrap().len(), 2, "a removed item's clues stay");
}

pub fn exercises_keep_each_trainee_s_latest_answer_and_its_mark(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let items = two_items(store, exhibit);
    let trainee = account(store, "sok", Role::Trainee);
    let g = store.create_gallery(&week("exercise"), ADMIN, 10).unwrap();
    let (first, _) = store.add_gallery_item(g.id, case, items[0], None, ADMIN, 11).unwrap();
    let (second, _) = store.add_gallery_item(g.id, case, items[1], None, ADMIN, 12).unwrap();
    let other = store.create_gallery(&week("other"), ADMIN, 13).unwrap();
    let (foreign, _) = store.add_gallery_item(other.id, case, items[0], None, ADMIN, 14).unwrap();

    let expected = |c: &str| format!("{{\"country\":\"{c}\"}}");
    assert!(matches!(
        store.create_exercise(g.id, "{}", &[(foreign.id, expected("KH"))], ADMIN, 20).unwrap_err(),
        StoreError::NotFound { .. }
    ));
    assert!(store.exercise_of_gallery(g.id).unwrap().is_none(), "a refused exercise leaves nothing");
    assert_eq!(
        invalid(store.create_exercise(g.id, "not json", &[(first.id, expected("KH"))], ADMIN, 20).unwrap_err()),
        "rubric"
    );
    let items_set = [(second.id, expected("LA")), (first.id, expected("KH"))];
    let ex = store.create_exercise(g.id, "{\"country_points\":2}", &items_set, ADMIN, 21).unwrap();
    assert_eq!(store.exercise_of_gallery(g.id).unwrap().as_ref(), Some(&ex));
    assert_eq!(invalid(store.create_exercise(g.id, "{}", &items_set, ADMIN, 22).unwrap_err()), "gallery");
    assert_eq!(
        store.exercise_items(ex.id).unwrap(),
        [(first.id, expected("KH")), (second.id, expected("LA"))],
        "in the gallery's order"
    );

    let answer = |text: &str, at| NewAnswer {
        item: first.id,
        trainee: "sok".into(),
        trainee_id: Some(trainee),
        source: AnswerSource::Browser,
        answer: format!("{{\"country\":\"{text}\"}}"),
        answered_at: at,
    };
    assert!(store.record_answer(ex.id, &answer("TH", 100), trainee, 100).unwrap());
    assert!(!store.record_answer(ex.id, &answer("TH", 100), trainee, 101).unwrap(), "the same answer again");
    store.mark_answer(ex.id, first.id, "sok", 3, ADMIN, 102).unwrap();
    assert_eq!(store.exercise_answers(ex.id).unwrap()[0].free_text_points, Some(3));
    assert!(store.record_answer(ex.id, &answer("KH", 110), trainee, 110).unwrap(), "a later answer replaces it");
    let now = store.exercise_answers(ex.id).unwrap();
    assert_eq!(
        (now.len(), now[0].answer.as_str(), now[0].free_text_points),
        (1, "{\"country\":\"KH\"}", None),
        "and its mark"
    );
    assert!(!store.record_answer(ex.id, &answer("VN", 105), trainee, 111).unwrap(), "an earlier one never does");
    let typed = NewAnswer {
        trainee: "Participant 3".into(),
        trainee_id: None,
        source: AnswerSource::Bundle,
        ..answer("LA", 90)
    };
    assert!(store.record_answer(ex.id, &typed, ADMIN, 112).unwrap());
    assert_eq!(
        store.exercise_answers(ex.id).unwrap().iter().map(|a| a.trainee.as_str()).collect::<Vec<_>>(),
        ["Participant 3", "sok"]
    );
    assert!(matches!(
        store.record_answer(ex.id, &NewAnswer { item: foreign.id, ..answer("KH", 120) }, trainee, 120).unwrap_err(),
        StoreError::NotFound { .. }
    ));
    assert_eq!(
        invalid(
            store.record_answer(ex.id, &NewAnswer { answer: "{".into(), ..answer("", 130) }, trainee, 130).unwrap_err()
        ),
        "answer"
    );
    assert!(matches!(
        store.mark_answer(ex.id, second.id, "sok", 1, ADMIN, 131).unwrap_err(),
        StoreError::NotFound { .. }
    ));
}
