//! Media items: a case's list, one item's detail (only what the actor's
//! cases hold of it), and a case's ingest errors.

use serde::Serialize;
use serde_json::json;
use vilab_core::model::{ExifFields, IngestError, MediaKind, Occurrence};
use vilab_core::{DihedralHashes, Md5, PdqHash, Sha1, Sha256};
use vilab_store::model::MediaQuery;
use vilab_store::{MediaKey, MediaRowId, RunId};

use crate::Session;
use crate::error::Result;
use crate::error_map::store;
use crate::guard::{Done, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// The camera an item's EXIF names.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Camera {
    /// Make.
    pub make: Option<String>,
    /// Model.
    pub model: Option<String>,
    /// Body serial number.
    pub body_serial: Option<String>,
}

/// One line of a case's media list.
#[derive(Clone, Debug, Serialize)]
pub struct MediaLine {
    /// Row id (`#N` names it in `media show`).
    pub id: MediaRowId,
    /// Its id.
    pub sha256: Sha256,
    /// MD5.
    pub md5: Md5,
    /// Detected kind.
    pub kind: MediaKind,
    /// Bytes.
    pub size: u64,
    /// Pixels, when decoded.
    pub width: Option<u32>,
    /// Pixels, when decoded.
    pub height: Option<u32>,
    /// PDQ of the original orientation.
    pub pdq: Option<PdqHash>,
    /// PDQ quality.
    pub quality: Option<u8>,
    /// Places in this case.
    pub occurrences: u64,
    /// The first place (path, archive members; raw bytes in hex where a
    /// name does not show as itself).
    pub first_path: vilab_core::model::OccurrenceKey,
    /// The camera, from EXIF.
    pub camera: Camera,
    /// EXIF DateTimeOriginal as the camera wrote it (camera's local time).
    pub taken: Option<String>,
    /// Whether its EXIF gives a GPS position.
    pub has_gps: bool,
}

/// One page of a case's media.
#[derive(Clone, Debug, Serialize)]
pub struct MediaListing {
    /// The case.
    pub case: String,
    /// Items skipped before this page.
    pub offset: u64,
    /// By row id.
    pub items: Vec<MediaLine>,
}
shape!(MediaListing, "vilab.media-list/1");

/// One place an item was found, in a case the actor may see.
#[derive(Clone, Debug, Serialize)]
pub struct Place {
    /// The case.
    pub case: String,
    /// The exhibit.
    pub exhibit: String,
    /// The occurrence (path, members, times, notes).
    pub occurrence: Occurrence,
}

/// An ingest error of an item or a case.
#[derive(Clone, Debug, Serialize)]
pub struct ErrorLine {
    /// The case.
    pub case: String,
    /// The exhibit.
    pub exhibit: String,
    /// The error.
    pub error: IngestError,
    /// The run that resolved a transient error, if one did.
    pub resolved_by: Option<RunId>,
}

/// One media item.
#[derive(Clone, Debug, Serialize)]
pub struct MediaView {
    /// Row id.
    pub id: MediaRowId,
    /// Its id.
    pub sha256: Sha256,
    /// MD5.
    pub md5: Md5,
    /// SHA-1.
    pub sha1: Sha1,
    /// Bytes.
    pub size: u64,
    /// Kind.
    pub kind: MediaKind,
    /// Pixels.
    pub width: Option<u32>,
    /// Pixels.
    pub height: Option<u32>,
    /// The eight dihedral PDQ hashes and their quality.
    pub pdq: Option<DihedralHashes>,
    /// Identification leads from EXIF.
    pub exif: Option<ExifFields>,
    /// The stored thumbnail's id.
    pub thumbnail: Option<Sha256>,
    /// When the lab first recorded it (Unix seconds).
    pub first_seen_at: i64,
    /// Where it was found, in the cases the actor may see.
    pub places: Vec<Place>,
    /// Its ingest errors, in those cases.
    pub errors: Vec<ErrorLine>,
    /// Places in cases the actor may not see: counted, never named.
    pub places_elsewhere: usize,
}
shape!(MediaView, "vilab.media/1");

