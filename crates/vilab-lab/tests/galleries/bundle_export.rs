//! A gallery exported as an offline bundle through the application layer:
//! it verifies with the lab's public key, its images are the gallery's
//! renditions watermarked (never the original), an item with no current
//! rendition is refused by id unless skipped, a clue file in the bundle's
//! format comes back as leads once, and an exercise travels without its
//! known answers.

use crate::common::{Fixture, MEMBER_CASE, SETUP, item_with_regions, user_of};
use vilab_lab::ops::galleries::GalleryPart;
use vilab_lab::{Code, Role};
use vilab_store::MediaKey;
use vilab_store::model::gallery::GalleryAudience;
use vilab_store::model::regions::Audience;

const WEEK: i64 = 7 * 86400;

fn lab_public_key(fx: &Fixture) -> [u8; 32] {
    let hex: String =
        fx.db().query_row("SELECT value FROM lab_meta WHERE key = 'public_key'", [], |r| r.get(0)).unwrap();
    hex::decode(hex).unwrap().try_into().unwrap()
}

fn decode(jpeg: &[u8]) -> vilab_media::decode::DecodedImage {
    vilab_media::decode_rgb(jpeg, vilab_core::model::MediaKind::Jpeg, 1 << 26).unwrap()
}

#[test]
fn an_exported_bundle_verifies_and_its_clue_file_comes_back_as_leads_once() {
    let fx = Fixture::new();
    let (media, original) = item_with_regions(&fx);
    let maker = fx.session(SETUP);
    let rendition = maker.make_renditions(MEMBER_CASE, media, Audience::Partner).unwrap().renditions[0].clone();
    let now = fx.lab.now();
    let g = maker.create_gallery("Mekong appeal", GalleryAudience::Partner, now, now + WEEK).unwrap().uid;
    let shown = maker.add_gallery_items(&g, MEMBER_CASE, &[MediaKey::RowId(media)]).unwrap().added[0];
    let bare = maker.add_gallery_items(&g, MEMBER_CASE, &[MediaKey::RowId(fx.item(true))]).unwrap().added[0];

    // An item with no rendition for the audience is named, unless skipped.
    let e = maker.export_bundle(&g, "Mekong task force", now + WEEK, false).unwrap_err();
    assert_eq!(e.code(), Code::InvalidInput);
    let reason = e.param("reason").map(ToString::to_string).unwrap_or_default();
    assert!(reason.contains(&format!("gallery item {}", bare.0)), "{reason}");
    assert!(maker.gallery(&g).unwrap().bundles.is_empty(), "nothing recorded");
    assert_eq!(
        maker.export_bundle(&g, "Mekong task force", now - 1, true).unwrap_err().code(),
        Code::InvalidInput,
        "expired already"
    );
    let partner = user_of(Role::Partner);
    maker.set_gallery_member(&g, &partner, GalleryPart::Participant).unwrap();
    assert_eq!(
        fx.session(&partner).export_bundle(&g, "me", now + WEEK, true).unwrap_err().code(),
        Code::PermissionDenied,
        "a partner exports nothing"
    );

    let export = maker.export_bundle(&g, "ក្រុមការងារ Mekong", now + WEEK, true).unwrap();
    let summary = &export.summary;
    assert_eq!((summary.items.as_slice(), summary.skipped.as_slice()), ([shown].as_slice(), [bare].as_slice()));
    let (_, action, outcome, details) = fx.last_audit();
    assert_eq!((action.as_str(), outcome.as_str()), ("gallery.edit", "allowed"));
    assert!(details.contains(&summary.bundle.uid), "{details}");
    assert_eq!(maker.gallery(&g).unwrap().bundles[0].uid, summary.bundle.uid, "recorded");

    // Signed by this lab, every file listed; bundle item ids are gallery item ids.
    let key = lab_public_key(&fx);
    assert_eq!(hex::encode(key), summary.public_key);
    let verified = vilab_gallery::verify(&export.files, Some(&key)).unwrap();
    assert_eq!(verified.uid(), summary.bundle.uid);
    assert_eq!(verified.manifest.items, [shown.0.to_string()]);
    assert_eq!(verified.manifest.recipient, "ក្រុមការងារ Mekong");
    assert!(verified.manifest.exercise.is_none());
    assert!(vilab_gallery::verify(&export.files, Some(&[7u8; 32])).is_err(), "another lab's key");

    // The image is the partner rendition, watermarked: same size, other
    // pixels, never the original.
    let images: Vec<_> = export.files.iter().filter(|f| f.path.ends_with(".jpg")).collect();
    assert_eq!(images.len(), 1);
    let stored = maker.fetch_rendition(&rendition.uid).unwrap().bytes;
    assert!(images[0].bytes != stored && images[0].bytes != original);
    let (marked, plain) = (decode(&images[0].bytes), decode(&stored));
    assert_eq!((marked.width, marked.height), (plain.width, plain.height));
    let differ = marked.rgb.iter().zip(&plain.rgb).filter(|(a, b)| a.abs_diff(**b) > 24).count();
    assert!(differ > marked.rgb.len() / 100, "the watermark is visible: {differ} bytes differ");

    // A participant's clue file, as the bundle's page saves it.
    let clue_file = format!(
        r#"{{"format":"vilab.clues/1","bundle":"{}","participant":"ນາງ ແກ້ວ","clues":[
          {{"uid":"{}","item":"{}","text":"a Lao licence plate","pin":{{"x":0.5,"y":0.5}},"time":"2026-12-07T09:30:00Z"}}]}}"#,
        summary.bundle.uid,
        "5".repeat(32),
        shown.0
    );
    vilab_gallery::parse_clues(clue_file.as_bytes(), &verified.manifest).unwrap();
    let before = maker.leads(MEMBER_CASE, None, None).unwrap().leads.len();
    let first = maker.import_clue_file(&g, clue_file.as_bytes()).unwrap();
    assert_eq!((first.recorded, first.already), (1, 0));
    let again = maker.import_clue_file(&g, clue_file.as_bytes()).unwrap();
    assert_eq!((again.recorded, again.already), (0, 1));
    let leads = maker.leads(MEMBER_CASE, None, None).unwrap().leads;
    assert_eq!(leads.len(), before + 1, "one lead, once");
    assert!(leads.iter().any(|l| l.text == "a Lao licence plate" && l.rect.is_some()));
}

