//! Ingest of a seized folder or disk image into a case, then the case's
//! match: what is already known shows at once. A disk image (raw, split or
//! E01) has its acquisition hashes checked and recorded in the exhibit's
//! custody log and in the audit chain.

use std::path::Path;
use std::sync::atomic::AtomicBool;

use crossbeam_channel::Sender;
use serde::Serialize;
use serde_json::json;
use vilab_ingest::disk::{ImageCheck, Layout};
use vilab_ingest::{IngestOptions, IngestSummary, ProgressEvent};
use vilab_match::MatchOptions;

use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::{ingest, store};
use crate::guard::{Done, Target};
use crate::ops::matching::{MatchReport, match_and_count};
use crate::permission::Action;
use crate::shapes::shape;

/// An ingest to run.
#[derive(Clone, Debug)]
pub struct IngestRequest<'a> {
    /// The case.
    pub case: &'a str,
    /// The exhibit's name in the case (created on its first ingest).
    pub exhibit: &'a str,
    /// The seized folder, or a disk image file.
    pub source: &'a Path,
    /// Threads, memory budget, remounted, repair.
    pub options: IngestOptions,
}

/// What an ingest did, and the match that followed it.
#[derive(Clone, Debug, Serialize)]
pub struct IngestReport {
    /// The case.
    pub case: String,
    /// The exhibit.
    pub exhibit: String,
    /// The folder or image read.
    pub source: String,
    /// The run's counts and how it ended.
    pub ingest: IngestSummary,
    /// A disk image's acquisition check, when this run made it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<ImageCheck>,
    /// A disk image's volumes and file systems.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub layout: Option<Layout>,
    /// The match of the case after it (none when the ingest was stopped).
    pub matched: Option<MatchReport>,
}
shape!(IngestReport, "vilab.ingest/1");

impl Session<'_> {
    /// Ingests `request.source` as an exhibit of the case, then matches the
    /// case (unless stopped). Progress goes to `progress`; `stop` ends the
    /// work at the next file, and the same call resumes it.
    pub fn ingest(
        &self,
        request: &IngestRequest<'_>,
        stop: &AtomicBool,
        progress: &Sender<ProgressEvent>,
    ) -> Result<IngestReport> {
        self.act(Action::IngestRun, Target::Case(request.case), |permit| {
            let case = permit.case();
            let source = std::fs::canonicalize(request.source).map_err(|e| {
                AppError::new(Code::FileUnreadable).with("file", request.source.display().to_string()).detail(e)
            })?;
            let source_text = vilab_ingest::pipeline::source_text(&source);
            let exhibit = permit.store().open_exhibit(case.id, request.exhibit, &source_text).map_err(store)?;
            permit.note("ingest.start", &json!({ "exhibit": exhibit.name, "source": source_text }))?;
            let (summary, image, layout) = if vilab_ingest::disk::is_image(&source) {
                let disk = vilab_ingest::disk_ingest::ingest_disk(
                    permit.store(),
                    permit.blobs(),
                    &exhibit,
                    &source,
                    &request.options,
                    stop,
                    progress,
                )
                .map_err(ingest)?;
                if let Some(check) = &disk.check {
                    permit.note("ingest.image", &json!({ "exhibit": exhibit.name, "check": check }))?;
                }
                (disk.summary, disk.check, Some(disk.layout))
            } else {
                let summary = vilab_ingest::ingest_folder(
                    permit.store(),
                    permit.blobs(),
                    &exhibit,
                    &source,
                    &request.options,
                    stop,
                    progress,
                )
                .map_err(ingest)?;
                (summary, None, None)
            };
            let matched =
                if summary.interrupted { None } else { Some(match_and_count(permit, &MatchOptions::default())?) };
            let details = json!({
                "exhibit": exhibit.name,
                "run": summary.run,
                "status": summary.status.map(|s| s.as_str()),
                "files_processed": summary.files_processed,
                "new_media": summary.new_media,
                "new_occurrences": summary.new_occurrences,
                "new_errors": summary.new_errors,
                "files_to_retry": summary.files_to_retry,
            });
            let report = IngestReport {
                case: case.name.clone(),
                exhibit: exhibit.name,
                source: source_text,
                ingest: summary,
                image,
                layout,
                matched,
            };
            Ok(Done::new(report, details))
        })
    }
}
