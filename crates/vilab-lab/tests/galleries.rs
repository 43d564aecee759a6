//! ViLab galleries through the application layer: who may assemble and
//! join one (by role and audience), what a participant learns of an item
//! (its gallery id only), a gallery seen only while open, clues that
//! become leads of the item's case with their poster, a board read after
//! a cursor, and a bundle's clue file imported once.

#[path = "galleries/bundle_export.rs"]
mod bundle_export;
mod common;
#[path = "galleries/exercise_exchange.rs"]
mod exercise_exchange;
#[path = "galleries/images.rs"]
mod images;

use common::{Fixture, MEMBER_CASE, OTHER_CASE, user_of};
use vilab_lab::ops::galleries::{BundleClue, BundleClues, GalleryPart};
use vilab_lab::{Code, Role};
use vilab_store::MediaKey;
use vilab_store::model::gallery::{ClueSource, GalleryAudience};
use vilab_store::model::records::LeadStatus;

const WEEK: i64 = 7 * 86400;

#[test]
fn a_gallery_shows_participants_item_ids_only_and_only_while_open() {
    let fx = Fixture::new();
    let now = fx.lab.now();
    let trainer = fx.session(&user_of(Role::Trainer));
    let g = trainer.create_gallery("Mekong appeal", GalleryAudience::Partner, now, now + WEEK).unwrap();
    assert!(g.open && g.editor);

    let added = trainer.add_gallery_items(&g.uid, MEMBER_CASE, &[MediaKey::RowId(fx.item(true))]).unwrap();
    assert_eq!((added.added.len(), added.already), (1, 0));
    let again = trainer.add_gallery_items(&g.uid, MEMBER_CASE, &[MediaKey::RowId(fx.item(true))]).unwrap();
    assert_eq!((again.added.len(), again.already), (0, 1));
    assert_eq!(
        trainer.add_gallery_items(&g.uid, OTHER_CASE, &[MediaKey::RowId(fx.item(false))]).unwrap_err().code(),
        Code::CaseNotFound,
        "only items of cases the editor is a member of"
    );

    let partner = user_of(Role::Partner);
    assert!(trainer.set_gallery_member(&g.uid, &partner, GalleryPart::Participant).unwrap());
    for (user, part) in [
        (user_of(Role::Trainee), GalleryPart::Participant),
        (user_of(Role::Admin), GalleryPart::Participant),
        (user_of(Role::Auditor), GalleryPart::Participant),
        (user_of(Role::Partner), GalleryPart::Editor),
        (user_of(Role::Investigator), GalleryPart::Editor),
    ] {
        let e = trainer.set_gallery_member(&g.uid, &user, part).unwrap_err();
        assert_eq!(e.code(), Code::GalleryMemberRole, "{user} as {part:?}");
    }

    let p = fx.session(&partner);
    assert_eq!(p.galleries().unwrap().galleries.iter().map(|g| g.uid.as_str()).collect::<Vec<_>>(), [g.uid.as_str()]);
    let seen = p.gallery(&g.uid).unwrap();
    assert!(!seen.editor && seen.members.is_empty() && seen.bundles.is_empty());
    let item = &seen.items[0];
    assert_eq!(
        (item.case.as_deref(), item.media.as_deref(), item.series.as_deref()),
        (None, None, None),
        "no case or digest"
    );
    let edited = trainer.gallery(&g.uid).unwrap();
    assert_eq!(edited.items[0].case.as_deref(), Some(MEMBER_CASE));
    assert_eq!(edited.items[0].media.as_deref(), Some(fx.member_picture.as_str()));
    assert_eq!(edited.members.len(), 2, "the trainer and the partner");

    let outsider = fx.session(&user_of(Role::Investigator));
    assert_eq!(outsider.gallery(&g.uid).unwrap_err().code(), Code::GalleryNotFound, "not a member: not found");
    assert_eq!(outsider.gallery("0".repeat(32).as_str()).unwrap_err().code(), Code::GalleryNotFound);
    assert_eq!(fx.session(&user_of(Role::Auditor)).gallery(&g.uid).unwrap_err().code(), Code::PermissionDenied);
    assert_eq!(
        p.add_gallery_items(&g.uid, MEMBER_CASE, &[MediaKey::RowId(fx.item(true))]).unwrap_err().code(),
        Code::PermissionDenied
    );
    let analyst = user_of(Role::Analyst);
    trainer.set_gallery_member(&g.uid, &analyst, GalleryPart::Participant).unwrap();
    assert_eq!(
        fx.session(&analyst)
            .add_gallery_items(&g.uid, MEMBER_CASE, &[MediaKey::RowId(fx.item(true))])
            .unwrap_err()
            .code(),
        Code::GalleryNotFound,
        "an analyst taking part does not edit"
    );

    fx.clock.advance(WEEK);
    assert_eq!(p.gallery(&g.uid).unwrap_err().code(), Code::GalleryClosed);
    assert_eq!(p.post_clue(&g.uid, item.id, "late", None).unwrap_err().code(), Code::GalleryClosed);
    assert!(!trainer.gallery(&g.uid).unwrap().open, "its editors still see it");
    let reopened = trainer.update_gallery(&g.uid, "Mekong appeal, extended", now, now + 2 * WEEK).unwrap();
    assert!(reopened.open);
    assert_eq!(p.gallery(&g.uid).unwrap().title, "Mekong appeal, extended");
}

