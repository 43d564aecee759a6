//! Renditions per audience through the application layer: who receives
//! one by its uid (those who work the case; never an original), four eyes
//! on public crops, stale renditions after a region changes, a crop that
//! would touch a person refused, and regions' fields refused by name.

mod common;
#[path = "renditions/faces.rs"]
mod faces;

use common::{Fixture, MEMBER_CASE, OTHER_CASE, SETUP, rect, user_of};
use vilab_lab::{Code, Role};
use vilab_store::MediaRowId;
use vilab_store::model::regions::{Audience, RegionKind, Treatment};

/// A 640 x 480 generated picture ingested into the member case: its row id
/// and bytes.
fn big_item(fx: &Fixture) -> (MediaRowId, Vec<u8>) {
    let dir = fx.tmp.path().join("big");
    std::fs::create_dir_all(&dir).unwrap();
    let jpeg = vilab_synth::benchmark_jpeg(40, 640, 480);
    std::fs::write(dir.join("big.jpg"), &jpeg).unwrap();
    fx.ingest(&fx.session(SETUP), MEMBER_CASE, "exhibit-big", &dir);
    let sha = vilab_core::Digests::of(&jpeg).sha256.to_hex();
    let id = fx.db().query_row("SELECT id FROM media WHERE lower(hex(sha256)) = ?1", [sha], |r| r.get(0)).unwrap();
    (MediaRowId(id), jpeg)
}

fn decode(jpeg: &[u8]) -> vilab_media::decode::DecodedImage {
    vilab_media::decode_rgb(jpeg, vilab_core::model::MediaKind::Jpeg, 1 << 26).unwrap()
}

#[test]
fn each_role_receives_only_its_audiences_and_a_public_crop_needs_a_second_analyst() {
    let fx = Fixture::new();
    let (item, original) = big_item(&fx);
    let maker = fx.session(SETUP);
    maker.add_region(MEMBER_CASE, item, &rect(RegionKind::Face, 20, 20, 80, 80)).unwrap();
    let bag = maker.add_region(MEMBER_CASE, item, &rect(RegionKind::Object, 400, 300, 120, 100)).unwrap().region;

    let partner = maker.make_renditions(MEMBER_CASE, item, Audience::Partner).unwrap().renditions;
    let trainee = maker.make_renditions(MEMBER_CASE, item, Audience::Trainee).unwrap().renditions;
    let public = maker.make_renditions(MEMBER_CASE, item, Audience::Public).unwrap().renditions;
    assert_eq!((partner.len(), trainee.len(), public.len()), (1, 1, 1));
    assert_eq!(public[0].object_region.as_deref(), Some(bag.uid.as_str()));
    assert_eq!(partner[0].sources.len(), 2);
    let (_, _, _, details) = fx.last_audit();
    assert!(details.contains(&public[0].uid) && !details.contains("rect"), "ids only: {details}");

    // The partner rendition: the face is one flat colour, the rest is the picture.
    let bytes = fx.session(&user_of(Role::Investigator)).fetch_rendition(&partner[0].uid).unwrap().bytes;
    assert_ne!(bytes, original);
    let pixels = decode(&bytes);
    assert_eq!((pixels.width, pixels.height), (640, 480));
    let at = |x: u32, y: u32| {
        let i = ((y * pixels.width + x) * 3) as usize;
        [pixels.rgb[i], pixels.rgb[i + 1], pixels.rgb[i + 2]]
    };
    let inside: Vec<[u8; 3]> =
        (30..90).step_by(7).flat_map(|y| (30..90).step_by(7).map(move |x| (x, y))).map(|(x, y)| at(x, y)).collect();
    let spread = |c: usize| inside.iter().map(|p| p[c]).max().unwrap() - inside.iter().map(|p| p[c]).min().unwrap();
    assert!((0..3).all(|c| spread(c) <= 4), "the filled face is flat (JPEG noise aside): {inside:?}");

    // A public crop is approved by another analyst than its maker (what a
    // public gallery shows then: tests/galleries/images.rs).
    assert_eq!(maker.approve_rendition(&public[0].uid).unwrap_err().code(), Code::ApprovalSameActor);
    let approver = fx.session(&user_of(Role::Analyst));
    assert_eq!(approver.approve_rendition(&partner[0].uid).unwrap_err().code(), Code::InvalidInput);
    approver.approve_rendition(&public[0].uid).unwrap();
    let crop = fx.session(&user_of(Role::Investigator)).fetch_rendition(&public[0].uid).unwrap();
    assert_eq!(vilab_core::Sha256::of(&crop.bytes), public[0].sha256);
    let crop_pixels = decode(&crop.bytes);
    assert_eq!((crop_pixels.width, crop_pixels.height), (120, 100), "the object region alone");

    // Who receives a rendition by its uid: those who work the case, never
    // the original. Every other role (all are members of the case here)
    // receives renditions only as a gallery's images.
    let cases = [(&partner[0], Audience::Partner), (&trainee[0], Audience::Trainee), (&public[0], Audience::Public)];
    for role in Role::ALL {
        let session = fx.session(&user_of(role));
        for (rendition, audience) in cases {
            match session.fetch_rendition(&rendition.uid) {
                Ok(out) => {
                    assert!(matches!(role, Role::Analyst | Role::Investigator), "{role:?} received {audience:?}");
                    assert_ne!(out.bytes, original, "never the original");
                    assert_eq!(vilab_core::Sha256::of(&out.bytes), rendition.sha256);
                }
                Err(e) => {
                    assert!(!matches!(role, Role::Analyst | Role::Investigator), "{role:?} refused: {e}");
                    assert_eq!(e.code(), Code::PermissionDenied, "{role:?} {audience:?}");
                }
            }
        }
    }

    // A region changes: every rendition of the item is stale; analysts
    // still see them (flagged), nobody else does, and a stale crop is not
    // approved; making them again gives fresh ones.
    let moved = rect(RegionKind::Face, 24, 20, 80, 80);
    let face = maker.regions(MEMBER_CASE, item).unwrap().regions[0].uid.clone();
    maker.update_region(MEMBER_CASE, &face, &moved).unwrap();
    let analyst = fx.session(&user_of(Role::Analyst));
    assert!(analyst.fetch_rendition(&partner[0].uid).unwrap().rendition.stale);
    let investigator = fx.session(&user_of(Role::Investigator));
    for uid in [&public[0].uid, &partner[0].uid] {
        assert_eq!(investigator.fetch_rendition(uid).unwrap_err().code(), Code::RenditionStale);
    }
    let again = maker.make_renditions(MEMBER_CASE, item, Audience::Public).unwrap().renditions;
    assert!(!again[0].stale);
    let listed = analyst.list_renditions(MEMBER_CASE, item).unwrap().renditions;
    assert_eq!(listed.iter().filter(|r| !r.stale).count(), 1);
    assert_eq!(listed.len(), 4);
}

