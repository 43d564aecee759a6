//! Encryption at rest from the command line: `init` encrypted by default
//! (a recovery key printed once), `--no-encrypt` with a warning, unlocking
//! by `VILAB_PASSPHRASE_FILE` or `VILAB_RECOVERY_KEY_FILE`, a wrong
//! passphrase refused in one clear line (SQLCipher's own log silenced),
//! `vilab lab passphrase` and `vilab lab recovery-key`.

mod common;

use std::path::Path;
use std::process::Output;

use common::{ok, text, vilab_as};

/// `vilab case list` on `lab` as the administrator, with the environment
/// `env` adds.
fn case_list(home: &Path, lab: &Path, env: &[(&str, &Path)]) -> Output {
    let mut command = vilab_as(home, "admin");
    command.args(["case", "list", "--json", "--lab"]).arg(lab).env("VILAB_PASSWORD_FILE", common::password_file(home));
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().unwrap()
}

#[test]
fn an_encrypted_lab_opens_with_its_passphrase_or_recovery_key_and_only_with_them() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let lab = dir.path().join("lab");
    let out = ok(common::init(&home, &lab, &["--json"]));
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["encrypted"], true);
    let recovery = report["recovery_key"].as_str().unwrap().to_string();
    assert!(lab.join("lab.keys").is_file());
    assert!(!std::fs::read(lab.join("lab.db")).unwrap().starts_with(b"SQLite format 3"));

    // The passphrase file (set by the test environment) opens it.
    ok(case_list(&home, &lab, &[]));

    // A wrong passphrase: one clear line, exit status 4, SQLCipher silent.
    let wrong = dir.path().join("wrong");
    std::fs::write(&wrong, "not the passphrase\n").unwrap();
    let before = std::fs::read(lab.join("lab.db")).unwrap();
    let out = case_list(&home, &lab, &[("VILAB_PASSPHRASE_FILE", &wrong)]);
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("Wrong passphrase"), "{err}");
    assert!(!err.to_lowercase().contains("hmac"), "SQLCipher's log reached stderr: {err}");
    assert_eq!(std::fs::read(lab.join("lab.db")).unwrap(), before, "a wrong passphrase changed nothing");

    // The recovery key opens it.
    let recovery_file = dir.path().join("recovery");
    std::fs::write(&recovery_file, format!("{recovery}\n")).unwrap();
    ok(case_list(&home, &lab, &[("VILAB_RECOVERY_KEY_FILE", &recovery_file)]));

    // A new passphrase: the old one no longer opens the lab.
    let new = dir.path().join("new");
    std::fs::write(&new, "a brand new lab passphrase\n").unwrap();
    let out = ok(vilab_as(&home, "admin")
        .args(["lab", "passphrase", "--lab"])
        .arg(&lab)
        .arg("--new-passphrase-file")
        .arg(&new)
        .output()
        .unwrap());
    assert!(out.contains("was changed"), "{out}");
    assert_eq!(case_list(&home, &lab, &[]).status.code(), Some(4));
    ok(case_list(&home, &lab, &[("VILAB_PASSPHRASE_FILE", &new)]));

    // A new recovery key: the old one no longer opens the lab, the new one does.
    let out = ok(vilab_as(&home, "admin")
        .args(["lab", "recovery-key", "--json", "--lab"])
        .arg(&lab)
        .env("VILAB_PASSPHRASE_FILE", &new)
        .output()
        .unwrap());
    let replaced: serde_json::Value = serde_json::from_str(&out).unwrap();
    let new_recovery = replaced["recovery_key"].as_str().unwrap();
    assert_ne!(new_recovery, recovery);
    assert_eq!(case_list(&home, &lab, &[("VILAB_RECOVERY_KEY_FILE", &recovery_file)]).status.code(), Some(4));
    std::fs::write(&recovery_file, format!("{new_recovery}\n")).unwrap();
    ok(case_list(&home, &lab, &[("VILAB_RECOVERY_KEY_FILE", &recovery_file)]));

    // The audit records the changes, and no secret.
    let audit = ok(vilab_as(&home, "admin")
        .args(["audit", "list", "--json", "--lab"])
        .arg(&lab)
        .env("VILAB_PASSPHRASE_FILE", &new)
        .output()
        .unwrap());
    assert!(audit.contains("lab.passphrase") && audit.contains("lab.recovery_key"), "{audit}");
    for secret in [recovery.as_str(), new_recovery, "a brand new lab passphrase", common::PASSPHRASE] {
        assert!(!audit.contains(secret), "the audit holds a secret");
    }
}

#[test]
fn a_lab_made_with_no_encrypt_says_so_and_opens_without_a_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let lab = dir.path().join("lab");
    let out = common::init(&home, &lab, &["--no-encrypt"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("NOT encrypted"), "{}", text(&out.stderr));
    assert!(!lab.join("lab.keys").exists());
    assert!(std::fs::read(lab.join("lab.db")).unwrap().starts_with(b"SQLite format 3"));
    ok(case_list(&home, &lab, &[("VILAB_PASSPHRASE_FILE", Path::new(""))]));
    // No key to change on a plain lab.
    let out = vilab_as(&home, "admin").args(["lab", "recovery-key", "--lab"]).arg(&lab).output().unwrap();
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("not encrypted"), "{}", text(&out.stderr));
}

#[test]
fn an_encrypted_lab_without_a_passphrase_and_no_terminal_is_locked() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let lab = dir.path().join("lab");
    common::init_lab(&home, &lab);
    let out = common::vilab(&home)
        .args(["case", "list", "--lab"])
        .arg(&lab)
        .env_remove("VILAB_PASSPHRASE_FILE")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(text(&out.stderr).contains("is encrypted"), "{}", text(&out.stderr));
}