#[test]
fn a_training_bundle_carries_its_exercise_but_never_the_known_answers() {
    use vilab_gallery::exercise::{ExpectedAnswer, Rubric};
    let fx = Fixture::new();
    let (media, _) = item_with_regions(&fx);
    let maker = fx.session(SETUP);
    maker.make_renditions(MEMBER_CASE, media, Audience::Trainee).unwrap();
    let now = fx.lab.now();
    let g = maker.create_gallery("ToT course", GalleryAudience::Trainee, now, now + WEEK).unwrap().uid;
    let item = maker.add_gallery_items(&g, MEMBER_CASE, &[MediaKey::RowId(media)]).unwrap().added[0];
    let rubric =
        Rubric { country_points: 2, place_points: 2, object_points: 1, wrong_object_penalty: 1, free_text_max: 3 };
    let expected = ExpectedAnswer {
        country: "KH".into(),
        place: "Battambang".into(),
        place_aliases: vec!["Batdambang".into()],
        objects: vec!["shop_sign".into()],
        solving_lead: "The pharmacy's sign named its street".into(),
    };
    let exercise = maker.set_exercise(&g, &rubric, &[(item, expected)]).unwrap().uid;

    let export = maker.export_bundle(&g, "Course, Vientiane", now + WEEK, false).unwrap();
    assert_eq!(export.summary.exercise.as_deref(), Some(exercise.as_str()));
    let verified = vilab_gallery::verify(&export.files, Some(&lab_public_key(&fx))).unwrap();
    assert_eq!(verified.manifest.exercise.as_deref(), Some(exercise.as_str()));
    for file in &export.files {
        let text = String::from_utf8_lossy(&file.bytes);
        for secret in ["Battambang", "Batdambang", "pharmacy's sign"] {
            assert!(!text.contains(secret), "{} carries {secret:?}", file.path);
        }
    }
}
