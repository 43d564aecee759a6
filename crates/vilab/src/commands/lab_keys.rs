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
        LabCommand::Encrypt { lab, passphrase_file, kdf } => {
            let dir = lab_path::resolve(&lab)?;
            if !vilab_lab::Lab::encryption_unfinished(&dir) {
                let opened = lab_path::open_dir(&dir)?;
                let session = auth::session(&opened, user)?;
                if opened.encrypted() {
                    outln!("{}", tr!("lab-encrypt-already", path = dir.display().to_string()));
                    return Ok(ExitCode::SUCCESS);
                }
                let passphrase = crate::unlock::new_passphrase(passphrase_file.as_deref(), true)?;
                let cost = super::init::kdf_cost(&kdf);
                let done = session.encrypt_lab(&passphrase, cost, &mut |_, _| {})?;
                if let Some(key) = done.as_ref().and_then(|d| d.recovery.as_ref()) {
                    outln!("{}", labelled("init-label-recovery-key", key.expose_secret()));
                    outln!("{}", tr!("init-recovery-key-note"));
                }
                drop(session);
                opened.close()?;
            }
            vilab_lab::Lab::finish_encryption(&dir)?;
            // Open it as it now is: the passphrase, the keys and the database check out.
            let reopened = lab_path::open_dir(&dir)?;
            drop(reopened);
            outln!("{}", tr!("lab-encrypt-done", path = dir.display().to_string()));
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