#[test]
fn a_plain_lab_is_encrypted_in_place_and_still_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let lab = dir.path().join("lab");
    let out = common::init(&home, &lab, &["--no-encrypt"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let seized = dir.path().join("seized");
    std::fs::create_dir_all(&seized).unwrap();
    let content = b"a plain original, about to be encrypted".to_vec();
    std::fs::write(seized.join("note.txt"), &content).unwrap();
    ok(vilab_as(&home, "admin")
        .args(["user", "add", "--name", common::ANALYST, "--role", "analyst", "--password-file"])
        .arg(common::password_file(&home))
        .arg("--lab")
        .arg(&lab)
        .output()
        .unwrap());
    ok(common::vilab(&home).args(["case", "create", "OP-ENC", "--lab"]).arg(&lab).output().unwrap());
    ok(common::vilab(&home)
        .args(["ingest", "--quiet", "--case", "OP-ENC", "--exhibit", "usb-1", "--lab"])
        .arg(&lab)
        .arg(&seized)
        .output()
        .unwrap());
    let hex = vilab_core::Sha256::of(&content).to_hex();
    assert!(lab.join("evidence").join(&hex[0..2]).join(&hex[2..4]).join(&hex).is_file());

    let out = ok(vilab_as(&home, "admin").args(["lab", "encrypt", "--lab"]).arg(&lab).output().unwrap());
    assert!(out.contains("recovery key") && out.contains("is encrypted"), "{out}");
    assert!(lab.join("lab.keys").is_file());
    assert!(!lab.join("evidence").join(&hex[0..2]).join(&hex[2..4]).join(&hex).exists(), "the plain blob is gone");
    ok(vilab_as(&home, "admin").args(["verify", "--quiet", "--lab"]).arg(&lab).output().unwrap());
    let empty = Path::new("");
    assert_eq!(case_list(&home, &lab, &[("VILAB_PASSPHRASE_FILE", empty)]).status.code(), Some(4), "locked without it");
    let cases = ok(case_list(&home, &lab, &[]));
    assert!(cases.contains("OP-ENC"), "{cases}");
    // Again: nothing to do.
    let out = ok(vilab_as(&home, "admin").args(["lab", "encrypt", "--lab"]).arg(&lab).output().unwrap());
    assert!(out.contains("already"), "{out}");
}

/// A command of the logged-in session: no `--user`, no passphrase file,
/// no terminal.
fn as_session(home: &Path, runtime: &Path, args: &[&str], lab: &Path) -> Output {
    common::vilab(home)
        .args(args)
        .arg("--lab")
        .arg(lab)
        .env_remove("VILAB_USER")
        .env_remove("VILAB_PASSPHRASE_FILE")
        .env("XDG_RUNTIME_DIR", runtime)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

/// `vilab login` to `lab` as the analyst (passphrase from the test's file),
/// its runtime directory `runtime`.
fn login(home: &Path, lab: &Path, runtime: &Path) -> Output {
    common::vilab(home)
        .args(["login", "--lab"])
        .arg(lab)
        .env("XDG_RUNTIME_DIR", runtime)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn a_login_keeps_the_encrypted_lab_unlocked_in_memory_until_logout() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let lab = dir.path().join("lab");
    common::init_lab(&home, &lab);
    // The secret must live on a memory file system: /dev/shm is one on Linux.
    let shm = std::path::Path::new("/dev/shm");
    let memory = shm.is_dir();
    let runtime_dir = if memory { tempfile::tempdir_in(shm).unwrap() } else { tempfile::tempdir().unwrap() };
    let runtime = runtime_dir.path();

    let said = ok(login(&home, &lab, runtime));
    let slots = || std::fs::read_dir(lab.join("unlock")).map(|d| d.count()).unwrap_or(0);
    if !memory {
        assert!(said.contains("not a memory file system"), "{said}");
        return;
    }
    assert!(said.contains("opens without its passphrase"), "{said}");
    assert_eq!(slots(), 1);
    let kept = runtime.join("vilab/unlock");
    assert_eq!(std::fs::read_dir(&kept).unwrap().count(), 1);

    // Without passphrase, user or terminal, the session's commands run.
    ok(as_session(&home, runtime, &["case", "list"], &lab));

    // A second login replaces the first one's unlock.
    ok(login(&home, &lab, runtime));
    assert_eq!(slots(), 1, "the first login's slot is gone");

    ok(as_session(&home, runtime, &["logout"], &lab));
    assert_eq!(slots(), 0, "logout removes the slot from the lab");
    assert_eq!(std::fs::read_dir(&kept).unwrap().count(), 0, "and the secret from memory");
    let locked = as_session(&home, runtime, &["case", "list"], &lab);
    assert_eq!(locked.status.code(), Some(4), "{}", text(&locked.stderr));
    assert!(text(&locked.stderr).contains("is encrypted"), "{}", text(&locked.stderr));
}

#[test]
fn a_login_on_a_disk_runtime_dir_keeps_no_unlock() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let lab = dir.path().join("lab");
    common::init_lab(&home, &lab);
    // A runtime directory in the build folder, on disk (a temporary folder
    // may lie on a tmpfs /tmp).
    let runtime = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let said = ok(login(&home, &lab, runtime.path()));
    assert!(said.contains("Commands will ask for the lab's passphrase"), "{said}");
    assert!(!lab.join("unlock").exists() || std::fs::read_dir(lab.join("unlock")).unwrap().count() == 0);
}
