//! `vilab init`: creates a lab with its first administrator.

use std::process::ExitCode;

use anyhow::Context;
use serde::Serialize;
use vilab_lab::keys::ExposeSecret as _;
use vilab_lab::{KdfCost, Lab, NewAccount, Role};

use crate::cli::InitArgs;
use crate::ui::labelled;
use crate::{auth, lab_path};

/// Environment variable holding the first administrator's password.
const PASSWORD_ENV: &str = "VILAB_ADMIN_PASSWORD";

#[derive(Serialize)]
struct InitReport {
    shape: &'static str,
    lab: String,
    lab_id: String,
    public_key: String,
    admin: String,
    generated_password: Option<String>,
    encrypted: bool,
    /// Shown once, never stored.
    recovery_key: Option<String>,
}

pub fn run(args: &InitArgs) -> anyhow::Result<ExitCode> {
    let dir = lab_path::resolve(&args.lab)?;
    let (password, generated) = new_password(args.admin_password_file.as_deref(), Some(PASSWORD_ENV))?;
    let admin = NewAccount { username: args.admin.clone(), password: password.clone(), role: Role::Admin };
    let (lab, created, recovery) = if args.no_encrypt {
        eprintln!("{}", tr!("init-no-encrypt-warning", path = dir.display().to_string()));
        let (lab, created) = Lab::init(&dir, &admin, &auth::source())?;
        (lab, created, None)
    } else {
        let passphrase = crate::unlock::new_passphrase(args.passphrase_file.as_deref(), true)?;
        let (lab, created, recovery) =
            Lab::init_encrypted(&dir, &admin, &auth::source(), &passphrase, kdf_cost(&args.kdf))?;
        (lab, created, Some(recovery))
    };
    lab.close()?;
    let report = InitReport {
        shape: "vilab.init/1",
        lab: dir.display().to_string(),
        lab_id: created.lab_id,
        public_key: created.public_key,
        admin: created.admin,
        generated_password: generated.then_some(password),
        encrypted: recovery.is_some(),
        recovery_key: recovery.map(|r| r.expose_secret().to_string()),
    };
    if args.json {
        return super::print_json(&report);
    }
    outln!("{}", tr!("init-created", path = report.lab.as_str()));
    outln!("{}", labelled("init-label-lab-id", &report.lab_id));
    outln!("{}", labelled("init-label-public-key", &report.public_key));
    outln!("{}", labelled("init-label-admin", &report.admin));
    if let Some(p) = &report.generated_password {
        outln!("{}", labelled("accounts-generated-password", p));
    }
    if let Some(key) = &report.recovery_key {
        outln!("{}", tr!("init-encrypted"));
        outln!("{}", labelled("init-label-recovery-key", key));
        outln!("{}", tr!("init-recovery-key-note"));
    }
    outln!("{}", tr!("init-next", lab = report.lab.as_str(), admin = report.admin.as_str()));
    Ok(ExitCode::SUCCESS)
}

/// The argon2id costs `--kdf-floor` asks for.
pub fn kdf_cost(arg: &crate::cli::KdfArg) -> KdfCost {
    if arg.kdf_floor { KdfCost::Floor } else { KdfCost::Tuned }
}

/// A new password: from a file's first line, else from `env`, else a new
/// random one (and whether it was generated, to print it once).
pub fn new_password(file: Option<&std::path::Path>, env: Option<&str>) -> anyhow::Result<(String, bool)> {
    if let Some(path) = file {
        let text = std::fs::read_to_string(path)
            .with_context(|| tr!("auth-password-file-unreadable", file = path.display().to_string()))?;
        let first = text.lines().next().unwrap_or("").to_string();
        anyhow::ensure!(!first.is_empty(), tr!("auth-password-file-empty", file = path.display().to_string()));
        return Ok((first, false));
    }
    if let Some(p) = env.and_then(|e| std::env::var(e).ok()).filter(|p| !p.is_empty()) {
        return Ok((p, false));
    }
    Ok((vilab_lab::types::random_password()?, true))
}
