//! `vilab exhibit show`: what an exhibit is and what it held — for a disk
//! image its acquisition hashes and their verification, its volumes and
//! file systems, and the files found allocated, deleted and carved.

use std::process::ExitCode;

use serde_json::Value;

use crate::cli::ExhibitCommand;
use crate::ui::{count, labelled};
use crate::{auth, lab_path, ui};

pub fn run(command: ExhibitCommand, user: Option<&str>) -> anyhow::Result<ExitCode> {
    match command {
        ExhibitCommand::Show { lab, case, name, json } => {
            let lab = lab_path::open(&lab)?;
            let report = auth::session(&lab, user)?.exhibit_show(case.as_deref(), &name)?;
            if json {
                return super::print_shaped(&report);
            }
            outln!(
                "{}",
                tr!(
                    "exhibit-heading",
                    exhibit = report.exhibit.as_str(),
                    case = report.case.as_str(),
                    uid = report.uid.as_str()
                )
            );
            outln!("{}", labelled("exhibit-label-source", &report.source_path));
            match &report.image {
                Some(check) => print_check(check),
                None => outln!("{}", tr!("exhibit-no-image")),
            }
            if let Some(layout) = &report.layout {
                print_layout(layout);
            }
            let c = &report.counts;
            outln!(
                "{}",
                labelled(
                    "exhibit-label-counts",
                    tr!(
                        "exhibit-counts",
                        allocated = count(c.allocated),
                        deleted = count(c.deleted),
                        carved = count(c.carved)
                    )
                )
            );
            outln!("{}", labelled("exhibit-label-errors", count(c.errors)));
            super::case::print_runs(&report.runs, "");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn text<'a>(v: &'a Value, field: &str) -> &'a str {
    v[field].as_str().unwrap_or("-")
}

/// The acquisition check as recorded in the custody log (shared with
/// `vilab ingest`).
pub fn print_check(check: &Value) {
    outln!("{}", labelled("exhibit-label-container", text(check, "container")));
    outln!("{}", labelled("exhibit-label-size", count(check["size"].as_u64().unwrap_or(0))));
    outln!("{}", labelled("exhibit-label-stored-md5", text(check, "stored_md5")));
    outln!("{}", labelled("exhibit-label-stored-sha1", text(check, "stored_sha1")));
    outln!("{}", labelled("exhibit-label-md5", text(check, "md5")));
    outln!("{}", labelled("exhibit-label-sha1", text(check, "sha1")));
    outln!("{}", labelled("exhibit-label-sha256", text(check, "sha256")));
    let verdict = ui::msgs().get(&format!("exhibit-verification-{}", text(check, "result").replace('_', "-")));
    let verdict = match check["error"].as_str() {
        Some(error) => format!("{verdict}: {error}"),
        None => verdict,
    };
    outln!("{}", labelled("exhibit-label-verification", verdict));
    for problem in check["problems"].as_array().into_iter().flatten() {
        outln!("    {}", problem.as_str().unwrap_or_default());
    }
}

/// The volumes and file systems as recorded in the custody log.
pub fn print_layout(layout: &Value) {
    outln!("{}", labelled("exhibit-label-scheme", text(layout, "scheme")));
    for fault in layout["errors"].as_array().into_iter().flatten() {
        outln!("    {}", fault.as_str().unwrap_or_default());
    }
    for v in layout["volumes"].as_array().into_iter().flatten() {
        let n = |field: &str| v[field].as_u64().unwrap_or(0);
        let fs = v["file_system"].as_str().map_or_else(|| ui::msgs().get("exhibit-no-fs"), str::to_string);
        outln!(
            "{}",
            tr!(
                "exhibit-volume",
                index = n("index").to_string(),
                entry = text(v, "entry"),
                start = n("start").to_string(),
                end = (n("start") + n("len")).to_string(),
                fs = fs,
                allocated = count(n("allocated")),
                deleted = count(n("deleted")),
                carved = count(n("carved")),
                errors = count(n("errors"))
            )
        );
    }
    let outside = &layout["outside"];
    if outside.is_object() {
        let n = |field: &str| outside[field].as_u64().unwrap_or(0);
        outln!(
            "{}",
            tr!(
                "exhibit-outside",
                bytes = count(n("free_bytes")),
                carved = count(n("carved")),
                errors = count(n("errors"))
            )
        );
    }
}
