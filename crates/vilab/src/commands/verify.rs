//! `vilab verify`: re-hashes the evidence store and checks that every blob
//! the database refers to is present.

use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use vilab_lab::{AppError, Code};

use crate::cli::VerifyArgs;
use crate::ui::{count, labelled};
use crate::{auth, lab_path};

pub fn run(args: &VerifyArgs, user: Option<&str>, stop: &AtomicBool) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(&args.lab)?;
    let session = auth::session(&lab, user)?;
    let started = Instant::now();
    let mut last = Instant::now();
    let quiet = args.quiet || args.json;
    let verdict = session.verify_lab(stop, &mut |p| {
        if !quiet && last.elapsed().as_secs() >= 2 {
            last = Instant::now();
            let secs = started.elapsed().as_secs_f64().max(1e-3);
            eprintln!(
                "{}",
                tr!(
                    "verify-progress",
                    checked = p.checked,
                    total = p.total,
                    mb_per_second = crate::ui::measure(p.bytes as f64 / secs / 1e6)
                )
            );
        }
    })?;
    if args.json {
        super::print_shaped(&verdict)?;
    } else {
        let report = &verdict.report;
        let b = &report.blobs;
        outln!("{}", labelled("verify-label-checked", count(b.checked)));
        outln!("{}", labelled("verify-label-bytes", count(b.bytes)));
        if !b.stale_temps.is_empty() {
            outln!("{}", stale_temps(&b.stale_temps));
        }
        if verdict.clean {
            outln!("{}", tr!("store-verify-clean"));
        } else {
            outln!("{}", tr!("store-verify-problems"));
            for c in &b.corrupt {
                outln!(
                    "  {}",
                    tr!(
                        "verify-corrupt",
                        path = c.path.display().to_string(),
                        expected = c.expected.to_hex(),
                        actual = c.actual.to_hex()
                    )
                );
            }
            for u in &b.unreadable {
                outln!(
                    "  {}",
                    tr!("verify-unreadable", path = u.path.display().to_string(), reason = u.reason.as_str())
                );
            }
            for s in &b.stray {
                outln!("  {}", tr!("verify-stray", path = s.display().to_string()));
            }
            for m in &report.missing {
                outln!("  {}", tr!("verify-missing", sha256 = m.to_hex()));
            }
            let lab_dir = lab.dir().display().to_string();
            for r in &report.repair_from {
                outln!(
                    "  {}",
                    tr!(
                        "store-repair-hint",
                        sha256 = r.sha256.to_hex(),
                        case = r.case.as_str(),
                        exhibit = r.exhibit.as_str(),
                        place = r.key.display_path(),
                        command = format!(
                            "vilab ingest --lab {} --case {} --exhibit {} --repair {}",
                            shell_quoted(&lab_dir),
                            shell_quoted(&r.case),
                            shell_quoted(&r.exhibit),
                            shell_quoted(&r.source_path)
                        )
                    )
                );
            }
            if verdict.stopped {
                outln!("  {}", tr!("verify-stopped"));
            }
        }
    }
    Ok(if verdict.clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(AppError::new(Code::EvidenceCorrupt).kind().exit_status())
    })
}

/// `text` quoted for a POSIX shell, so that a command shown can be pasted.
fn shell_quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

/// Temporary files of dead writers, removed.
pub fn stale_temps(t: &vilab_lab::types::StaleTemps) -> String {
    let mut text = format!("  {}", tr!("store-stale-temps", count = t.removed.len(), bytes = t.bytes));
    for (path, why) in &t.failed {
        text.push_str(&format!(
            "\n  {}",
            tr!("store-stale-temp-failed", path = path.display().to_string(), reason = why.as_str())
        ));
    }
    text
}
