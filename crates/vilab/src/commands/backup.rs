//! `vilab backup` and `vilab restore`: an encrypted lab copied into one
//! archive while in use, and brought back into a new lab directory, checked
//! whole. Progress (blobs, MB/s, time left) on standard error.

use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use vilab_lab::ops::backup::BackupProgress;
use vilab_lab::{AppError, Restorer};

use crate::cli::{BackupArgs, RestoreArgs};
use crate::progress_view::{format_duration, time_left};
use crate::ui::{count, labelled};
use crate::{auth, lab_path};

/// How often a progress line is printed.
const EVERY: Duration = Duration::from_secs(2);

/// A progress printer: a line every [`EVERY`], nothing when `quiet`.
fn progress_lines(quiet: bool) -> impl FnMut(BackupProgress) {
    let started = Instant::now();
    let mut last = Instant::now();
    let mut stage = "";
    let mut stage_started = Instant::now();
    move |p: BackupProgress| {
        if p.stage != stage {
            stage = p.stage;
            stage_started = Instant::now();
        }
        if quiet || last.elapsed() < EVERY || started.elapsed() < EVERY {
            return;
        }
        last = Instant::now();
        let elapsed = stage_started.elapsed();
        let mb_per_second = p.bytes as f64 / elapsed.as_secs_f64().max(1e-3) / 1e6;
        let left = time_left(p.blobs, p.total, elapsed).map_or("-".to_string(), format_duration);
        let stage = match p.stage {
            "snapshot" => tr!("backup-stage-snapshot"),
            "verify" => tr!("backup-stage-verify"),
            _ => tr!("backup-stage-blobs"),
        };
        eprintln!(
            "{}",
            tr!(
                "backup-progress",
                stage = stage,
                done = p.blobs,
                total = p.total,
                mb_per_second = crate::ui::measure(mb_per_second),
                eta = tr!("progress-eta", left = left)
            )
        );
    }
}

pub fn backup(args: &BackupArgs, user: Option<&str>, stop: &AtomicBool) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(&args.lab)?;
    let session = auth::session(&lab, user)?;
    let done = session.backup_lab(&args.out, stop, &mut progress_lines(args.quiet || args.json))?;
    if args.json {
        return super::print_shaped(&done);
    }
    outln!("{}", tr!("backup-done", file = done.archive.as_str()));
    outln!("{}", labelled("backup-label-blobs", count(done.blobs)));
    outln!("{}", labelled("backup-label-bytes", count(done.archive_bytes)));
    outln!("{}", tr!("backup-note"));
    Ok(ExitCode::SUCCESS)
}

pub fn restore(args: &RestoreArgs, user: Option<&str>, stop: &AtomicBool) -> anyhow::Result<ExitCode> {
    let Some(username) = auth::named_user(user) else {
        return Err(AppError::invalid("--user", tr!("restore-needs-user")).into());
    };
    let unlock = crate::unlock::unlock_for(&args.archive)?;
    let password = auth::password(&username)?;
    let who = Restorer { username: &username, password: &password, source: &auth::source() };
    let done = vilab_lab::Lab::restore(
        &args.archive,
        &args.lab,
        &unlock,
        who,
        stop,
        &mut progress_lines(args.quiet || args.json),
    )?;
    if args.json {
        return super::print_shaped(&done);
    }
    outln!("{}", tr!("restore-done", path = done.lab.as_str()));
    outln!("{}", labelled("backup-label-blobs", count(done.blobs)));
    Ok(ExitCode::SUCCESS)
}
