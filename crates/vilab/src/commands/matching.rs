//! `vilab match` and `vilab triage`, and the triage printed after an ingest.

use std::process::ExitCode;

use anyhow::Context;
use vilab_match::{MatchOptions, MatchSummary, TriageReport, match_case, triage};
use vilab_store::{CaseId, Lab};

use crate::cli::{MatchArgs, TriageArgs};
use crate::commands::print_json;
use crate::{lab_path, messages};

fn case_id(lab: &Lab, name: &str) -> anyhow::Result<CaseId> {
    Ok(lab.store().case_by_name(name)?.with_context(|| format!("no case '{name}' in this lab"))?.id)
}

/// `vilab match`.
pub fn run_match(args: &MatchArgs) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(&args.lab)?;
    let mut options = MatchOptions::default();
    options.index.radius = args.radius;
    options.index.quality_cutoff = args.quality_cutoff;
    let (summary, report) = match_and_triage(&lab, &args.case, &options)?;
    if args.json {
        print_json(&serde_json::json!({ "match": summary, "triage": summary_only(&report) }))?;
    } else {
        print_match(&summary);
        print_triage(&report);
    }
    Ok(ExitCode::SUCCESS)
}

/// `vilab triage`.
pub fn run_triage(args: &TriageArgs) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(&args.lab)?;
    let report = triage(lab.store(), case_id(&lab, &args.case)?, &super::hashset::lab_profiles(&lab)?)?;
    if args.json {
        print_json(&report)?;
    } else {
        print_triage(&report);
    }
    Ok(ExitCode::SUCCESS)
}

/// Matches a case after an ingest and prints its triage unless `quiet`;
/// shared with `vilab demo`.
pub fn match_after_ingest(lab: &Lab, case_name: &str, quiet: bool) -> anyhow::Result<()> {
    let (summary, report) = match_and_triage(lab, case_name, &MatchOptions::default())?;
    if !quiet {
        print_match(&summary);
        print_triage(&report);
    }
    Ok(())
}

/// Matches a case, stores the result and reads back its triage.
fn match_and_triage(
    lab: &Lab,
    case_name: &str,
    options: &MatchOptions,
) -> anyhow::Result<(MatchSummary, TriageReport)> {
    let case = case_id(lab, case_name)?;
    let summary = match_case(lab.store(), case, options)?;
    let report = triage(lab.store(), case, &super::hashset::lab_profiles(lab)?)?;
    Ok((summary, report))
}

fn summary_only(report: &TriageReport) -> serde_json::Value {
    serde_json::json!({
        "by_status": report.by_status,
        "by_category": report.by_category,
        "by_source": report.by_source,
        "linked_to_other_cases": report.linked_to_other_cases,
    })
}

fn print_match(s: &MatchSummary) {
    outln!("{}", messages::matching::HEADING);
    outln!("{}", messages::line(messages::matching::EXACT, s.exact));
    outln!("{}", messages::line(messages::matching::NEAR_KNOWN, s.near_known));
    outln!("{}", messages::line(messages::matching::NEAR_OTHER, s.near_other_cases));
    outln!(
        "{}",
        messages::line(
            messages::matching::PROBED,
            format!("{} (against {} + {} PDQ)", s.probed, s.known_pdqs, s.other_pdqs)
        )
    );
}

fn print_triage(r: &TriageReport) {
    outln!("{}", messages::matching::TRIAGE);
    for (status, n) in &r.by_status {
        outln!("{}", messages::line(status, n));
    }
    for (category, n) in &r.by_category {
        outln!("{}", messages::line(&format!("category {category}"), n));
    }
    for (source, n) in &r.by_source {
        outln!("{}", messages::line(&format!("source {source}"), n));
    }
    outln!("{}", messages::line(messages::matching::LINKED, r.linked_to_other_cases));
}
