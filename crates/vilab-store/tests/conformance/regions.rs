//! Regions and renditions (schema version 14): a region's versions are a
//! history and its current state is the latest, deleted ones left out;
//! shapes are checked against the item; a rendition records the region
//! versions it was made from, is refused when those are not the current
//! ones, goes stale when any region of its item changes, and a public crop
//! is approved once, by another account than its maker.

use vilab_core::Sha256;
use vilab_store::model::regions::*;
use vilab_store::{AccountId, IngestBatch, MediaKey, MediaRowId, NewAccount, Role, Store, StoreError};

use super::{Factory, with_case};
use crate::common::*;

const ADMIN: AccountId = AccountId(1);

/// A decoded item (640 x 480) and a bare one (size unknown).
fn two_items(store: &dyn Store, exhibit: vilab_store::ExhibitId) -> (MediaRowId, MediaRowId) {
    let media = vec![decoded(1), bare(2)];
    let occurrences = media.iter().map(|m| occ(&format!("DCIM/{}.jpg", m.digests.size), m.digests.sha256)).collect();
    store.write_batch(&IngestBatch { media: media.clone(), occurrences, ..IngestBatch::new(exhibit, None) }).unwrap();
    let id = |m: &vilab_core::model::MediaRecord| store.media(&MediaKey::Sha256(m.digests.sha256)).unwrap().unwrap().id;
    (id(&media[0]), id(&media[1]))
}

fn analyst(store: &dyn Store, name: &str) -> AccountId {
    let new = NewAccount { username: name.into(), password: "long enough password".into(), role: Role::Analyst };
    store.create_account(&new).unwrap().id
}

fn rect(kind: RegionKind, x: u32, y: u32, w: u32, h: u32) -> RegionFields {
    RegionFields {
        kind,
        shape: RegionShape::Rect { x, y, w, h },
        treatment: Treatment::Fill,
        source: RegionSource::Drawn,
    }
}

fn refs(regions: &[Region]) -> Vec<RegionRef> {
    regions.iter().map(|r| RegionRef { uid: r.uid.clone(), version: r.version }).collect()
}

fn new_rendition(
    case: vilab_store::CaseId,
    media: MediaRowId,
    audience: Audience,
    object: Option<&str>,
    sources: Vec<RegionRef>,
    by: AccountId,
    bytes: &[u8],
) -> NewRendition {
    NewRendition {
        case,
        media,
        audience,
        object_region: object.map(str::to_string),
        sources,
        sha256: Sha256::of(bytes),
        size: bytes.len() as u64,
        width: 64,
        height: 48,
        made_by: by,
        made_at: 100,
    }
}

pub fn regions_keep_every_version_and_the_current_ones_leave_deleted_out(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let (item, _) = two_items(store, exhibit);
    let lan = analyst(store, "lan");

    let face = store.create_region(case, item, &rect(RegionKind::Face, 10, 10, 50, 60), ADMIN, 1).unwrap();
    assert_eq!((face.version, face.deleted, face.set_by, face.set_at), (1, false, ADMIN, 1));
    assert_eq!(face.uid.len(), 32);
    let polygon = RegionFields {
        kind: RegionKind::Object,
        shape: RegionShape::Polygon(vec![(300, 300), (400, 300), (350, 400)]),
        treatment: Treatment::Fill,
        source: RegionSource::Drawn,
    };
    let bag = store.create_region(case, item, &polygon, lan, 2).unwrap();
    assert_ne!(face.uid, bag.uid);

    let mut moved = rect(RegionKind::Face, 20, 20, 50, 60);
    moved.treatment = Treatment::Pixelate;
    let face2 = store.update_region(&face.uid, &moved, lan, 3).unwrap().unwrap();
    assert_eq!((face2.version, face2.set_by, &face2.fields), (2, lan, &moved));

    let current = store.regions(case, item).unwrap();
    assert_eq!(
        refs(&current),
        [RegionRef { uid: face.uid.clone(), version: 2 }, RegionRef { uid: bag.uid.clone(), version: 1 }]
    );
    assert_eq!(current[1].fields, polygon, "a polygon reads back as drawn");

    let gone = store.delete_region(&bag.uid, ADMIN, 4).unwrap().unwrap();
    assert!(gone.deleted);
    assert_eq!(gone.fields, polygon, "a deletion keeps the last fields");
    assert_eq!(refs(&store.regions(case, item).unwrap()), [RegionRef { uid: face.uid.clone(), version: 2 }]);
    assert!(store.delete_region(&bag.uid, ADMIN, 5).unwrap().is_none(), "a deleted region stands no more");
    assert!(store.update_region(&bag.uid, &polygon, ADMIN, 5).unwrap().is_none());
    assert!(store.update_region("0".repeat(32).as_str(), &polygon, ADMIN, 5).unwrap().is_none());
    assert!(store.region(&bag.uid).unwrap().unwrap().deleted);

    let history = store.region_history(case, item).unwrap();
    assert_eq!(
        history.iter().map(|r| (r.uid == face.uid, r.version, r.deleted, r.set_at)).collect::<Vec<_>>(),
        [(true, 1, false, 1), (false, 1, false, 2), (true, 2, false, 3), (false, 2, true, 4)]
    );
}

