//! The JSON shapes of the application layer's outputs, pinned: each output
//! of a worked lab is reduced to its structure (every field's name and
//! type, arrays by their first element) and compared with
//! `tests/shapes/<shape>.txt`. A change that renames or removes a field
//! fails here and must bump the shape's version; `VILAB_UPDATE_SNAPSHOTS=1`
//! rewrites the files after a deliberate change.

mod common;

use std::sync::atomic::AtomicBool;
use vilab_store::model::records::{IdStatus, LinkTarget, LocationFields, PersonKind, RecordRef, Rect};

use common::{ADMIN, Fixture, MEMBER_CASE, OTHER_CASE, SETUP, user_of};
use serde_json::Value;
use vilab_gallery::exercise::{Answer, AnswerFile, AnswerLine, ExpectedAnswer, Rubric};
use vilab_lab::Role;
use vilab_lab::ops::audit::AuditFilter;
use vilab_lab::ops::galleries::{BundleClue, BundleClues, GalleryPart};
use vilab_lab::ops::hashsets::ExportFormat;
use vilab_lab::shapes::{Shape, Shaped};
use vilab_store::MediaKey;
use vilab_store::model::gallery::{GalleryAudience, GalleryItemId};
use vilab_store::model::review::{
    DecisionChange, GroupBy, ReviewFilter, ReviewOrder, ReviewQuery, TimelineStep, TriageState,
};

/// The structure of a JSON value: one line per path with its type, arrays
/// as the union of their elements' structures, and a path that is null in
/// one element and typed in another shown typed.
fn structure_of(value: &Value) -> String {
    let mut lines = Vec::new();
    structure(value, "", &mut lines);
    let typed: std::collections::BTreeSet<String> =
        lines.iter().filter(|l| !l.ends_with(": null")).map(|l| l.rsplit_once(": ").unwrap().0.to_string()).collect();
    let mut kept: Vec<String> = lines
        .into_iter()
        .filter(|l| !(l.ends_with(": null") && typed.contains(l.rsplit_once(": ").unwrap().0)))
        .collect();
    kept.sort();
    kept.dedup();
    kept.join("\n") + "\n"
}

/// Objects whose keys are data, not shape: an error's params (they depend
/// on its code), an audit record's details (on its action), and the user
/// names by account id of the records' outputs.
const FREE_OBJECTS: &[&str] = &["params", "details", "accounts"];

fn structure(value: &Value, path: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(_) if FREE_OBJECTS.iter().any(|k| path.ends_with(&format!(".{k}"))) => {
            out.push(format!("{path}: object"));
        }
        Value::Object(map) => {
            out.push(format!("{path}: object"));
            for (k, v) in map {
                structure(v, &format!("{path}.{k}"), out);
            }
        }
        Value::Array(items) => {
            out.push(format!("{path}: array"));
            for item in items {
                structure(item, &format!("{path}[]"), out);
            }
        }
        Value::String(_) => out.push(format!("{path}: string")),
        Value::Number(_) => out.push(format!("{path}: number")),
        Value::Bool(_) => out.push(format!("{path}: bool")),
        Value::Null => out.push(format!("{path}: null")),
    }
}

fn check<T: Shape>(value: &T, failures: &mut Vec<String>) {
    let json = serde_json::to_value(Shaped(value)).unwrap();
    assert_eq!(json["shape"], T::SHAPE, "the shape's name comes first");
    let text = structure_of(&json);
    let name = T::SHAPE.trim_start_matches("vilab.").replace('/', "-v");
    let path = format!("{}/tests/shapes/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("VILAB_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &text).unwrap();
        return;
    }
    match std::fs::read_to_string(&path) {
        Ok(pinned) if pinned == text => {}
        Ok(pinned) => failures.push(format!("{}: changed\n--- pinned\n{pinned}--- now\n{text}", T::SHAPE)),
        Err(_) => failures.push(format!("{}: no pinned structure at {path}", T::SHAPE)),
    }
}

