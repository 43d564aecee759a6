//! Exports a gallery as an offline bundle (`vilab_gallery::build`): each
//! item's current rendition for the gallery's audience, watermarked with
//! the recipient's name and the bundle's id and re-encoded, signed with the
//! lab's identity key, and recorded (`record_bundle`'s store call) so that
//! the clue and answer files typed into it come back to this gallery.
//!
//! The operation returns the files; only the CLI writes them to a folder
//! (as `vilab sanitize --out` does), so the lab layer touches no path of
//! the caller's. Bundle item ids are the gallery item ids in decimal, which
//! is what `import_clue_file` and `import_answers` map back. An exercise on
//! the gallery travels as its uid: the bundle asks the same questions of
//! every item (country, place, objects, free text) and never carries the
//! known answers.

use serde::Serialize;
use serde_json::json;
use vilab_core::model::MediaKind;
use vilab_store::model::gallery::GalleryItemId;

use super::images::current_renditions;
use super::{GalleryBundleView, new_clue_uid};
use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::store;
use crate::guard::{Done, Permit, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// JPEG quality of a watermarked image (the renditions' own).
const QUALITY: u8 = 85;
/// Most pixels a rendition may decode to (a public crop is small; a
/// partner rendition at most the original's size).
const MAX_PIXELS: u64 = 1 << 28;

/// What an export made: the bundle as recorded, and its files.
#[derive(Clone, Debug)]
pub struct BundleExport {
    /// What it says of itself.
    pub summary: BundleExportSummary,
    /// The files, paths relative to the bundle's folder.
    pub files: Vec<vilab_gallery::BundleFile>,
}

/// What an export says of the bundle it made.
#[derive(Clone, Debug, Serialize)]
pub struct BundleExportSummary {
    /// The gallery.
    pub gallery: String,
    /// The bundle as recorded.
    pub bundle: GalleryBundleView,
    /// The items it holds (gallery item ids).
    pub items: Vec<GalleryItemId>,
    /// Items left out for want of a current rendition (`skip_missing`).
    pub skipped: Vec<GalleryItemId>,
    /// The exercise it asks, if any.
    pub exercise: Option<String>,
    /// Its files.
    pub files: u64,
    /// Their bytes.
    pub bytes: u64,
    /// The lab's Ed25519 public key that signed it (hex), for a recipient
    /// to check it with (`vilab gallery verify --key`).
    pub public_key: String,
    /// Its fingerprint, for people to compare.
    pub fingerprint: String,
}
shape!(BundleExportSummary, "vilab.bundle-export/1");

/// `YYYY-MM-DD` (UTC) of Unix seconds; before 1970 is 1970-01-01.
fn day(at: i64) -> String {
    let at = std::time::UNIX_EPOCH + std::time::Duration::from_secs(at.max(0) as u64);
    humantime::format_rfc3339_seconds(at).to_string()[..10].to_string()
}

/// A rendition's pixels with the watermark drawn over them, re-encoded.
fn watermarked(jpeg: &[u8], recipient: &str, bundle: &str, item: GalleryItemId) -> Result<Vec<u8>> {
    let field = format!("items.{}", item.0);
    let decoded = vilab_media::decode_rgb(jpeg, MediaKind::Jpeg, MAX_PIXELS)
        .map_err(|e| AppError::new(Code::Internal).detail(format!("{field}: the rendition does not decode: {e}")))?;
    let mut rgb = decoded.rgb;
    vilab_gallery::watermark(&mut rgb, decoded.width, decoded.height, recipient, bundle)
        .map_err(|e| AppError::new(Code::Internal).detail(format!("{field}: watermark: {e}")))?;
    let image = vilab_sanitize::Rgb { width: decoded.width, height: decoded.height, pixels: rgb };
    vilab_sanitize::encode_jpeg(&image, QUALITY)
        .map_err(|e| AppError::new(Code::Internal).detail(format!("{field}: encoding: {e}")))
}

fn export(permit: &Permit<'_>, recipient: &str, expires_at: i64, skip_missing: bool) -> Result<Done<BundleExport>> {
    let g = permit.gallery();
    let now = permit.now();
    if expires_at <= now {
        return Err(AppError::invalid("expires_at", "in the past: a bundle must be viewable for at least a day"));
    }
    let uid = new_clue_uid()?;
    let items = permit.store().gallery_items(g.id).map_err(store)?;
    let mut spec_items = Vec::with_capacity(items.len());
    let (mut ids, mut skipped) = (Vec::new(), Vec::new());
    for item in &items {
        // The newest image: one per item (a public item with several
        // object crops shows its newest crop).
        let Some(rendition) = current_renditions(permit.store(), g.audience, item)?.into_iter().next() else {
            if skip_missing {
                skipped.push(item.id);
                continue;
            }
            return Err(AppError::invalid(
                "items",
                format!(
                    "gallery item {} has no current {} rendition: make one, or leave the item out",
                    item.id.0,
                    g.audience.as_str()
                ),
            ));
        };
        let jpeg = permit.blobs().get(&rendition.sha256).map_err(store)?;
        let jpeg = watermarked(&jpeg, recipient, &uid, item.id)?;
        spec_items.push(vilab_gallery::BundleItem { id: item.id.0.to_string(), jpeg, caption: String::new() });
        ids.push(item.id);
    }
    if spec_items.is_empty() {
        return Err(AppError::invalid("items", "no item of the gallery has a current rendition to export"));
    }
    let exercise = permit.store().exercise_of_gallery(g.id).map_err(store)?.map(|e| e.uid);
    let lab_id = permit.store_lab().info().map_err(store)?.lab_id;
    let spec = vilab_gallery::BundleSpec {
        uid: uid.clone(),
        title: g.title.clone(),
        recipient: recipient.to_string(),
        lab: format!("vilab {}", &lab_id[..lab_id.len().min(8)]),
        created: day(now),
        expires: day(expires_at),
        items: spec_items,
        exercise: exercise.clone(),
    };
    let identity = permit.store_lab().identity();
    let key = identity.signing_key();
    let files = vilab_gallery::build(&spec, key).map_err(|e| match e {
        vilab_gallery::BundleError::Spec { field, problem } => AppError::invalid(&field, problem),
        other => AppError::new(Code::Internal).detail(other),
    })?;
    let b = permit
        .store()
        .record_gallery_bundle(g.id, &uid, recipient, expires_at, permit.actor().account, now)
        .map_err(store)?;
    let bundle = GalleryBundleView { uid: b.uid, recipient: b.recipient, expires_at: b.expires_at, made_at: b.made_at };
    let summary = BundleExportSummary {
        gallery: g.uid.clone(),
        bundle,
        items: ids,
        skipped,
        exercise,
        files: files.len() as u64,
        bytes: files.iter().map(|f| f.bytes.len() as u64).sum(),
        public_key: identity.public_key_hex(),
        fingerprint: vilab_gallery::fingerprint(&identity.public_key()),
    };
    let details = json!({
        "bundle": uid, "expires_at": expires_at, "items": summary.items, "skipped": summary.skipped,
        "exercise": summary.exercise, "files": summary.files,
    });
    Ok(Done::new(BundleExport { summary, files }, details))
}

impl Session<'_> {
    /// Exports a gallery as an offline bundle for `recipient`, viewable
    /// until `expires_at` (Unix seconds): its files, for the caller to
    /// write. An item with no current rendition for the audience is
    /// refused by id, unless `skip_missing` leaves it out. Editors only
    /// (`gallery.edit`: whoever assembles a gallery decides who gets it).
    pub fn export_bundle(
        &self,
        gallery: &str,
        recipient: &str,
        expires_at: i64,
        skip_missing: bool,
    ) -> Result<BundleExport> {
        self.act(Action::GalleryEdit, Target::Gallery(gallery), |permit| {
            export(permit, recipient, expires_at, skip_missing)
        })
    }
}