pub fn region_fields_are_checked_against_the_item(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let (item, bare_item) = two_items(store, exhibit);
    let field = |fields: RegionFields, media: MediaRowId| match store.create_region(case, media, &fields, ADMIN, 1) {
        Err(StoreError::Invalid { field, .. }) => field,
        other => panic!("{other:?}"),
    };
    assert_eq!(field(rect(RegionKind::Face, 600, 0, 41, 10), item), "shape.w");
    assert_eq!(field(rect(RegionKind::Face, 0, 470, 10, 11), item), "shape.h");
    assert_eq!(field(rect(RegionKind::Face, 0, 0, 0, 11), item), "shape.w");
    let mut text = rect(RegionKind::Text, 0, 0, 10, 10);
    text.treatment = Treatment::Blur;
    assert_eq!(field(text, item), "treatment");
    let mut line = rect(RegionKind::Other, 0, 0, 1, 1);
    line.shape = RegionShape::Polygon(vec![(1, 1), (2, 2)]);
    assert_eq!(field(line.clone(), item), "shape.polygon");
    line.shape = RegionShape::Polygon(vec![(1, 1), (2, 2), (641, 3)]);
    assert_eq!(field(line, item), "shape.polygon[]");
    // Where the size is unknown only the shape itself is checked.
    assert!(store.create_region(case, bare_item, &rect(RegionKind::Face, 5000, 0, 10, 10), ADMIN, 1).is_ok());

    let other = store.create_case("OP-2").unwrap();
    assert!(matches!(
        store.create_region(other.id, item, &rect(RegionKind::Face, 0, 0, 5, 5), ADMIN, 1).unwrap_err(),
        StoreError::NotFound { .. }
    ));
    assert!(store.regions(case, item).unwrap().is_empty(), "a refused region leaves no trace");
}