#[test]
fn clues_become_leads_of_the_case_with_their_poster_and_the_board_reads_after_a_cursor() {
    let fx = Fixture::new();
    let now = fx.lab.now();
    let trainer = fx.session(&user_of(Role::Trainer));
    let g = trainer.create_gallery("appeal", GalleryAudience::Trainee, now, now + WEEK).unwrap();
    let item = trainer.add_gallery_items(&g.uid, MEMBER_CASE, &[MediaKey::RowId(fx.item(true))]).unwrap().added[0];
    trainer.set_gallery_member(&g.uid, &user_of(Role::Trainee), GalleryPart::Participant).unwrap();
    let trainee = fx.session(&user_of(Role::Trainee));

    let first = trainee.post_clue(&g.uid, item, "ป้ายร้านขายยา: a Thai pharmacy sign", Some((0.5, 0.5))).unwrap();
    assert_eq!((first.author.as_str(), first.source), (user_of(Role::Trainee).as_str(), ClueSource::Board));
    let (_, action, _, details) = fx.last_audit();
    assert_eq!(action, "clue.post");
    assert!(!details.contains("pharmacy"), "clue texts stay out of the audit trail: {details}");
    fx.clock.advance(5);
    let second = trainer.post_clue(&g.uid, item, "the socket is type A/C", None).unwrap();

    let board = trainee.gallery_clues(&g.uid, Some(item), None).unwrap();
    assert_eq!(
        board.clues.iter().map(|c| c.uid.as_str()).collect::<Vec<_>>(),
        [first.uid.as_str(), second.uid.as_str()]
    );
    let newer = trainee.gallery_clues(&g.uid, Some(item), Some(first.id)).unwrap();
    assert_eq!(newer.clues.iter().map(|c| c.uid.as_str()).collect::<Vec<_>>(), [second.uid.as_str()]);
    assert_eq!(newer.cursor, Some(second.id));
    assert_eq!(trainee.gallery_clues(&g.uid, None, newer.cursor).unwrap().clues.len(), 0);

    let analyst = fx.session(&user_of(Role::Analyst));
    let leads = analyst.leads(MEMBER_CASE, Some(LeadStatus::Open), None).unwrap();
    assert_eq!(leads.leads.len(), 2);
    let pinned = leads.leads.iter().find(|l| l.text.contains("pharmacy")).unwrap();
    assert_eq!(leads.accounts[&pinned.created_by], user_of(Role::Trainee), "the lead names who posted it");
    assert_eq!(pinned.created_at, first.posted_at);
    let rect = pinned.rect.expect("a pinned clue is a lead on a spot");
    // The member picture is 96 x 64, upright: the pin's spot is its centre.
    assert_eq!((rect.x + rect.w / 2, rect.y + rect.h / 2), (48, 32));
    assert_eq!(
        trainee.post_clue(&g.uid, vilab_store::model::gallery::GalleryItemId(999), "x", None).unwrap_err().code(),
        Code::GalleryItemNotFound
    );
    assert_eq!(trainee.post_clue(&g.uid, item, "x", Some((2.0, 0.5))).unwrap_err().code(), Code::InvalidInput);
}

