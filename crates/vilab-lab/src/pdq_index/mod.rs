//! The lab's media PDQs in memory, for the look-ups that ask which items
//! lie near a picture (an item's page, a search by picture, a series' "find
//! similar"): a `vilab_index::PdqIndex` (multi-index hashing, exact radius
//! search) held by the [`crate::Lab`] for its lifetime behind a lock, built
//! on first use and, before each look-up, extended with the rows stored
//! since (row ids above the last one read) rather than rebuilt. A scan of a
//! million PDQs per view cost the media page a pass over the lab.
//!
//! The index knows items, not cases: which cases an item found is in is
//! read from the store for each answer (a content met again in another case
//! is seen at once), and the actor's cases filter it there.

use std::sync::{Mutex, MutexGuard};

use vilab_core::PdqHash;
use vilab_index::{IndexConfig, MAX_RADIUS, PdqIndex, code_of, distance};
use vilab_store::model::{MediaMark, PdqNeighbour};
use vilab_store::{CaseId, MediaRowId, Store};

use crate::error::{AppError, Code, Result};
use crate::error_map::store as store_error;

/// An index error: only a bug makes one (the cutoff refuses nothing, the
/// radius is checked by the callers).
fn index_error(e: vilab_index::IndexError) -> AppError {
    AppError::new(Code::Internal).detail(format!("the media PDQ index: {e}"))
}

/// The index and what it was read from.
struct Built {
    index: PdqIndex,
    /// The item of each index id.
    media: Vec<MediaRowId>,
    /// The last media row read, and the ended runs then.
    mark: MediaMark,
}

/// The lab's media PDQs, built on first use (see the module's words).
#[derive(Default)]
pub(crate) struct MediaPdqIndex {
    built: Mutex<Option<Built>>,
}

impl MediaPdqIndex {
    /// An empty index: nothing is read before the first look-up.
    pub(crate) fn new() -> MediaPdqIndex {
        MediaPdqIndex::default()
    }

    fn lock(&self) -> MutexGuard<'_, Option<Built>> {
        // A look-up that panicked leaves nothing half-written that a rebuild
        // would not mend: rebuild.
        match self.built.lock() {
            Ok(guard) => guard,
            Err(poisoned) => {
                let mut guard = poisoned.into_inner();
                *guard = None;
                guard
            }
        }
    }

    /// Brings the index up to the store: the rows above the last one read,
    /// or every row again once an ingest run has ended since (a run may
    /// fill in the PDQ of an item stored before without one).
    fn refresh(store: &dyn Store, built: &mut Option<Built>) -> Result<()> {
        let mark = store.media_mark().map_err(store_error)?;
        if let Some(b) = built.as_mut()
            && b.mark.runs_ended == mark.runs_ended
        {
            if mark.last_media > b.mark.last_media {
                let mut hashes = Vec::new();
                let mut last = mark.last_media;
                store
                    .media_pdqs_after(b.mark.last_media, &mut |id, pdq| {
                        b.media.push(id);
                        hashes.push((pdq, u8::MAX));
                        last = last.max(Some(id));
                    })
                    .map_err(store_error)?;
                // The cutoff is 0: no add is refused, so ids stay positions.
                for added in b.index.add_batch(&hashes) {
                    added.map_err(index_error)?;
                }
                b.mark = MediaMark { last_media: last, ..mark };
            }
            return Ok(());
        }
        let mut media = Vec::new();
        let mut codes: Vec<vilab_index::Code> = Vec::new();
        let mut last = mark.last_media;
        store
            .media_pdqs_after(None, &mut |id, pdq| {
                media.push(id);
                codes.push(code_of(&pdq));
                last = last.max(Some(id));
            })
            .map_err(store_error)?;
        let index = PdqIndex::from_codes(config(), codes).map_err(index_error)?;
        *built = Some(Built { index, media, mark: MediaMark { last_media: last, ..mark } });
        Ok(())
    }

    /// Every item whose PDQ lies within `radius` of any of `probes` (an
    /// image's eight dihedral hashes), with the least distance, by row id.
    pub(crate) fn near(&self, store: &dyn Store, probes: &[PdqHash; 8], radius: u32) -> Result<Vec<(MediaRowId, u32)>> {
        let mut guard = self.lock();
        Self::refresh(store, &mut guard)?;
        let Some(b) = guard.as_mut() else { return Ok(Vec::new()) };
        let probes = probes.map(|h| code_of(&h));
        let mut out: Vec<(MediaRowId, u32)> = if radius > MAX_RADIUS {
            // Past the index's widest radius (64 is the look-ups' limit): a
            // scan of the codes in memory, still no pass over the database.
            (0..b.index.len() as u32)
                .filter_map(|id| {
                    let code = b.index.code(id)?;
                    let d = probes.iter().map(|p| distance(code, p)).min()?;
                    (d <= radius).then(|| (b.media[id as usize], d))
                })
                .collect()
        } else {
            if b.index.config().radius != radius {
                b.index.set_radius(radius).map_err(index_error)?;
            }
            b.index.query_codes(&probes).into_iter().map(|m| (b.media[m.id as usize], m.distance)).collect()
        };
        out.sort_unstable();
        Ok(out)
    }

    /// What [`Store::pdq_neighbours`] answers, through the index: items
    /// within `radius` of any of `probes` in the given cases (`None`: every
    /// case), once per case, nearest first (then by case, then by item).
    pub(crate) fn neighbours(
        &self,
        store: &dyn Store,
        probes: &[PdqHash; 8],
        radius: u32,
        cases: Option<&[CaseId]>,
    ) -> Result<Vec<PdqNeighbour>> {
        let near = self.near(store, probes, radius)?;
        let ids: Vec<MediaRowId> = near.iter().map(|(m, _)| *m).collect();
        let mut out = Vec::new();
        for (media, case) in store.media_cases(&ids).map_err(store_error)? {
            if cases.is_some_and(|c| !c.contains(&case)) {
                continue;
            }
            if let Ok(at) = near.binary_search_by_key(&media, |(m, _)| *m) {
                out.push(PdqNeighbour { case, media, distance: near[at].1 });
            }
        }
        out.sort_by_key(|n| (n.distance, n.case, n.media));
        Ok(out)
    }
}

/// Every hash is kept whatever its quality (the scan it replaces kept them
/// all); the radius is set per look-up.
fn config() -> IndexConfig {
    IndexConfig { quality_cutoff: 0, ..IndexConfig::default() }
}

#[cfg(test)]
mod tests;
