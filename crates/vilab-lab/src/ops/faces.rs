//! Face suggestions on an item of a case (issue 20): the original's pixels
//! decoded in the lab, the embedded face detector (`vilab_faces`) run on
//! them, and the boxes returned in pixels of the stored original (origin
//! top left, before EXIF rotation, as regions are). Nothing is stored: an
//! analyst accepts a suggestion by drawing it as a `face` region with
//! source `suggested` ([`crate::Session::add_region`]). Audit records name
//! the item and the count, never the boxes.

use std::sync::OnceLock;

use serde::Serialize;
use serde_json::json;
use vilab_faces::Detector;
use vilab_store::{MediaKey, MediaRowId};

use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::store;
use crate::guard::{Done, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// One proposed face, in pixels of the stored original.
#[derive(Clone, Debug, Serialize)]
pub struct FaceSuggestion {
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width (at least 1; inside the picture).
    pub w: u32,
    /// Height (at least 1).
    pub h: u32,
    /// The detector's score: higher is surer (not a probability).
    pub score: f32,
}

/// The faces the detector proposes on an item, surest first.
#[derive(Clone, Debug, Serialize)]
pub struct FaceSuggestions {
    /// The case.
    pub case: String,
    /// The item.
    pub media: MediaRowId,
    /// The original's width in pixels (before EXIF rotation).
    pub width: u32,
    /// Its height.
    pub height: u32,
    /// The proposals; none accepted yet.
    pub suggestions: Vec<FaceSuggestion>,
}
shape!(FaceSuggestions, "vilab.face-suggestions/1");

/// The detector, its model parsed once per process (it is `Sync`).
fn detector() -> &'static Detector {
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    DETECTOR.get_or_init(Detector::new)
}

impl Session<'_> {
    /// Faces the detector proposes on an item of the case, for an analyst
    /// to accept or not; stores nothing.
    pub fn suggest_faces(&self, case: &str, media: MediaRowId) -> Result<FaceSuggestions> {
        self.act(Action::RegionEdit, Target::Case(case), |permit| {
            let case_id = permit.case().id;
            let not_found = || AppError::new(Code::MediaNotFound).with("key", format!("#{}", media.0));
            if !permit.store().review_item_in_case(case_id, media).map_err(store)? {
                return Err(not_found());
            }
            let detail = permit.store().media(&MediaKey::RowId(media)).map_err(store)?.ok_or_else(not_found)?;
            let original = permit.blobs().get(&detail.record.digests.sha256).map_err(store)?;
            let decoded =
                vilab_media::decode_rgb(&original, detail.record.kind, vilab_media::decode::DEFAULT_MAX_PIXELS)
                    .map_err(|e| AppError::invalid("media", format!("the original cannot be decoded: {e}")))?;
            drop(original);
            let found = detector()
                .suggest(&decoded.rgb, decoded.width, decoded.height)
                .map_err(|e| AppError::new(Code::Internal).detail(e))?;
            let suggestions: Vec<FaceSuggestion> =
                found.into_iter().map(|s| FaceSuggestion { x: s.x, y: s.y, w: s.w, h: s.h, score: s.score }).collect();
            let details = json!({ "media": media, "suggestions": suggestions.len() });
            let (width, height) = (decoded.width, decoded.height);
            Ok(Done::new(
                FaceSuggestions { case: permit.case().name.clone(), media, width, height, suggestions },
                details,
            ))
        })
    }
}