#[test]
fn a_bundle_s_clue_file_comes_back_as_leads_once() {
    let fx = Fixture::new();
    let now = fx.lab.now();
    let trainer = fx.session(&user_of(Role::Trainer));
    let g = trainer.create_gallery("conference", GalleryAudience::Partner, now, now + WEEK).unwrap();
    let item = trainer.add_gallery_items(&g.uid, MEMBER_CASE, &[MediaKey::RowId(fx.item(true))]).unwrap().added[0];
    let bundle = "ab".repeat(16);
    trainer.record_bundle(&g.uid, &bundle, "Mekong task force", now + WEEK).unwrap();
    let analyst_name = user_of(Role::Analyst);
    let analyst = fx.session(&analyst_name);
    let file = BundleClues {
        bundle: bundle.clone(),
        author: "participant 7".into(),
        clues: vec![
            BundleClue {
                uid: "1".repeat(32),
                item,
                text: "Lao licence plate".into(),
                pin: Some((0.1, 0.9)),
                posted_at: now - 60,
            },
            BundleClue {
                uid: "2".repeat(32),
                item,
                text: "banknote: 20,000 kip".into(),
                pin: None,
                posted_at: now - 30,
            },
            BundleClue {
                uid: "3".repeat(32),
                item: vilab_store::model::gallery::GalleryItemId(999),
                text: "on an item the bundle does not hold".into(),
                pin: None,
                posted_at: now,
            },
        ],
    };
    assert_eq!(analyst.import_clues(&g.uid, &file).unwrap_err().code(), Code::GalleryNotFound, "editors import");
    trainer.set_gallery_member(&g.uid, &analyst_name, GalleryPart::Editor).unwrap();
    assert_eq!(
        trainer.import_clues(&g.uid, &file).unwrap_err().code(),
        Code::PermissionDenied,
        "leads are written by analysts"
    );

    let first = analyst.import_clues(&g.uid, &file).unwrap();
    assert_eq!((first.recorded, first.already), (2, 0));
    assert_eq!(first.skipped.iter().map(|s| s.code.as_str()).collect::<Vec<_>>(), ["gallery_item_not_found"]);
    let again = analyst.import_clues(&g.uid, &file).unwrap();
    assert_eq!((again.recorded, again.already), (0, 2), "a file imported again records nothing new");
    let leads = analyst.leads(MEMBER_CASE, None, None).unwrap().leads;
    assert_eq!(leads.len(), 2);
    assert!(leads.iter().all(|l| l.created_by == leads[0].created_by));
    assert!(leads.iter().any(|l| l.text == "Lao licence plate" && l.rect.is_some()));
    let board = trainer.gallery_clues(&g.uid, None, None).unwrap();
    assert!(board.clues.iter().all(|c| c.author == "participant 7" && c.source == ClueSource::Bundle));

    let wrong = BundleClues { bundle: "cd".repeat(16), ..file.clone() };
    assert_eq!(analyst.import_clues(&g.uid, &wrong).unwrap_err().code(), Code::BundleNotFound);
    let other = trainer.create_gallery("other", GalleryAudience::Partner, now, now + WEEK).unwrap();
    trainer.set_gallery_member(&other.uid, &analyst_name, GalleryPart::Editor).unwrap();
    assert_eq!(
        analyst.import_clues(&other.uid, &file).unwrap_err().code(),
        Code::BundleNotFound,
        "another gallery's bundle"
    );
}

