//! The secret that opens an encrypted lab, and a new lab's passphrase:
//! from a file named by the environment (scripts, tests, a service), else
//! asked on the terminal without echo. The secret is held in a
//! `SecretString` (zeroized when dropped) and never printed.
//!
//! - `$VILAB_PASSPHRASE_FILE`: its first line is the passphrase.
//! - `$VILAB_RECOVERY_KEY_FILE`: its first line is the recovery key (when
//!   the passphrase is lost; then set a new one with `vilab lab passphrase`).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Context;
use vilab_lab::keys::ExposeSecret as _;
use vilab_lab::{AppError, Code, SecretString, Unlock};

/// A file whose first line is the lab's passphrase.
pub const PASSPHRASE_FILE_ENV: &str = "VILAB_PASSPHRASE_FILE";
/// A file whose first line is the lab's recovery key.
pub const RECOVERY_KEY_FILE_ENV: &str = "VILAB_RECOVERY_KEY_FILE";

/// The first line of `path`, which must not be empty.
pub fn first_line(path: &Path) -> anyhow::Result<SecretString> {
    let text = zeroizing_read(path)?;
    let first = text.expose_secret().lines().next().unwrap_or("");
    anyhow::ensure!(!first.is_empty(), tr!("unlock-file-empty", file = path.display().to_string()));
    Ok(SecretString::from(first.to_string()))
}

fn zeroizing_read(path: &Path) -> anyhow::Result<SecretString> {
    let text = std::fs::read_to_string(path)
        .with_context(|| tr!("unlock-file-unreadable", file = path.display().to_string()))?;
    Ok(SecretString::from(text))
}

fn env_file(name: &str) -> Option<PathBuf> {
    std::env::var_os(name).filter(|p| !p.is_empty()).map(PathBuf::from)
}

/// Whether the environment names a passphrase or recovery-key file (which
/// then wins over the unlock a login kept).
pub fn secret_file_named() -> bool {
    env_file(RECOVERY_KEY_FILE_ENV).is_some() || env_file(PASSPHRASE_FILE_ENV).is_some()
}

fn has_terminal() -> bool {
    std::io::stdin().is_terminal() || std::io::stderr().is_terminal()
}

/// How to unlock the encrypted lab at `dir`: the recovery key file, else
/// the passphrase file, else the passphrase asked on the terminal.
pub fn unlock_for(dir: &Path) -> anyhow::Result<Unlock> {
    if let Some(path) = env_file(RECOVERY_KEY_FILE_ENV) {
        return Ok(Unlock::RecoveryKey(first_line(&path)?));
    }
    if let Some(path) = env_file(PASSPHRASE_FILE_ENV) {
        return Ok(Unlock::Passphrase(first_line(&path)?));
    }
    if !has_terminal() {
        return Err(AppError::new(Code::LabLocked).with("path", dir.display().to_string()).into());
    }
    let prompt = tr!("unlock-passphrase-prompt", path = dir.display().to_string());
    let typed = rpassword::prompt_password(format!("{prompt} ")).context(tr!("unlock-unreadable"))?;
    Ok(Unlock::Passphrase(SecretString::from(typed)))
}

/// A new passphrase: the first line of `file`, else of
/// `$VILAB_PASSPHRASE_FILE` (when `env` allows), else asked twice on the
/// terminal.
pub fn new_passphrase(file: Option<&Path>, env: bool) -> anyhow::Result<SecretString> {
    if let Some(path) = file {
        return first_line(path);
    }
    if env && let Some(path) = env_file(PASSPHRASE_FILE_ENV) {
        return first_line(&path);
    }
    if !has_terminal() {
        return Err(AppError::invalid("--passphrase-file", tr!("unlock-new-needs-terminal")).into());
    }
    let first =
        rpassword::prompt_password(format!("{} ", tr!("unlock-new-prompt"))).context(tr!("unlock-unreadable"))?;
    let again =
        rpassword::prompt_password(format!("{} ", tr!("unlock-new-again"))).context(tr!("unlock-unreadable"))?;
    anyhow::ensure!(first == again, tr!("unlock-new-mismatch"));
    Ok(SecretString::from(first))
}
