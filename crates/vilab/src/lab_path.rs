//! Where the lab lives when `--lab` is not given: `$VILAB_LAB`, else the
//! platform data directory.

use std::path::PathBuf;

use anyhow::Context;

use crate::cli::LabArg;

/// Environment variable naming the lab directory.
pub const LAB_ENV: &str = "VILAB_LAB";

/// The lab directory for a command.
pub fn resolve(arg: &LabArg) -> anyhow::Result<PathBuf> {
    if let Some(path) = &arg.lab {
        return Ok(path.clone());
    }
    if let Some(path) = std::env::var_os(LAB_ENV).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    let dirs = directories::ProjectDirs::from("org", "vilab", "vilab").with_context(|| crate::tr!("lab-no-home"))?;
    Ok(dirs.data_dir().join("lab"))
}

/// Opens the lab, unlocking it first if it is encrypted
/// ([`crate::unlock::unlock_for`]); what opening found (runs of dead
/// processes, their temporary files) is said on standard error.
pub fn open(arg: &LabArg) -> anyhow::Result<vilab_lab::Lab> {
    let dir = resolve(arg)?;
    open_dir(&dir)
}

/// [`open`] of a lab directory.
pub fn open_dir(dir: &std::path::Path) -> anyhow::Result<vilab_lab::Lab> {
    let lab = if vilab_lab::Lab::is_encrypted(dir) { open_encrypted(dir)? } else { vilab_lab::Lab::open(dir)? };
    let opened = lab.opened();
    if !opened.aborted_runs.is_empty() {
        let runs: Vec<String> = opened.aborted_runs.iter().map(|r| r.to_string()).collect();
        eprintln!("{}", crate::tr!("ingest-aborted-runs", count = runs.len(), runs = runs.join(", ")));
    }
    if !opened.stale_temps.is_empty() {
        eprintln!("{}", crate::commands::verify::stale_temps(&opened.stale_temps).trim_start());
    }
    Ok(lab)
}

/// Opens an encrypted lab: with the unlock a login kept
/// ([`crate::kept_unlock`]) unless a passphrase or recovery key file is
/// named in the environment; a kept unlock that no longer opens (over,
/// logged out elsewhere) is forgotten and the passphrase asked instead.
fn open_encrypted(dir: &std::path::Path) -> anyhow::Result<vilab_lab::Lab> {
    if !crate::unlock::secret_file_named()
        && let Some(kept) = crate::kept_unlock::read(dir)
    {
        match vilab_lab::Lab::open_unlocked(dir, &kept) {
            Ok(lab) => return Ok(lab),
            Err(_) => {
                if let Some(path) = crate::kept_unlock::place(dir) {
                    let _ = std::fs::remove_file(path);
                }
            }
        }
    }
    Ok(vilab_lab::Lab::open_unlocked(dir, &crate::unlock::unlock_for(dir)?)?)
}
