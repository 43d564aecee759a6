//! Look-ups for one item's page and for a picture from outside the lab:
//! the item's hash-set matches in the cases one may see, the items near it
//! by PDQ in those cases (through the lab's PDQ index, `crate::pdq_index`),
//! and a search by an uploaded picture (its digests and PDQ, computed by
//! `vilab-media`, against the items of those cases and the hash sets). The uploaded picture is never stored: only
//! its digests go into the audit record.

use serde::Serialize;
use serde_json::json;
use vilab_core::{DigestsBuilder, Md5, PdqHash, Sha1, Sha256};
use vilab_store::model::{KnownHit, PdqNeighbour};
use vilab_store::{CaseId, MediaKey, MediaRowId};

use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::store;
use crate::guard::{Done, Permit, Target, Visible};
use crate::permission::Action;
use crate::shapes::shape;

/// The widest PDQ radius a look-up takes (a quarter of PDQ's 256 bits: past
/// it, unrelated pictures crowd the answer).
pub const MAX_LOOKUP_RADIUS: u32 = 64;

/// The largest picture a search takes, in bytes.
pub const MAX_UPLOAD_BYTES: usize = 16 * 1024 * 1024;

/// A match with a hash-set entry, in a case one may see.
#[derive(Clone, Debug, Serialize)]
pub struct MatchLine {
    /// The case whose matching found it (empty for a search by picture).
    pub case: String,
    /// The hit: hash set, profile, category, series, method, distance,
    /// dihedral variant.
    #[serde(flatten)]
    pub hit: KnownHit,
}

/// An item's hash-set matches.
#[derive(Clone, Debug, Serialize)]
pub struct MediaMatches {
    /// The item.
    pub media: MediaRowId,
    /// In the cases one may see, by case then distance.
    pub matches: Vec<MatchLine>,
}
shape!(MediaMatches, "vilab.media-matches/1");

/// An item near another by PDQ, in a case one may see.
#[derive(Clone, Debug, Serialize)]
pub struct NearLine {
    /// The case.
    pub case: String,
    /// The item.
    pub media: MediaRowId,
    /// The least Hamming distance over the probe's eight symmetries.
    pub distance: u32,
}

/// Items near an item by PDQ, in this and other cases one may see.
#[derive(Clone, Debug, Serialize)]
pub struct SimilarMedia {
    /// The item.
    pub media: MediaRowId,
    /// The radius used.
    pub radius: u32,
    /// Nearest first (the item itself left out).
    pub items: Vec<NearLine>,
}
shape!(SimilarMedia, "vilab.similar-media/1");

/// What a search by a picture found.
#[derive(Clone, Debug, Serialize)]
pub struct ImageSearch {
    /// The picture's SHA-256.
    pub sha256: Sha256,
    /// MD5.
    pub md5: Md5,
    /// SHA-1.
    pub sha1: Sha1,
    /// Its PDQ (original orientation) and quality.
    pub pdq: Option<PdqHash>,
    /// PDQ quality.
    pub quality: Option<u8>,
    /// The radius used.
    pub radius: u32,
    /// The same content in the cases one may see.
    pub same: Vec<NearLine>,
    /// Hash-set entries of its digests or near its PDQ.
    pub known: Vec<MatchLine>,
    /// Items near it by PDQ in the cases one may see, nearest first.
    pub similar: Vec<NearLine>,
}
shape!(ImageSearch, "vilab.image-search/1");

/// What a search by picture takes.
#[derive(Clone, Debug, Serialize)]
pub struct SearchLimits {
    /// The largest picture, in bytes.
    pub max_bytes: u64,
    /// The widest PDQ radius.
    pub max_radius: u32,
}
shape!(SearchLimits, "vilab.search-limits/1");

fn check_radius(radius: u32) -> Result<()> {
    if radius > MAX_LOOKUP_RADIUS {
        return Err(AppError::new(Code::ValueOutOfRange)
            .with("field", "radius")
            .with("value", i64::from(radius))
            .with("min", 0i64)
            .with("max", i64::from(MAX_LOOKUP_RADIUS)));
    }
    Ok(())
}

/// The visible cases as a list (`None`: every case).
fn visible_ids(permit: &Permit<'_>) -> Option<Vec<CaseId>> {
    match permit.visible() {
        Visible::All => None,
        Visible::Cases(ids) => Some(ids.iter().copied().collect()),
    }
}

/// Names the cases of neighbours.
fn named(permit: &Permit<'_>, found: Vec<PdqNeighbour>) -> Result<Vec<NearLine>> {
    let mut names = std::collections::BTreeMap::new();
    let mut out = Vec::with_capacity(found.len());
    for n in found {
        if let std::collections::btree_map::Entry::Vacant(e) = names.entry(n.case) {
            e.insert(permit.store().case_by_id(n.case).map_err(store)?.map(|c| c.name).unwrap_or_default());
        }
        out.push(NearLine { case: names[&n.case].clone(), media: n.media, distance: n.distance });
    }
    Ok(out)
}

