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
    let dirs = directories::ProjectDirs::from("org", "vilab", "vilab")
        .context("no home directory to hold the default lab: pass --lab or set VILAB_LAB")?;
    Ok(dirs.data_dir().join("lab"))
}

/// Opens the lab, with an error that says how to create one.
pub fn open(arg: &LabArg) -> anyhow::Result<vilab_store::Lab> {
    let dir = resolve(arg)?;
    let lab = vilab_store::Lab::open(&dir).with_context(|| {
        format!("opening the lab at {} (create one with `vilab init --lab {}`)", dir.display(), dir.display())
    })?;
    let opened = lab.opened();
    if !opened.aborted_runs.is_empty() {
        eprintln!("{}", crate::messages::aborted_runs(&opened.aborted_runs));
    }
    if !opened.stale_temps.is_empty() {
        eprintln!("{}", crate::messages::stale_temps(&opened.stale_temps).trim_start());
    }
    Ok(lab)
}