#[test]
fn a_crop_touching_a_person_is_refused_and_bad_regions_are_named() {
    let fx = Fixture::new();
    let (item, _) = big_item(&fx);
    let analyst = fx.session(SETUP);
    let face = analyst.add_region(MEMBER_CASE, item, &rect(RegionKind::Face, 100, 100, 80, 80)).unwrap().region;
    // 40 pixels from the face: inside the margin.
    let bag = analyst.add_region(MEMBER_CASE, item, &rect(RegionKind::Object, 220, 100, 60, 60)).unwrap().region;
    let e = analyst.make_renditions(MEMBER_CASE, item, Audience::Public).unwrap_err();
    assert_eq!(e.code(), Code::CropTouchesPerson);
    assert_eq!(e.param("object").map(ToString::to_string), Some(bag.uid.clone()));
    assert_eq!(e.param("person").map(ToString::to_string), Some(face.uid.clone()));
    assert!(analyst.list_renditions(MEMBER_CASE, item).unwrap().renditions.is_empty(), "nothing made");

    assert_eq!(
        analyst.make_renditions(MEMBER_CASE, item, Audience::Original).unwrap_err().code(),
        Code::InvalidInput,
        "the original is no rendition"
    );
    let e = analyst.add_region(MEMBER_CASE, item, &rect(RegionKind::Face, 600, 0, 50, 10)).unwrap_err();
    assert_eq!((e.code(), e.param("field").map(ToString::to_string)), (Code::RegionInvalid, Some("shape.w".into())));
    let mut text = rect(RegionKind::Text, 0, 0, 10, 10);
    text.treatment = Treatment::Pixelate;
    let e = analyst.add_region(MEMBER_CASE, item, &text).unwrap_err();
    assert_eq!(e.param("field").map(ToString::to_string), Some("treatment".into()));

    // A region of this case is not found from the other case, nor once deleted.
    assert_eq!(analyst.delete_region(OTHER_CASE, &bag.uid).unwrap_err().code(), Code::RegionNotFound);
    analyst.delete_region(MEMBER_CASE, &bag.uid).unwrap();
    assert_eq!(analyst.delete_region(MEMBER_CASE, &bag.uid).unwrap_err().code(), Code::RegionNotFound);
    let list = analyst.regions(MEMBER_CASE, item).unwrap();
    assert_eq!(list.regions.len(), 1);
    assert_eq!(list.history.len(), 3);
}