#[test]
fn an_exercise_is_scored_for_its_editors_and_never_shown_to_trainees() {
    use vilab_gallery::exercise::{Answer, AnswerFile, AnswerLine, ExpectedAnswer, Rubric};
    let fx = Fixture::new();
    let now = fx.lab.now();
    let trainer = fx.session(&user_of(Role::Trainer));
    let g = trainer.create_gallery("Training of trainers", GalleryAudience::Trainee, now, now + WEEK).unwrap();
    let item = trainer.add_gallery_items(&g.uid, MEMBER_CASE, &[MediaKey::RowId(fx.item(true))]).unwrap().added[0];
    let trainee_name = user_of(Role::Trainee);
    trainer.set_gallery_member(&g.uid, &trainee_name, GalleryPart::Participant).unwrap();
    let trainee = fx.session(&trainee_name);
    assert_eq!(trainee.exercise(&g.uid).unwrap_err().code(), Code::ExerciseNotFound);

    let rubric =
        Rubric { country_points: 2, place_points: 2, object_points: 1, wrong_object_penalty: 1, free_text_max: 3 };
    let expected = ExpectedAnswer {
        country: "KH".into(),
        place: "Phnom Penh".into(),
        place_aliases: vec!["ភ្នំពេញ".into()],
        objects: vec!["shop_sign".into(), "licence_plate".into()],
        solving_lead: "The plate's province".into(),
    };
    let set = trainer.set_exercise(&g.uid, &rubric, &[(item, expected.clone())]).unwrap();
    assert_eq!(set.items[0].expected.as_ref(), Some(&expected));
    assert_eq!(
        trainer.set_exercise(&g.uid, &rubric, &[(item, expected)]).unwrap_err().code(),
        Code::InvalidInput,
        "one per gallery"
    );

    let seen = trainee.exercise(&g.uid).unwrap();
    assert!(!seen.editor && seen.items[0].expected.is_none(), "trainees never see the known answer");
    let answer = Answer {
        country: "KH".into(),
        place: "  phnom   PENH ".into(),
        objects: vec!["shop_sign".into(), "banknote".into()],
        free_text: "The plate says Phnom Penh in Khmer".into(),
    };
    assert!(trainee.answer_exercise(&g.uid, item, &answer).unwrap().changed);
    assert_eq!(trainee.exercise(&g.uid).unwrap().items[0].mine.as_ref(), Some(&answer));
    let wrong = Answer { country: "XX".into(), ..answer.clone() };
    assert_eq!(trainee.answer_exercise(&g.uid, item, &wrong).unwrap_err().code(), Code::InvalidInput);
    assert_eq!(trainee.exercise_results(&g.uid).unwrap_err().code(), Code::PermissionDenied);

    let results = trainer.exercise_results(&g.uid).unwrap();
    let row = &results.trainees[0];
    // Country 2, place 2, objects 1 found - 1 wrong = 0: 4 of 6, the free text pending (max 3).
    assert_eq!((row.trainee.as_str(), row.points, row.max, row.pending), (trainee_name.as_str(), 4, 9, 1));
    assert_eq!(trainer.mark_free_text(&g.uid, item, &trainee_name, 4).unwrap_err().code(), Code::ValueOutOfRange);
    trainer.mark_free_text(&g.uid, item, &trainee_name, 3).unwrap();
    let row = &trainer.exercise_results(&g.uid).unwrap().trainees[0];
    assert_eq!((row.points, row.pending), (7, 0));

    let bundle = "ef".repeat(16);
    trainer.record_bundle(&g.uid, &bundle, "ToT course, Vientiane", now + WEEK).unwrap();
    let file = AnswerFile {
        format: "vilab.answers/1".into(),
        bundle,
        exercise: set.uid.clone(),
        participant: "Participant 4".into(),
        answers: vec![AnswerLine {
            item: item.0.to_string(),
            country: "KH".into(),
            place: "ភ្នំពេញ".into(),
            objects: vec!["licence_plate".into()],
            free_text: String::new(),
            time: "2026-12-07T10:00:00Z".into(),
        }],
    };
    let imported = trainer.import_answers(&g.uid, &file).unwrap();
    assert_eq!((imported.recorded, imported.unchanged), (1, 0));
    assert_eq!(trainer.import_answers(&g.uid, &file).unwrap().recorded, 0, "a file imported again changes nothing");
    let results = trainer.exercise_results(&g.uid).unwrap();
    let offline = results.trainees.iter().find(|t| t.trainee == "Participant 4").unwrap();
    assert_eq!((offline.points, offline.pending), (5, 0), "the alias in Khmer is the right place");
    assert_eq!(results.items[0].answered, 2);
    let wrong_exercise = AnswerFile { exercise: "0".repeat(32), ..file };
    assert_eq!(trainer.import_answers(&g.uid, &wrong_exercise).unwrap_err().code(), Code::ExerciseNotFound);
}

