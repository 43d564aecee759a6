//! Ingest of a disk image: the pipeline over the disk's contents, whose
//! one pass over the image is also the acquisition check, recorded in the
//! exhibit's custody log (once per exhibit: a resumed run reads only what
//! is left to do), then the layout found, recorded in the custody log with
//! the run.

use std::path::Path;
use std::sync::atomic::AtomicBool;

use crossbeam_channel::Sender;
use serde::Serialize;
use vilab_store::{BlobStore, Exhibit, NewCustody, Store};

use crate::disk::{DiskReader, ImageCheck, Layout};
use crate::pipeline::{ingest_exhibit, source_text};
use crate::{IngestOptions, IngestSummary, PipelineError, ProgressEvent};

/// The custody event of an acquisition check.
pub const IMAGE_VERIFIED: &str = "image.verified";
/// The custody event of the layout a run found.
pub const DISK_LAYOUT: &str = "disk.layout";

/// What the ingest of a disk image did.
#[derive(Clone, Debug, Serialize)]
pub struct DiskIngest {
    /// The pipeline's summary.
    pub summary: IngestSummary,
    /// The acquisition check this run made (none when an earlier run had
    /// made it to the end).
    pub check: Option<ImageCheck>,
    /// The volumes and file systems found.
    pub layout: Layout,
}

/// Ingests the disk image at `path` (canonical) as `exhibit`.
#[allow(clippy::too_many_arguments)]
pub fn ingest_disk(
    store: &dyn Store,
    blobs: &dyn BlobStore,
    exhibit: &Exhibit,
    path: &Path,
    options: &IngestOptions,
    stop: &AtomicBool,
    progress: &Sender<ProgressEvent>,
) -> Result<DiskIngest, PipelineError> {
    let source = source_text(path);
    if exhibit.source_path != source && !options.remounted {
        return Err(PipelineError::SourceChanged {
            exhibit: exhibit.name.clone(),
            recorded: exhibit.source_path.clone(),
            given: source,
        });
    }
    let mut reader = DiskReader::open(path)?;
    let checked = store
        .custody(exhibit.id)?
        .iter()
        .any(|e| e.event == IMAGE_VERIFIED && e.details["result"].as_str().is_some_and(|r| r != "interrupted"));
    // The check is the pass that serves the contents: one read of the
    // image for both.
    reader.check_in_pass(!checked || options.repair);
    let summary = ingest_exhibit(store, blobs, exhibit, &mut reader, &source, options, stop, progress)?;
    let check = reader.check();
    if let Some(check) = &check {
        store.add_custody(&NewCustody {
            exhibit: exhibit.id,
            run: None,
            at: vilab_store::now_unix(),
            event: IMAGE_VERIFIED.into(),
            details: serde_json::to_value(check).unwrap_or_default(),
        })?;
    }
    let layout = reader.layout().clone();
    if summary.run != 0 {
        store.add_custody(&NewCustody {
            exhibit: exhibit.id,
            run: Some(vilab_store::RunId(summary.run)),
            at: vilab_store::now_unix(),
            event: DISK_LAYOUT.into(),
            details: serde_json::to_value(&layout).unwrap_or_default(),
        })?;
    }
    Ok(DiskIngest { summary, check, layout })
}
