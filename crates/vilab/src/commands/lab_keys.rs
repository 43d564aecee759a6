//! `vilab lab passphrase` and `vilab lab recovery-key`: the key slots of an
//! encrypted lab, changed by an administrator through the application layer
//! (checked and audited; the audit never holds a key).

use std::process::ExitCode;

use serde::Serialize;
use vilab_lab::keys::ExposeSecret as _;

use crate::cli::LabCommand;
use crate::ui::labelled;
use crate::{auth, lab_path};

#[derive(Serialize)]
struct Report<'a> {
    shape: &'static str,
    lab: String,
    slot: &'a str,
    recovery_key: Option<String>,
}

pub fn run(command: LabCommand, user: Option<&str>) -> anyhow::Result<ExitCode> {
    match command {
        LabCommand::Passphrase { lab, new_passphrase_file, kdf, json } => {
            let dir = lab_path::resolve(&lab)?;
            let opened = lab_path::open_dir(&dir)?;
            let session = auth::session(&opened, user)?;
            // Asked after the unlock and the log-in, so that a refusal costs
            // no typing; never taken from $VILAB_PASSPHRASE_FILE, which holds
            // the old one.
            let new = crate::unlock::new_passphrase(new_passphrase_file.as_deref(), false)?;
            let changed = session.change_lab_passphrase(&new, super::init::kdf_cost(&kdf))?;
            let report = Report {
                shape: "vilab.lab-key-slot/1",
                lab: dir.display().to_string(),
                slot: changed.slot,
                recovery_key: None,
            };
            if json {
                return super::print_json(&report);
            }
            outln!("{}", tr!("lab-passphrase-changed", path = report.lab.as_str()));
        }
        LabCommand::RecoveryKey { lab, kdf, json } => {
            let dir = lab_path::resolve(&lab)?;
            let opened = lab_path::open_dir(&dir)?;
            let session = auth::session(&opened, user)?;
            let (changed, key) = session.replace_lab_recovery_key(super::init::kdf_cost(&kdf))?;
            let report = Report {
                shape: "vilab.lab-key-slot/1",
                lab: dir.display().to_string(),
                slot: changed.slot,
                recovery_key: Some(key.expose_secret().to_string()),
            };
            if json {
                return super::print_json(&report);
            }
            outln!("{}", tr!("lab-recovery-key-replaced", path = report.lab.as_str()));
            outln!("{}", labelled("init-label-recovery-key", key.expose_secret()));
            outln!("{}", tr!("init-recovery-key-note"));
        }
    }
    Ok(ExitCode::SUCCESS)
}