#[test]
fn a_clue_file_s_bytes_are_checked_against_the_recorded_bundle_then_imported_once() {
    let fx = Fixture::new();
    let now = fx.lab.now();
    let analyst = fx.session(&user_of(Role::Analyst));
    let g = analyst.create_gallery("conference", GalleryAudience::Partner, now, now + WEEK).unwrap();
    let item = analyst.add_gallery_items(&g.uid, MEMBER_CASE, &[MediaKey::RowId(fx.item(true))]).unwrap().added[0];
    let bundle = "0a".repeat(16);
    analyst.record_bundle(&g.uid, &bundle, "delegates", now + WEEK).unwrap();
    let file = |item: String, uid: &str| {
        format!(
            r#"{{"format":"vilab.clues/1","bundle":"{bundle}","participant":"ນາງ ແກ້ວ","clues":[
              {{"uid":"{uid}","item":"{item}","text":"ປ້າຍທະບຽນລົດ","pin":{{"x":0.25,"y":0.75}},"time":"2026-12-07T09:30:00.250Z"}}]}}"#
        )
    };
    let good = file(item.0.to_string(), &"9".repeat(32));
    let report = analyst.import_clue_file(&g.uid, good.as_bytes()).unwrap();
    assert_eq!((report.recorded, report.already), (1, 0));
    assert_eq!(analyst.import_clue_file(&g.uid, good.as_bytes()).unwrap().already, 1, "once");
    let board = analyst.gallery_clues(&g.uid, None, None).unwrap();
    assert_eq!((board.clues[0].author.as_str(), board.clues[0].posted_at), ("ນາງ ແກ້ວ", 1_796_635_800));
    assert_eq!(board.clues[0].pin, Some((0.25, 0.75)));

    let foreign_item = file("777".into(), &"8".repeat(32));
    let e = analyst.import_clue_file(&g.uid, foreign_item.as_bytes()).unwrap_err();
    assert_eq!(
        (e.code(), e.params().iter().find(|(k, _)| *k == "field").map(|(_, v)| v.to_string())),
        (Code::InvalidInput, Some("clues[0].item".into()))
    );
    let e = analyst.import_clue_file(&g.uid, b"{\"format\": \"vilab.clues/1\",\n \"bundle\": 3").unwrap_err();
    assert_eq!(e.code(), Code::InvalidInput);
    assert!(e.to_string().contains("line 2") || format!("{:?}", e.params()).contains("line 2"), "{e:?}");
    let unknown = good.replace(&bundle, &"0b".repeat(16));
    assert_eq!(
        analyst.import_clue_file(&g.uid, unknown.as_bytes()).unwrap_err().code(),
        Code::BundleNotFound,
        "not this gallery's bundle"
    );
}