impl Session<'_> {
    /// An item's hash-set matches, in the cases the actor may see.
    pub fn media_matches(&self, key: &MediaKey) -> Result<MediaMatches> {
        self.act(Action::MediaView, Target::Media(key), |permit| {
            let detail = permit
                .store()
                .media(key)
                .map_err(store)?
                .ok_or_else(|| AppError::new(Code::MediaNotFound).with("key", key.to_string()))?;
            let visible = permit.visible();
            let mut matches = Vec::new();
            for (case, hit) in permit.store().media_matches(detail.id).map_err(store)? {
                if visible.contains(case) {
                    let name = permit.store().case_by_id(case).map_err(store)?.map(|c| c.name).unwrap_or_default();
                    matches.push(MatchLine { case: name, hit });
                }
            }
            let details = json!({ "media": detail.id, "matches": matches.len() });
            Ok(Done::new(MediaMatches { media: detail.id, matches }, details))
        })
    }

    /// Items within `radius` (0 to 64) of an item's PDQ, in any of its
    /// eight symmetries, in every case the actor may see.
    pub fn similar_media(&self, key: &MediaKey, radius: u32) -> Result<SimilarMedia> {
        self.act(Action::MediaView, Target::Media(key), |permit| {
            check_radius(radius)?;
            let detail = permit
                .store()
                .media(key)
                .map_err(store)?
                .ok_or_else(|| AppError::new(Code::MediaNotFound).with("key", key.to_string()))?;
            let items = match &detail.record.pdq {
                None => Vec::new(),
                Some(pdq) => {
                    let cases = visible_ids(permit);
                    let found = permit.pdq_index().neighbours(permit.store(), &pdq.hashes, radius, cases.as_deref())?;
                    named(permit, found.into_iter().filter(|n| n.media != detail.id).collect())?
                }
            };
            let details = json!({ "media": detail.id, "radius": radius, "found": items.len() });
            Ok(Done::new(SimilarMedia { media: detail.id, radius, items }, details))
        })
    }

    /// What a search by picture takes: checked as the search itself, so
    /// that the form is offered only to those who may search.
    pub fn search_limits(&self) -> Result<SearchLimits> {
        self.act(Action::MediaSearch, Target::Lab, |_| {
            let limits = SearchLimits { max_bytes: MAX_UPLOAD_BYTES as u64, max_radius: MAX_LOOKUP_RADIUS };
            Ok(Done::new(limits, json!({})))
        })
    }

    /// Searches the cases the actor may see, and the hash sets, for a
    /// picture from outside the lab: the same content by SHA-256, entries
    /// by digest, and items and entries within `radius` of its PDQ. The
    /// picture is analysed in memory and never stored; the audit record
    /// keeps its digests.
    pub fn search_image(&self, picture: &[u8], radius: u32) -> Result<ImageSearch> {
        self.act(Action::MediaSearch, Target::Lab, |permit| {
            check_radius(radius)?;
            if picture.len() > MAX_UPLOAD_BYTES {
                return Err(AppError::new(Code::ValueOutOfRange)
                    .with("field", "picture")
                    .with("value", picture.len() as i64)
                    .with("min", 1i64)
                    .with("max", MAX_UPLOAD_BYTES as i64));
            }
            let options = vilab_media::AnalyzeOptions { thumbnail_side: 0, ..Default::default() };
            let analysis = vilab_media::analyze(picture, &options);
            let Some(pdq) = analysis.pdq else {
                return Err(AppError::new(Code::UploadNotImage).with("kind", analysis.kind.as_str()));
            };
            let mut builder = DigestsBuilder::new();
            builder.update(picture);
            let digests = builder.finish();
            let cases = visible_ids(permit);
            let visible = permit.visible();
            let mut same = Vec::new();
            if let Some(found) = permit.store().media(&MediaKey::Sha256(digests.sha256)).map_err(store)? {
                let mut seen = std::collections::BTreeSet::new();
                for o in found.occurrences.iter().filter(|o| visible.contains(o.case_id)) {
                    if seen.insert(o.case.clone()) {
                        same.push(NearLine { case: o.case.clone(), media: found.id, distance: 0 });
                    }
                }
            }
            let lookup: [(&str, &[u8]); 3] =
                [("md5", &digests.md5.0), ("sha1", &digests.sha1.0), ("sha256", &digests.sha256.0)];
            let known = permit
                .store()
                .known_lookup(lookup, &pdq.hashes, radius)
                .map_err(store)?
                .into_iter()
                .map(|hit| MatchLine { case: String::new(), hit })
                .collect::<Vec<_>>();
            let found = permit.pdq_index().neighbours(permit.store(), &pdq.hashes, radius, cases.as_deref())?;
            let similar = named(permit, found)?;
            let details = json!({
                "sha256": digests.sha256.to_hex(), "radius": radius,
                "same": same.len(), "known": known.len(), "similar": similar.len(),
            });
            let view = ImageSearch {
                sha256: digests.sha256,
                md5: digests.md5,
                sha1: digests.sha1,
                pdq: Some(pdq.hashes[0]),
                quality: Some(pdq.quality),
                radius,
                same,
                known,
                similar,
            };
            Ok(Done::new(view, details))
        })
    }
}
