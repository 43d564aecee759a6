//! One exhibit's account of itself: for a disk image, the acquisition
//! hashes and their verification, the volumes and file systems found, and
//! how many files were allocated, deleted and carved; its runs and errors
//! for any exhibit.

use serde::Serialize;
use serde_json::json;
use vilab_store::model::IngestRun;
use vilab_store::{CustodyEvent, DiskCounts};

use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::store;
use crate::guard::{Done, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// What `vilab exhibit show` reports.
#[derive(Clone, Debug, Serialize)]
pub struct ExhibitReport {
    /// The case.
    pub case: String,
    /// The exhibit's name.
    pub exhibit: String,
    /// Its id outside this lab.
    pub uid: String,
    /// What it was first ingested from.
    pub source_path: String,
    /// The latest acquisition check of its image (custody event
    /// `image.verified`), none for a folder.
    pub image: Option<serde_json::Value>,
    /// The layout its latest run found (custody event `disk.layout`).
    pub layout: Option<serde_json::Value>,
    /// Occurrences by allocation, and open error rows.
    pub counts: DiskCounts,
    /// Its runs, oldest first.
    pub runs: Vec<IngestRun>,
    /// Its whole custody log, in order.
    pub custody: Vec<CustodyEvent>,
}
shape!(ExhibitReport, "vilab.exhibit/1");

impl Session<'_> {
    /// The report of exhibit `name`, in `case` or, when none is given, in
    /// the one case the actor may see that holds an exhibit of that name.
    pub fn exhibit_show(&self, case: Option<&str>, name: &str) -> Result<ExhibitReport> {
        let case = match case {
            Some(case) => case.to_string(),
            None => self.case_of_exhibit(name)?,
        };
        self.act(Action::CaseView, Target::Case(&case), |permit| {
            let case = permit.case();
            let s = permit.store();
            let exhibit = s
                .exhibits(case.id)
                .map_err(store)?
                .into_iter()
                .find(|e| e.name.eq_ignore_ascii_case(name))
                .ok_or_else(|| AppError::new(Code::ExhibitNotFound).with("exhibit", name.to_string()))?;
            let custody = s.custody(exhibit.id).map_err(store)?;
            let latest = |event: &str| custody.iter().rev().find(|e| e.event == event).map(|e| e.details.clone());
            let report = ExhibitReport {
                case: case.name.clone(),
                image: latest(vilab_ingest::disk_ingest::IMAGE_VERIFIED),
                layout: latest(vilab_ingest::disk_ingest::DISK_LAYOUT),
                counts: s.disk_counts(exhibit.id).map_err(store)?,
                runs: s.runs(exhibit.id).map_err(store)?,
                exhibit: exhibit.name,
                uid: exhibit.uid,
                source_path: exhibit.source_path,
                custody,
            };
            let details = json!({ "exhibit": report.exhibit });
            Ok(Done::new(report, details))
        })
    }

    /// The one visible case holding an exhibit `name`.
    fn case_of_exhibit(&self, name: &str) -> Result<String> {
        self.act(Action::CaseList, Target::Lab, |permit| {
            let mut found = Vec::new();
            for c in permit.store().list_cases().map_err(store)? {
                if !permit.visible().contains(c.case.id) {
                    continue;
                }
                let exhibits = permit.store().exhibits(c.case.id).map_err(store)?;
                if exhibits.iter().any(|e| e.name.eq_ignore_ascii_case(name)) {
                    found.push(c.case.name);
                }
            }
            match found.len() {
                1 => Ok(Done::plain(found.remove(0))),
                0 => Err(AppError::new(Code::ExhibitNotFound).with("exhibit", name.to_string())),
                _ => Err(AppError::new(Code::ExhibitAmbiguous)
                    .with("exhibit", name.to_string())
                    .with("cases", found.join(", "))),
            }
        })
    }
}