/// A case's ingest errors.
#[derive(Clone, Debug, Serialize)]
pub struct ErrorListing {
    /// The case.
    pub case: String,
    /// In the order recorded.
    pub errors: Vec<ErrorLine>,
}
shape!(ErrorListing, "vilab.media-errors/1");

impl Session<'_> {
    /// One page of a case's unique media, by row id.
    pub fn list_media(&self, case: &str, limit: u32, offset: u64) -> Result<MediaListing> {
        self.act(Action::MediaList, Target::Case(case), |permit| {
            let case = permit.case();
            let query = MediaQuery { limit, offset, kind: None };
            let items = permit
                .store()
                .list_media(case.id, &query)
                .map_err(store)?
                .into_iter()
                .map(|m| MediaLine {
                    id: m.id,
                    sha256: m.sha256,
                    md5: m.md5,
                    kind: m.kind,
                    size: m.size,
                    width: m.width,
                    height: m.height,
                    pdq: m.pdq,
                    quality: m.quality,
                    occurrences: m.occurrences,
                    first_path: m.first_path,
                    camera: Camera { make: m.camera_make, model: m.camera_model, body_serial: m.body_serial },
                    taken: m.taken,
                    has_gps: m.has_gps,
                })
                .collect::<Vec<_>>();
            let details = json!({ "offset": offset, "limit": limit, "returned": items.len() });
            Ok(Done::new(MediaListing { case: case.name.clone(), offset, items }, details))
        })
    }

    /// One media item: its record, and where it was found in the cases the
    /// actor may see (places in other cases are counted, not shown).
    pub fn show_media(&self, key: &MediaKey) -> Result<MediaView> {
        self.act(Action::MediaView, Target::Media(key), |permit| {
            let detail = permit
                .store()
                .media(key)
                .map_err(store)?
                .ok_or_else(|| crate::AppError::new(crate::Code::MediaNotFound).with("key", key.to_string()))?;
            let visible = permit.visible();
            let (seen, hidden): (Vec<_>, Vec<_>) =
                detail.occurrences.into_iter().partition(|o| visible.contains(o.case_id));
            let places: Vec<Place> = seen
                .into_iter()
                .map(|o| Place { case: o.case, exhibit: o.exhibit, occurrence: o.occurrence })
                .collect();
            let errors = detail
                .errors
                .into_iter()
                .filter(|e| visible.contains(e.case_id))
                .map(|e| ErrorLine { case: e.case, exhibit: e.exhibit, error: e.error, resolved_by: e.resolved_by })
                .collect();
            let r = detail.record;
            let details = json!({ "sha256": r.digests.sha256.to_hex(), "places": places.len() });
            let view = MediaView {
                id: detail.id,
                sha256: r.digests.sha256,
                md5: r.digests.md5,
                sha1: r.digests.sha1,
                size: r.digests.size,
                kind: r.kind,
                width: r.width,
                height: r.height,
                pdq: r.pdq,
                exif: r.exif,
                thumbnail: r.thumbnail,
                first_seen_at: detail.first_seen_at,
                places,
                errors,
                places_elsewhere: hidden.len(),
            };
            Ok(Done::new(view, details))
        })
    }

    /// A case's ingest errors, in the order recorded.
    pub fn media_errors(&self, case: &str) -> Result<ErrorListing> {
        self.act(Action::MediaErrors, Target::Case(case), |permit| {
            let case = permit.case();
            let errors = permit
                .store()
                .ingest_errors(case.id)
                .map_err(store)?
                .into_iter()
                .map(|(exhibit, error)| ErrorLine { case: case.name.clone(), exhibit, error, resolved_by: None })
                .collect::<Vec<_>>();
            let details = json!({ "returned": errors.len() });
            Ok(Done::new(ErrorListing { case: case.name.clone(), errors }, details))
        })
    }
}
