//! What the binary's tests share: the binary, isolated from the caller's
//! environment, acting as the lab's analyst unless told otherwise.

#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// Every test account's password.
pub const PASSWORD: &str = "Tr0ub4dor&3-correct-horse";
/// The account commands run as by default.
pub const ANALYST: &str = "analyst";

/// The file holding [`PASSWORD`] (written on first use).
pub fn password_file(home: &Path) -> std::path::PathBuf {
    let path = home.join(".password");
    if !path.exists() {
        std::fs::create_dir_all(home).unwrap();
        std::fs::write(&path, format!("{PASSWORD}\n")).unwrap();
    }
    path
}

/// The binary with no lab, language or session from outside, a home folder
/// of its own (so that the default lab and session places are never the
/// user's), English messages, and the analyst's account with its password
/// from a file.
pub fn vilab(home: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_vilab"));
    isolated(&mut command, home);
    command
}

/// The environment of [`vilab`] on any command (a shell that runs vilab).
pub fn isolated<'c>(command: &'c mut Command, home: &Path) -> &'c mut Command {
    command
        .env_remove("VILAB_LAB")
        .env_remove("VILAB_SESSION_FILE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .env("VILAB_LANG", "en")
        .env("VILAB_ADMIN_PASSWORD", PASSWORD)
        .env("VILAB_USER", ANALYST)
        .env("VILAB_PASSWORD_FILE", password_file(home))
        .env("HOME", home)
        .env("XDG_RUNTIME_DIR", home.join("run"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
}

/// The binary acting as `user`.
pub fn vilab_as(home: &Path, user: &str) -> Command {
    let mut command = vilab(home);
    command.env("VILAB_USER", user);
    command
}

/// Creates a lab at `lab` (its administrator `admin`) with the analyst
/// account the tests act as.
pub fn init_lab(home: &Path, lab: &Path) {
    let status = vilab(home).arg("init").arg("--lab").arg(lab).output().unwrap();
    assert!(status.status.success(), "init: {}", String::from_utf8_lossy(&status.stderr));
    let added = vilab_as(home, "admin")
        .args(["user", "add", "--name", ANALYST, "--role", "analyst", "--password-file"])
        .arg(password_file(home))
        .arg("--lab")
        .arg(lab)
        .output()
        .unwrap();
    assert!(added.status.success(), "user add: {}", String::from_utf8_lossy(&added.stderr));
}
