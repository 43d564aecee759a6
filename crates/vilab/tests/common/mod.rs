//! What the binary's tests share: the binary, isolated from the caller's
//! environment, acting as the lab's analyst unless told otherwise.

#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

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

/// Every test lab's passphrase: the tests' labs are encrypted, as labs are
/// by default.
pub const PASSPHRASE: &str = "test lab passphrase, not a real one";

/// The file holding [`PASSPHRASE`] (written on first use).
pub fn passphrase_file(home: &Path) -> std::path::PathBuf {
    let path = home.join(".passphrase");
    if !path.exists() {
        std::fs::create_dir_all(home).unwrap();
        std::fs::write(&path, format!("{PASSPHRASE}\n")).unwrap();
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
        .env_remove("VILAB_RECOVERY_KEY_FILE")
        .env("VILAB_PASSPHRASE_FILE", passphrase_file(home))
        // argon2id's floor costs rather than a tuned 0.7 s per unlock.
        .env("VILAB_KDF_FLOOR", "true")
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

/// The master key of the encrypted test lab at `lab` (unlocked with
/// [`PASSPHRASE`]), for tests that reach below the binary.
pub fn master_key(lab: &Path) -> vilab_store::vilab_crypt::MasterKey {
    vilab_store::Lab::key_slots(lab)
        .unwrap()
        .unlock_with_passphrase(&vilab_store::vilab_crypt::secrecy::SecretString::from(PASSPHRASE))
        .unwrap()
}

/// The database of the encrypted test lab at `lab`, opened with its key
/// (as someone who knows the passphrase and edits rows would).
pub fn open_db(lab: &Path) -> rusqlite::Connection {
    let db = rusqlite::Connection::open(lab.join("lab.db")).unwrap();
    let key = master_key(lab).subkey(vilab_store::vilab_crypt::Purpose::Database);
    vilab_store::sqlite::unlock_connection(&db, &key).unwrap();
    db
}

/// Where the encrypted test lab at `lab` keeps the blob of `sha256`: under
/// its keyed name.
pub fn blob_path(lab: &Path, sha256: &vilab_core::Sha256) -> std::path::PathBuf {
    let name = vilab_store::vilab_crypt::blob_name(&master_key(lab).naming_key(), &sha256.0).to_hex();
    lab.join("evidence").join(&name[0..2]).join(&name[2..4]).join(name)
}

// Lab set-up and output helpers of the encryption and backup tests.

/// A command's output bytes as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The standard output of a command that must succeed (both streams in
/// the failure message).
pub fn ok(output: Output) -> String {
    assert!(output.status.success(), "{}\n{}", text(&output.stdout), text(&output.stderr));
    text(&output.stdout)
}

/// `vilab init --lab LAB` with `flags` (`--json`, `--no-encrypt`): the
/// administrator's password and the passphrase come from the environment
/// [`isolated`] sets.
pub fn init(home: &Path, lab: &Path, flags: &[&str]) -> Output {
    vilab(home).arg("init").args(flags).arg("--lab").arg(lab).output().unwrap()
}

// --- A test lab in a folder of its own (onepass: shared by disk_cli.rs and
// hostile_ingest.rs) ---

/// A lab under the tests' passphrase (the environment's, as [`vilab`]
/// gives it) with case `C`, the analyst's account, and a folder `d` beside
/// it for the seized material; all removed when dropped.
pub struct CliLab {
    /// The folder holding the home, the lab and `d`.
    pub dir: tempfile::TempDir,
}

impl CliLab {
    /// Makes the lab and its case `C`.
    pub fn new() -> Self {
        let lab = Self { dir: tempfile::tempdir().unwrap() };
        std::fs::create_dir_all(lab.home()).unwrap();
        std::fs::create_dir_all(lab.folder()).unwrap();
        init_lab(&lab.home(), &lab.path());
        let made = lab.cmd(&["case", "create", "C"]).output().unwrap();
        assert!(made.status.success(), "case create: {}", String::from_utf8_lossy(&made.stderr));
        lab
    }

    /// The home folder the binary runs with.
    pub fn home(&self) -> std::path::PathBuf {
        self.dir.path().join("home")
    }

    /// The lab.
    pub fn path(&self) -> std::path::PathBuf {
        self.dir.path().join("lab")
    }

    /// The folder beside the lab for what a test seizes.
    pub fn folder(&self) -> std::path::PathBuf {
        self.dir.path().join("d")
    }

    /// `vilab <args>` on this lab (`--lab` after the subcommand's words).
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut command = vilab(&self.home());
        command.args(args).arg("--lab").arg(self.path());
        command
    }
}

// --- A lab whose accounts act by name (accounts_cli.rs, sanitize_cli.rs) ---

/// A lab in a folder of its own whose commands run as a named account.
pub struct UsersLab {
    /// The folder holding the home and the lab.
    pub dir: tempfile::TempDir,
}

impl UsersLab {
    /// Makes the lab (its administrator and analyst).
    pub fn new() -> UsersLab {
        let lab = UsersLab { dir: tempfile::tempdir().unwrap() };
        init_lab(&lab.home(), &lab.path());
        lab
    }

    /// The home folder the binary runs with.
    pub fn home(&self) -> std::path::PathBuf {
        self.dir.path().join("home")
    }

    /// The lab.
    pub fn path(&self) -> std::path::PathBuf {
        self.dir.path().join("lab")
    }

    /// `vilab <args> --lab <lab>` as `user`.
    pub fn cmd(&self, user: &str, args: &[&str]) -> Command {
        let mut command = vilab_as(&self.home(), user);
        command.args(args).arg("--lab").arg(self.path());
        command
    }

    /// The administrator adds account `name` of `role`, a member of `cases`.
    pub fn add_user(&self, name: &str, role: &str, cases: &[&str]) {
        let mut command = vilab_as(&self.home(), "admin");
        command.args(["user", "add", "--name", name, "--role", role, "--lab"]).arg(self.path());
        command.arg("--password-file").arg(password_file(&self.home()));
        for case in cases {
            command.args(["--case", case]);
        }
        succeeds(&mut command);
    }
}

/// Runs a command.
pub fn run(command: &mut Command) -> Output {
    command.output().expect("the vilab binary runs")
}

/// The standard output of a command that must succeed (the command and
/// both streams in the failure message).
pub fn succeeds(command: &mut Command) -> String {
    let output = run(command);
    let out = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "{command:?}: {}\n{out}", String::from_utf8_lossy(&output.stderr));
    out
}