#[test]
fn every_output_keeps_its_pinned_shape() {
    let fx = Fixture::new();
    let analyst = fx.session(&user_of(Role::Analyst));
    let admin = fx.session(ADMIN);
    let auditor = fx.session(&user_of(Role::Auditor));
    fx.import_hashset(&analyst, "known");
    let mut failures = Vec::new();
    check(&analyst.create_case("OP-SHAPES").unwrap(), &mut failures);
    check(&analyst.list_cases().unwrap(), &mut failures);
    check(&analyst.case_view(MEMBER_CASE).unwrap(), &mut failures);
    check(&analyst.list_media(MEMBER_CASE, 10, 0).unwrap(), &mut failures);
    check(&analyst.show_media(&MediaKey::parse(&fx.member_picture).unwrap()).unwrap(), &mut failures);
    check(&analyst.media_errors(MEMBER_CASE).unwrap(), &mut failures);
    check(&analyst.match_case(MEMBER_CASE, &Default::default()).unwrap(), &mut failures);
    check(&analyst.triage(MEMBER_CASE).unwrap(), &mut failures);
    let (sender, _receiver) = crossbeam_channel::unbounded();
    let request = vilab_lab::ops::ingest::IngestRequest {
        case: MEMBER_CASE,
        exhibit: "shapes",
        source: &fx.folder,
        options: Default::default(),
    };
    check(&analyst.ingest(&request, &AtomicBool::new(false), &sender).unwrap(), &mut failures);
    check(&analyst.list_hashsets().unwrap(), &mut failures);
    check(&analyst.show_hashset("known").unwrap(), &mut failures);
    check(&analyst.export_hashes(MEMBER_CASE, ExportFormat::Md5, &mut Vec::new()).unwrap(), &mut failures);
    check(&analyst.import_law(&fx.law_file(1)).unwrap(), &mut failures);
    check(&analyst.law_imports().unwrap(), &mut failures);
    check(&analyst.remove_law_import(1).unwrap(), &mut failures);
    check(&admin.list_users().unwrap(), &mut failures);
    check(&admin.set_role(&user_of(Role::Trainer), Role::Trainer).unwrap(), &mut failures);
    check(&admin.verify_lab(&AtomicBool::new(false), &mut |_| {}).unwrap(), &mut failures);
    check(&auditor.audit_list(&AuditFilter { limit: Some(3), ..AuditFilter::default() }).unwrap(), &mut failures);
    check(&auditor.audit_verify().unwrap(), &mut failures);
    // The known picture: its case's two items are ingested in parallel, so
    // which comes first in the case varies, and the broken one has no size.
    let known = ReviewFilter { triage: Some(TriageState::Known), ..ReviewFilter::default() };
    let query = ReviewQuery { filter: known, order: ReviewOrder::Ingested, after: None, limit: 1 };
    check(&analyst.review_page(MEMBER_CASE, &query).unwrap(), &mut failures);
    check(&analyst.review_groups(MEMBER_CASE, GroupBy::Folder, &ReviewFilter::default()).unwrap(), &mut failures);
    let item = fx.item(true);
    let change = DecisionChange::Category { profile: "vic-us".into(), category: 1 };
    check(&analyst.decide(MEMBER_CASE, &[item], &change).unwrap(), &mut failures);
    check(&analyst.decision_history(MEMBER_CASE, item).unwrap(), &mut failures);
    check(&analyst.my_settings().unwrap(), &mut failures);
    check(&analyst.create_series(MEMBER_CASE, "shapes", &[item]).unwrap(), &mut failures);
    check(&analyst.list_series(MEMBER_CASE).unwrap(), &mut failures);
    check(&analyst.find_similar(MEMBER_CASE, &[item], 31).unwrap(), &mut failures);
    check(&analyst.camera_leads().unwrap(), &mut failures);
    check(&analyst.map(MEMBER_CASE, &ReviewFilter::default(), 1.0).unwrap(), &mut failures);
    check(&analyst.timeline(MEMBER_CASE, &ReviewFilter::default(), TimelineStep::Month).unwrap(), &mut failures);
    // Records beside the media.
    let person = analyst.create_person(MEMBER_CASE, PersonKind::Victim, "shapes", "notes").unwrap();
    check(&person, &mut failures);
    check(&analyst.set_person_status(MEMBER_CASE, person.person.id, IdStatus::Identified).unwrap(), &mut failures);
    let fields = LocationFields { label: "room".into(), lat: Some(1.0), lon: Some(2.0), description: "d".into() };
    let location = analyst.create_location(MEMBER_CASE, &fields).unwrap();
    check(&location, &mut failures);
    let record = RecordRef::Location(location.location.id);
    check(&analyst.link_record(MEMBER_CASE, record, LinkTarget::Media(item), true).unwrap(), &mut failures);
    check(&analyst.case_records(MEMBER_CASE).unwrap(), &mut failures);
    let rect = Some(Rect { x: 1, y: 1, w: 2, h: 2 });
    let lead = analyst.create_lead(MEMBER_CASE, item, rect, "shapes lead", Some(&user_of(Role::Analyst))).unwrap();
    check(&lead, &mut failures);
    check(&analyst.leads(MEMBER_CASE, None, None).unwrap(), &mut failures);
    check(&analyst.search_records(MEMBER_CASE, "shapes").unwrap(), &mut failures);
    // Series linked across cases (the setup account is a member of both).
    let setup = fx.session(SETUP);
    let here = setup.create_series(MEMBER_CASE, "linked here", &[item]).unwrap().series;
    let there = setup.create_series(OTHER_CASE, "linked there", &[fx.item(false)]).unwrap().series;
    check(&setup.link_series(MEMBER_CASE, here.id, there.id, "note").unwrap(), &mut failures);
    check(&setup.series_links(MEMBER_CASE, here.id).unwrap(), &mut failures);
    check(&setup.series_link_candidates(MEMBER_CASE, here.id, 64).unwrap(), &mut failures);
    // ViLab galleries.
    let trainer = fx.session(&user_of(Role::Trainer));
    let now = fx.lab.now();
    let gallery = trainer.create_gallery("shapes", GalleryAudience::Partner, now, now + 86400).unwrap();
    check(&gallery, &mut failures);
    check(&trainer.galleries().unwrap(), &mut failures);
    let added = trainer.add_gallery_items(&gallery.uid, MEMBER_CASE, &[MediaKey::RowId(item)]).unwrap();
    check(&added, &mut failures);
    let shown = added.added[0];
    check(&trainer.post_clue(&gallery.uid, shown, "shapes clue", Some((0.5, 0.5))).unwrap(), &mut failures);
    check(&trainer.gallery_clues(&gallery.uid, None, None).unwrap(), &mut failures);
    let bundle = "ab".repeat(16);
    check(&trainer.record_bundle(&gallery.uid, &bundle, "shapes", now + 86400).unwrap(), &mut failures);
    trainer.set_gallery_member(&gallery.uid, &user_of(Role::Analyst), GalleryPart::Editor).unwrap();
    check(&trainer.gallery(&gallery.uid).unwrap(), &mut failures);
    analyst.make_renditions(MEMBER_CASE, item, vilab_store::model::regions::Audience::Partner).unwrap();
    check(&trainer.gallery_item_images(&gallery.uid, shown).unwrap(), &mut failures);
    check(&trainer.export_bundle(&gallery.uid, "shapes", now + 86400, true).unwrap().summary, &mut failures);
    let clue = |uid: &str, item| BundleClue { uid: uid.repeat(32), item, text: "t".into(), pin: None, posted_at: now };
    let file = BundleClues { bundle, author: "p".into(), clues: vec![clue("1", shown), clue("2", GalleryItemId(999))] };
    check(&analyst.import_clues(&gallery.uid, &file).unwrap(), &mut failures);
    let rubric =
        Rubric { country_points: 1, place_points: 1, object_points: 1, wrong_object_penalty: 1, free_text_max: 2 };
    let expected = ExpectedAnswer {
        country: "VN".into(),
        place: "Hà Nội".into(),
        place_aliases: vec!["Ha Noi".into()],
        objects: vec!["banknote".into()],
        solving_lead: "lead".into(),
    };
    // Its view is checked below, once answered (the same shape, with `mine` filled).
    trainer.set_exercise(&gallery.uid, &rubric, &[(shown, expected)]).unwrap();
    let answer = Answer {
        country: "VN".into(),
        place: "ha noi".into(),
        objects: vec!["banknote".into()],
        free_text: "f".into(),
    };
    check(&trainer.answer_exercise(&gallery.uid, shown, &answer).unwrap(), &mut failures);
    check(&trainer.exercise(&gallery.uid).unwrap(), &mut failures);
    check(&trainer.exercise_results(&gallery.uid).unwrap(), &mut failures);
    let exported = trainer.export_exercise(&gallery.uid, "shapes", now + 86400).unwrap();
    check(&exported.summary, &mut failures);
    let scratch = fx.tmp.path().join("shapes-exercise");
    check(&analyst.import_exercise(&exported.files, None, "SHAPES-EX", &scratch, now + 86400).unwrap(), &mut failures);
    let ex_uid = trainer.exercise(&gallery.uid).unwrap().uid;
    let answers = AnswerFile {
        format: "vilab.answers/1".into(),
        bundle: "ab".repeat(16),
        exercise: ex_uid,
        participant: "p".into(),
        answers: vec![AnswerLine {
            item: shown.0.to_string(),
            country: "VN".into(),
            place: "x".into(),
            objects: vec![],
            free_text: String::new(),
            time: "2026-01-01T00:00:00Z".into(),
        }],
    };
    check(&trainer.import_answers(&gallery.uid, &answers).unwrap(), &mut failures);
    check(&analyst.remove_hashset("known").unwrap(), &mut failures);
    // --- onepass: a disk image's exhibit report, its check and layout
    // included (they come from the custody log as free JSON, so the image
    // must be a disk: a partitioned one, for the space outside) ---
    let disk = fx.tmp.path().join("shapes-disk.img");
    std::fs::write(&disk, partitioned_disk()).unwrap();
    let request = vilab_lab::ops::ingest::IngestRequest {
        case: MEMBER_CASE,
        exhibit: "disk",
        source: &disk,
        options: Default::default(),
    };
    analyst.ingest(&request, &AtomicBool::new(false), &sender).unwrap();
    check(&analyst.exhibit_show(Some(MEMBER_CASE), "disk").unwrap(), &mut failures);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A 4 MiB MBR disk: one partition (1 to 2 MiB) holding no file system and
/// a picture, another picture after it, outside every partition.
fn partitioned_disk() -> Vec<u8> {
    const MIB: usize = 1 << 20;
    let mut disk = vec![0u8; 4 * MIB];
    disk[446 + 4] = 0x83;
    disk[446 + 8..446 + 12].copy_from_slice(&2048u32.to_le_bytes());
    disk[446 + 12..446 + 16].copy_from_slice(&2048u32.to_le_bytes());
    disk[510..512].copy_from_slice(&[0x55, 0xaa]);
    let picture = vilab_synth::benchmark_jpeg(5, 64, 48);
    for at in [MIB + 4096, 3 * MIB] {
        disk[at..at + picture.len()].copy_from_slice(&picture);
    }
    disk
}
