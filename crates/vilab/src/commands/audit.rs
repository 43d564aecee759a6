//! `vilab audit list` and `vilab audit verify`.

use std::process::ExitCode;

use vilab_lab::AppError;
use vilab_lab::Code;
use vilab_lab::ops::audit::AuditFilter;

use crate::cli::AuditCommand;
use crate::ui::labelled;
use crate::{auth, lab_path, tsv, ui};

pub fn run(command: AuditCommand, user: Option<&str>) -> anyhow::Result<ExitCode> {
    match command {
        AuditCommand::List { lab, by, action, case, since, after, limit, json } => {
            let lab = lab_path::open(&lab)?;
            let filter = AuditFilter { user: by, action, case, since, after, limit: Some(limit) };
            let listing = auth::session(&lab, user)?.audit_list(&filter)?;
            if json {
                return super::print_shaped(&listing);
            }
            outln!("seq\tat\tuser\tsource\taction\tresource\tcase\toutcome\tdetails");
            for r in &listing.records {
                outln!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    r.seq,
                    ui::when(r.at),
                    tsv::field(&r.actor),
                    tsv::field(&r.source),
                    tsv::field(&r.action),
                    tsv::field(&format!("{}:{}", r.resource_kind, r.resource)),
                    tsv::field(r.case.as_deref().unwrap_or("")),
                    r.outcome,
                    tsv::field(&r.details.to_string())
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        AuditCommand::Verify { lab, json } => {
            let lab = lab_path::open(&lab)?;
            let verdict = auth::session(&lab, user)?.audit_verify()?;
            if json {
                super::print_shaped(&verdict)?;
            } else {
                outln!("{}", labelled("audit-label-records", ui::count(verdict.records)));
                if let (Some(seq), Some(hash)) = (verdict.head_seq, &verdict.head_hash) {
                    outln!("{}", labelled("audit-label-head", format!("{seq} {hash}")));
                }
                let signed = verdict.last_signed.map(|s| s.to_string()).unwrap_or_else(|| ui::msgs().get("list-none"));
                outln!("{}", labelled("audit-label-last-signed", signed));
                if verdict.unsigned_tail > 0 {
                    outln!("{}", tr!("audit-unsigned-tail", count = verdict.unsigned_tail));
                }
                match (&verdict.problem, verdict.first_bad_seq) {
                    (None, _) => outln!("{}", tr!("audit-intact")),
                    (Some(problem), Some(seq)) => {
                        outln!("{}", tr!("audit-broken", seq = seq.to_string()));
                        outln!("  {}", problem_text(problem));
                    }
                    (Some(problem), None) => outln!("  {}", problem_text(problem)),
                }
            }
            if verdict.intact {
                Ok(ExitCode::SUCCESS)
            } else {
                Ok(ExitCode::from(AppError::new(Code::AuditChainBroken).kind().exit_status()))
            }
        }
    }
}

/// A chain problem in the reader's language.
fn problem_text(problem: &vilab_core::audit::ChainProblem) -> String {
    use vilab_core::audit::ChainProblem as P;
    match *problem {
        P::Gap { expected_seq, found_seq } => {
            tr!("audit-problem-gap", first = expected_seq.to_string(), last = (found_seq - 1).to_string())
        }
        P::OutOfOrder { expected_seq, found_seq } => {
            tr!("audit-problem-order", expected = expected_seq.to_string(), found = found_seq.to_string())
        }
        P::HashMismatch { seq } => tr!("audit-problem-hash", seq = seq.to_string()),
        P::CheckpointMismatch { seq } => tr!("audit-problem-checkpoint", seq = seq.to_string()),
        P::BadSignature { seq } => tr!("audit-problem-signature", seq = seq.to_string()),
        P::CutOff { last_seq, checkpoint_seq } => {
            tr!("audit-problem-cut-off", last = last_seq.to_string(), checkpoint = checkpoint_seq.to_string())
        }
    }
}
