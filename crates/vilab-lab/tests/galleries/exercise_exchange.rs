//! An exercise carried between two labs: exported with its renditions
//! (never an original) and known answers, signed by the first lab; refused
//! under another key; imported by the second lab's analyst as a case, a
//! trainee gallery and the exercise, which its trainee answers and its
//! editor scores.

use crate::common::{Fixture, MEMBER_CASE, SETUP, item_with_regions, user_of};
use vilab_gallery::exercise::{Answer, ExpectedAnswer, Rubric};
use vilab_lab::ops::galleries::GalleryPart;
use vilab_lab::{Code, Role};
use vilab_store::MediaKey;
use vilab_store::model::gallery::GalleryAudience;
use vilab_store::model::regions::Audience;

const WEEK: i64 = 7 * 86400;

#[test]
fn an_exercise_exported_by_one_lab_is_imported_answered_and_scored_in_another() {
    let a = Fixture::new();
    let (media, original) = item_with_regions(&a);
    let maker = a.session(SETUP);
    let rendition = maker.make_renditions(MEMBER_CASE, media, Audience::Trainee).unwrap().renditions[0].clone();
    let now = a.lab.now();
    let g = maker.create_gallery("ToT: places", GalleryAudience::Trainee, now, now + WEEK).unwrap().uid;
    let item = maker.add_gallery_items(&g, MEMBER_CASE, &[MediaKey::RowId(media)]).unwrap().added[0];
    let rubric =
        Rubric { country_points: 2, place_points: 2, object_points: 1, wrong_object_penalty: 1, free_text_max: 0 };
    let expected = ExpectedAnswer {
        country: "LA".into(),
        place: "Vientiane".into(),
        place_aliases: vec!["ວຽງຈັນ".into()],
        objects: vec!["licence_plate".into()],
        solving_lead: "The plate's province code".into(),
    };
    maker.set_exercise(&g, &rubric, &[(item, expected.clone())]).unwrap();
    let export = maker.export_exercise(&g, "Lab B", now + WEEK).unwrap();
    assert_eq!(export.summary.items, [item]);
    let images: Vec<_> = export.files.iter().filter(|f| f.path.ends_with(".jpg")).collect();
    assert_eq!(images.len(), 1);
    assert_eq!(vilab_core::Sha256::of(&images[0].bytes), rendition.sha256, "the trainee rendition as made");
    assert_ne!(images[0].bytes, original, "never the original");
    let key: [u8; 32] = hex::decode(&export.summary.public_key).unwrap().try_into().unwrap();

    let b = Fixture::new();
    let importer = b.session(SETUP);
    let scratch = b.tmp.path().join("exercise-in");
    let e = importer.import_exercise(&export.files, Some(&[9u8; 32]), "EX-1", &scratch, b.lab.now() + WEEK);
    assert_eq!(e.unwrap_err().code(), Code::InvalidInput, "another lab's key");
    let mut tampered = export.files.clone();
    tampered.iter_mut().find(|f| f.path == "exercise.json").unwrap().bytes.push(b' ');
    let e = importer.import_exercise(&tampered, Some(&key), "EX-1", &scratch, b.lab.now() + WEEK).unwrap_err();
    assert_eq!(
        (e.code(), e.param("field").map(ToString::to_string)),
        (Code::InvalidInput, Some("exercise.json".into()))
    );

    let imported = importer.import_exercise(&export.files, Some(&key), "EX-1", &scratch, b.lab.now() + WEEK).unwrap();
    assert_eq!(imported.items.len(), 1);
    let trainee = user_of(Role::Trainee);
    importer.set_gallery_member(&imported.gallery, &trainee, GalleryPart::Participant).unwrap();
    let t = b.session(&trainee);
    let shown = t.gallery_item_images(&imported.gallery, imported.items[0]).unwrap();
    assert_eq!(shown.images.len(), 1, "a trainee rendition of the imported picture");
    let view = importer.exercise(&imported.gallery).unwrap();
    assert_eq!(view.items[0].expected.as_ref(), Some(&expected), "the known answer came along");
    assert!(t.exercise(&imported.gallery).unwrap().items[0].expected.is_none());

    let answer = Answer {
        country: "LA".into(),
        place: "ວຽງຈັນ".into(),
        objects: vec!["licence_plate".into()],
        free_text: String::new(),
    };
    t.answer_exercise(&imported.gallery, imported.items[0], &answer).unwrap();
    let results = importer.exercise_results(&imported.gallery).unwrap();
    assert_eq!((results.trainees[0].points, results.trainees[0].max), (5, 5));
}
