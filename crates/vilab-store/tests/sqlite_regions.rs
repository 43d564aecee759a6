//! Regions and renditions in SQLite: what the schema refuses by itself,
//! written directly in `lab.db` as a tool with write access to the file
//! would (the store's own checks are in `tests/conformance/regions.rs`):
//! a public crop approved by its maker or a partner rendition approved at
//! all (`CHECK`), a stale rendition made fresh again, a rendition's bytes
//! or sources changed, a region's history edited or deleted (triggers).

mod common;

use common::{admin, decoded, new_lab, occ};
use rusqlite::Connection;
use vilab_core::Sha256;
use vilab_store::model::regions::*;
use vilab_store::{AccountId, IngestBatch, LAB_DB, MediaKey, NewAccount, Role};

#[test]
fn the_schema_refuses_a_self_approval_and_edits_of_history() {
    let tmp = tempfile::tempdir().unwrap();
    let lab = new_lab(tmp.path());
    let store = lab.store();
    let me = store.account_by_name(&admin().username).unwrap().unwrap().id;
    let lan = NewAccount { username: "lan".into(), password: "long enough password".into(), role: Role::Analyst };
    let lan: AccountId = store.create_account(&lan).unwrap().id;
    let case = store.create_case("OP-1").unwrap().id;
    let exhibit = store.open_exhibit(case, "usb", "/mnt/usb").unwrap().id;
    let item = decoded(1);
    let occurrences = vec![occ("a.jpg", item.digests.sha256)];
    store
        .write_batch(&IngestBatch { media: vec![item.clone()], occurrences, ..IngestBatch::new(exhibit, None) })
        .unwrap();
    let media = store.media(&MediaKey::Sha256(item.digests.sha256)).unwrap().unwrap().id;
    let fields = RegionFields {
        kind: RegionKind::Object,
        shape: RegionShape::Rect { x: 300, y: 300, w: 50, h: 50 },
        treatment: Treatment::Fill,
        source: RegionSource::Drawn,
    };
    let bag = store.create_region(case, media, &fields, me, 1).unwrap();
    let sources = vec![RegionRef { uid: bag.uid.clone(), version: 1 }];
    let new = |audience, object: Option<String>, bytes: &[u8]| NewRendition {
        case,
        media,
        audience,
        object_region: object,
        sources: sources.clone(),
        sha256: Sha256::of(bytes),
        size: bytes.len() as u64,
        width: 50,
        height: 50,
        made_by: me,
        made_at: 2,
    };
    let crop = store.add_rendition(&new(Audience::Public, Some(bag.uid.clone()), b"crop")).unwrap();
    let partner = store.add_rendition(&new(Audience::Partner, None, b"partner")).unwrap();

    let conn = Connection::open(lab.dir().join(LAB_DB)).unwrap();
    let refused = |sql: String, why: &str| {
        let err = conn.execute_batch(&sql).unwrap_err().to_string();
        assert!(err.contains(why), "{sql}: {err}");
    };
    refused(
        format!("UPDATE renditions SET approved_by = made_by, approved_at = 3 WHERE uid = '{}'", crop.uid),
        "CHECK constraint failed",
    );
    refused(
        format!("UPDATE renditions SET approved_by = {}, approved_at = 3 WHERE uid = '{}'", lan.0, partner.uid),
        "CHECK constraint failed",
    );
    refused(format!("UPDATE renditions SET sha256 = zeroblob(32) WHERE uid = '{}'", crop.uid), "only becomes stale");
    refused(format!("UPDATE renditions SET sources = '[]' WHERE uid = '{}'", crop.uid), "only becomes stale");
    refused("DELETE FROM renditions".into(), "renditions are kept");
    refused("UPDATE region_versions SET kind = 'face'".into(), "append-only");
    refused("DELETE FROM region_versions".into(), "append-only");
    refused("DELETE FROM regions".into(), "append-only");

    // What may change does: an approval by another account, once; stale.
    conn.execute_batch(&format!(
        "UPDATE renditions SET approved_by = {}, approved_at = 3 WHERE uid = '{}'",
        lan.0, crop.uid
    ))
    .unwrap();
    refused(
        format!("UPDATE renditions SET approved_by = {}, approved_at = 4 WHERE uid = '{}'", me.0, crop.uid),
        "only becomes stale",
    );
    conn.execute_batch("UPDATE renditions SET stale = 1").unwrap();
    refused("UPDATE renditions SET stale = 0".into(), "only becomes stale");
    assert!(store.rendition(&partner.uid).unwrap().unwrap().stale);
}