pub fn renditions_record_their_sources_and_go_stale_when_a_region_changes(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let (item, other_item) = two_items(store, exhibit);
    let face = store.create_region(case, item, &rect(RegionKind::Face, 10, 10, 50, 60), ADMIN, 1).unwrap();
    let bag = store.create_region(case, item, &rect(RegionKind::Object, 300, 300, 80, 80), ADMIN, 2).unwrap();
    let sources = refs(&store.regions(case, item).unwrap());

    let partner = store
        .add_rendition(&new_rendition(case, item, Audience::Partner, None, sources.clone(), ADMIN, b"partner"))
        .unwrap();
    assert_eq!(partner.uid.len(), 32);
    assert_eq!((partner.audience, partner.stale, partner.approved_by), (Audience::Partner, false, None));
    assert_eq!(partner.sha256, Sha256::of(b"partner"));
    assert_eq!(partner.sources.len(), 2);
    let crop = store
        .add_rendition(&new_rendition(case, item, Audience::Public, Some(&bag.uid), sources.clone(), ADMIN, b"crop"))
        .unwrap();
    assert_eq!(crop.object_region.as_deref(), Some(bag.uid.as_str()));
    assert!(store.blob_refs().unwrap().contains(&Sha256::of(b"crop")), "a rendition's bytes are expected");

    // Refused: sources that are not the current regions, a public crop of
    // a person region or of none, an original.
    let invalid = |new: NewRendition| match store.add_rendition(&new) {
        Err(StoreError::Invalid { field, .. }) => field,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        invalid(new_rendition(case, item, Audience::Trainee, None, sources[..1].to_vec(), ADMIN, b"x")),
        "sources"
    );
    assert_eq!(
        invalid(new_rendition(case, item, Audience::Public, Some(&face.uid), sources.clone(), ADMIN, b"x")),
        "object_region"
    );
    assert_eq!(
        invalid(new_rendition(case, item, Audience::Public, None, sources.clone(), ADMIN, b"x")),
        "object_region"
    );
    assert_eq!(invalid(new_rendition(case, item, Audience::Original, None, sources.clone(), ADMIN, b"x")), "audience");

    // A region of another item changes nothing here; one of this item
    // makes both renditions stale.
    store.create_region(case, other_item, &rect(RegionKind::Face, 1, 1, 5, 5), ADMIN, 3).unwrap();
    assert!(store.renditions(case, item).unwrap().iter().all(|r| !r.stale));
    store.update_region(&face.uid, &rect(RegionKind::Face, 12, 10, 50, 60), ADMIN, 4).unwrap().unwrap();
    let listed = store.renditions(case, item).unwrap();
    assert_eq!(
        listed.iter().map(|r| (r.uid.clone(), r.stale)).collect::<Vec<_>>(),
        [(crop.uid.clone(), true), (partner.uid.clone(), true)]
    );
    assert_eq!(
        invalid(new_rendition(case, item, Audience::Partner, None, sources, ADMIN, b"x")),
        "sources",
        "the old versions are no longer current"
    );
    let fresh = refs(&store.regions(case, item).unwrap());
    let again = store.add_rendition(&new_rendition(case, item, Audience::Partner, None, fresh, ADMIN, b"p2")).unwrap();
    assert!(!again.stale);
    assert_eq!(store.rendition(&again.uid).unwrap().unwrap(), again);
    assert!(store.rendition(&"f".repeat(32)).unwrap().is_none());
}

pub fn a_public_crop_is_approved_once_and_never_by_its_maker(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let (item, _) = two_items(store, exhibit);
    let lan = analyst(store, "lan");
    let bag = store.create_region(case, item, &rect(RegionKind::Object, 300, 300, 80, 80), ADMIN, 1).unwrap();
    let sources = refs(&store.regions(case, item).unwrap());
    let crop = store
        .add_rendition(&new_rendition(case, item, Audience::Public, Some(&bag.uid), sources.clone(), ADMIN, b"c"))
        .unwrap();
    let partner =
        store.add_rendition(&new_rendition(case, item, Audience::Partner, None, sources, ADMIN, b"p")).unwrap();
    let invalid = |uid: &str, by: AccountId| match store.approve_rendition(uid, by, 5) {
        Err(StoreError::Invalid { field, .. }) => field,
        other => panic!("{other:?}"),
    };

    assert_eq!(invalid(&crop.uid, ADMIN), "approved_by", "four eyes");
    assert_eq!(invalid(&partner.uid, lan), "audience");
    let approved = store.approve_rendition(&crop.uid, lan, 6).unwrap().unwrap();
    assert_eq!((approved.approved_by, approved.approved_at), (Some(lan), Some(6)));
    assert_eq!(invalid(&crop.uid, lan), "approved_by", "once");
    assert!(store.approve_rendition(&"a".repeat(32), lan, 7).unwrap().is_none());

    // A stale crop is not approved: it is made again.
    let sources = refs(&store.regions(case, item).unwrap());
    let second = store
        .add_rendition(&new_rendition(case, item, Audience::Public, Some(&bag.uid), sources, ADMIN, b"c2"))
        .unwrap();
    store.create_region(case, item, &rect(RegionKind::Face, 0, 0, 5, 5), ADMIN, 8).unwrap();
    assert_eq!(invalid(&second.uid, lan), "stale");
    let kept = store.rendition(&crop.uid).unwrap().unwrap();
    assert!(kept.stale && kept.approved_by == Some(lan), "an approval stays on record when the crop goes stale");
}
