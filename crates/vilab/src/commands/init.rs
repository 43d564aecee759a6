//! `vilab init`: creates a lab.

use std::process::ExitCode;

use anyhow::Context;
use serde::Serialize;
use vilab_store::{Lab, NewAccount, Role};

use crate::cli::InitArgs;
use crate::{lab_path, messages};

/// Environment variable holding the first administrator's password.
const PASSWORD_ENV: &str = "VILAB_ADMIN_PASSWORD";

#[derive(Serialize)]
struct InitReport {
    lab: String,
    lab_id: String,
    public_key: String,
    admin: String,
    generated_password: Option<String>,
}

pub fn run(args: &InitArgs) -> anyhow::Result<ExitCode> {
    let dir = lab_path::resolve(&args.lab)?;
    let (password, generated) = admin_password(args)?;
    let admin = NewAccount { username: args.admin.clone(), password: password.clone(), role: Role::Admin };
    let (_lab, info) = Lab::init(&dir, &admin).with_context(|| format!("creating a lab at {}", dir.display()))?;
    let report = InitReport {
        lab: dir.display().to_string(),
        lab_id: info.lab_id.clone(),
        public_key: info.public_key_hex.clone(),
        admin: args.admin.clone(),
        generated_password: generated.then_some(password),
    };
    if args.json {
        super::print_json(&report)?;
    } else {
        outln!("Lab created at {}", report.lab);
        outln!("{}", messages::line("lab id", &report.lab_id));
        outln!("{}", messages::line("lab public key (ed25519)", &report.public_key));
        outln!("{}", messages::line("administrator", &report.admin));
        if let Some(p) = &report.generated_password {
            outln!("{}", messages::line(messages::GENERATED_PASSWORD, p));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The password from a file, the environment, or a new random one.
fn admin_password(args: &InitArgs) -> anyhow::Result<(String, bool)> {
    if let Some(path) = &args.admin_password_file {
        let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let first = text.lines().next().unwrap_or("").to_string();
        anyhow::ensure!(!first.is_empty(), "{}: the first line (the password) is empty", path.display());
        return Ok((first, false));
    }
    if let Ok(p) = std::env::var(PASSWORD_ENV)
        && !p.is_empty()
    {
        return Ok((p, false));
    }
    Ok((vilab_store::random_password()?, true))
}
