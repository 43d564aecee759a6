//! Face suggestions through the application layer (issue 20): the
//! detector runs on the original's pixels in the lab and proposes the face
//! of a public-domain portrait (vilab-faces' test photograph, see its
//! `testdata/SOURCES.md`) in the original's pixels; nothing is stored until
//! an analyst accepts one, which makes a `face` region with source
//! `suggested`; a role without `region.edit` is refused.

use crate::common::{Fixture, MEMBER_CASE, OTHER_CASE, SETUP, user_of};
use vilab_faces::bench::Rect;
use vilab_lab::{Code, Role};
use vilab_store::MediaRowId;
use vilab_store::model::regions::{RegionFields, RegionKind, RegionShape, RegionSource, Treatment};

/// The portrait's face, labelled by hand (vilab-faces' SOURCES.md).
const FACE: Rect = Rect { x: 176, y: 132, w: 170, h: 195 };

/// The portrait ingested into the member case: its row id.
fn portrait(fx: &Fixture) -> MediaRowId {
    let jpeg = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../vilab-faces/testdata/grace_hopper.jpg")).unwrap();
    let dir = fx.tmp.path().join("portrait");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("portrait.jpg"), &jpeg).unwrap();
    fx.ingest(&fx.session(SETUP), MEMBER_CASE, "exhibit-portrait", &dir);
    let sha = vilab_core::Digests::of(&jpeg).sha256.to_hex();
    let id = fx.db().query_row("SELECT id FROM media WHERE lower(hex(sha256)) = ?1", [sha], |r| r.get(0)).unwrap();
    MediaRowId(id)
}

#[test]
fn the_portrait_s_face_is_suggested_in_original_pixels_and_accepting_it_stores_a_suggested_face() {
    let fx = Fixture::new();
    let item = portrait(&fx);
    let analyst = fx.session(&user_of(Role::Analyst));
    let found = analyst.suggest_faces(MEMBER_CASE, item).unwrap();
    let (_, action, outcome, details) = fx.last_audit();
    assert_eq!((action.as_str(), outcome.as_str()), ("region.edit", "allowed"));
    assert!(details.contains("\"suggestions\"") && !details.contains("\"x\""), "a count, never boxes: {details}");

    let image = image_size();
    assert_eq!((found.width, found.height), image, "the original's pixels");
    let best = found.suggestions.first().expect("the portrait's face is suggested");
    let got = Rect { x: best.x, y: best.y, w: best.w, h: best.h };
    assert!(got.iou(&FACE) >= 0.4, "the surest box {got:?} is the face {FACE:?}: {:?}", found.suggestions);
    for s in &found.suggestions {
        assert!(s.w > 0 && s.h > 0 && s.x + s.w <= image.0 && s.y + s.h <= image.1, "{s:?} inside the picture");
    }
    // Suggesting stores nothing.
    assert!(analyst.regions(MEMBER_CASE, item).unwrap().history.is_empty());

    // Accepting it: a face region whose source says a detector proposed it.
    let fields = RegionFields {
        kind: RegionKind::Face,
        shape: RegionShape::Rect { x: best.x, y: best.y, w: best.w, h: best.h },
        treatment: Treatment::Fill,
        source: RegionSource::Suggested,
    };
    let accepted = analyst.add_region(MEMBER_CASE, item, &fields).unwrap().region;
    assert_eq!(accepted.fields.source, RegionSource::Suggested);
    let (_, _, _, details) = fx.last_audit();
    assert!(details.contains("\"source\":\"suggested\""), "{details}");
    let standing = analyst.regions(MEMBER_CASE, item).unwrap().regions;
    assert_eq!(standing.len(), 1);
    assert_eq!(standing[0].fields, fields, "kept as accepted, source included");
}

/// The portrait's size, read independently of the lab.
fn image_size() -> (u32, u32) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../vilab-faces/testdata/grace_hopper.jpg");
    let decoded =
        vilab_media::decode_rgb(&std::fs::read(path).unwrap(), vilab_core::model::MediaKind::Jpeg, 1 << 26).unwrap();
    (decoded.width, decoded.height)
}

#[test]
fn only_an_analyst_of_the_case_is_given_suggestions() {
    let fx = Fixture::new();
    let item = portrait(&fx);
    for role in Role::ALL {
        let got = fx.session(&user_of(role)).suggest_faces(MEMBER_CASE, item);
        if role == Role::Analyst {
            assert!(got.is_ok(), "{role:?}");
        } else {
            assert_eq!(got.unwrap_err().code(), Code::PermissionDenied, "{role:?}");
            let (_, action, outcome, _) = fx.last_audit();
            assert_eq!((action.as_str(), outcome.as_str()), ("region.edit", "denied"), "{role:?}");
        }
    }
    // An analyst of another case is told the case does not exist.
    let analyst = fx.session(&user_of(Role::Analyst));
    assert_eq!(analyst.suggest_faces(OTHER_CASE, item).unwrap_err().code(), Code::CaseNotFound);
    // An item the case does not hold is not found.
    assert_eq!(analyst.suggest_faces(MEMBER_CASE, MediaRowId(999_999)).unwrap_err().code(), Code::MediaNotFound);
}
