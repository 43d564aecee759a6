//! `vilab case`: create, list and show cases.

use std::process::ExitCode;

use crate::cli::CaseCommand;
use crate::ui::{count, labelled};
use crate::{auth, lab_path, tsv, ui};

pub fn run(command: CaseCommand, user: Option<&str>) -> anyhow::Result<ExitCode> {
    match command {
        CaseCommand::Create { lab, name } => {
            let lab = lab_path::open(&lab)?;
            let created = auth::session(&lab, user)?.create_case(&name)?;
            outln!("{}", tr!("case-created", case = created.case.name.as_str(), uid = created.case.uid.as_str()));
        }
        CaseCommand::List { lab, json } => {
            let lab = lab_path::open(&lab)?;
            let list = auth::session(&lab, user)?.list_cases()?;
            if json {
                return super::print_shaped(&list);
            }
            outln!("name\texhibits\tmedia\toccurrences\terrors");
            for c in &list.cases {
                outln!("{}\t{}\t{}\t{}\t{}", tsv::field(&c.case.name), c.exhibits, c.media, c.occurrences, c.errors);
            }
        }
        CaseCommand::Show { lab, name, json } => {
            let lab = lab_path::open(&lab)?;
            let view = auth::session(&lab, user)?.case_view(&name)?;
            if json {
                return super::print_shaped(&view);
            }
            outln!("{}", tr!("case-heading", case = view.case.name.as_str(), uid = view.case.uid.as_str()));
            print_counts(&view.counts);
            outln!("{}", labelled("case-label-members", view.members.join(", ")));
            for e in &view.exhibits {
                outln!("{}", tr!("case-exhibit", exhibit = e.name.as_str(), source = e.source_path.as_str()));
                print_runs(&e.runs, "    ");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// An exhibit's ingest runs, one line each, after `indent` (shared with
/// `vilab exhibit show`).
pub fn print_runs(runs: &[vilab_lab::types::IngestRun], indent: &str) {
    for r in runs {
        outln!(
            "{indent}{}",
            tr!(
                "case-run",
                run = r.id.to_string(),
                status = ui::msgs().get(&format!("run-status-{}", r.status.as_str())),
                started = ui::when(r.started_at),
                files = r.counters.files_seen
            )
        );
    }
}

/// What a case holds, one line a count (shared with `vilab demo`).
pub fn print_counts(c: &vilab_lab::types::CaseCounts) {
    outln!("{}", labelled("case-label-files", count(c.files)));
    outln!("{}", labelled("case-label-media", count(c.media)));
    outln!("{}", labelled("case-label-decoded", count(c.images_decoded)));
    outln!("{}", labelled("case-label-exif-gps", format!("{} / {}", count(c.with_exif), count(c.with_gps))));
    let kinds: Vec<String> = c.by_kind.iter().map(|(k, n)| format!("{} {}", k.as_str(), count(*n))).collect();
    outln!("{}", labelled("case-label-kinds", kinds.join(", ")));
    let stages: Vec<String> =
        c.errors_by_stage.iter().map(|(s, n)| format!("{} {}", ui::stage(*s), count(*n))).collect();
    let stages = if stages.is_empty() { ui::msgs().get("list-none") } else { stages.join(", ") };
    outln!("{}", labelled("case-label-errors", stages));
}
