//! The lab's own category profiles in an encrypted lab: stored encrypted
//! (no name readable on disk) and used by imports; a plaintext
//! `profiles.toml` dropped into an encrypted lab is refused, not read; a
//! malformed text changes nothing; `lab encrypt` converts a plain lab's
//! file; a backup carries them.

mod common;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64};

use common::{ADMIN, Fixture, PASSPHRASE, PASSWORD, SETUP, SOURCE, fast_kdf};
use vilab_lab::ops::hashsets::HashsetImport;
use vilab_lab::{Code, Lab, Restorer, Role, SecretString, Session, Unlock};

const NAME: &str = "zz-field-office";
const LABEL: &str = "a label only this lab uses";

fn profiles() -> String {
    format!("[[profile]]\nname = \"{NAME}\"\ndescription = \"ours\"\n[profile.categories]\n1 = \"{LABEL}\"\n")
}

fn import(session: &Session<'_>, file: &Path, name: &str) -> vilab_lab::Result<()> {
    let import = HashsetImport { name, profile: NAME, file, read_bytes: Arc::new(AtomicU64::new(0)) };
    session.import_hashset(&import, &AtomicBool::new(false)).map(drop)
}

/// Whether any file under `dir` holds `needle`.
fn found(dir: &Path, needle: &[u8]) -> Vec<String> {
    let mut hits = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            hits.extend(found(&path, needle));
        } else if std::fs::read(&path).unwrap().windows(needle.len()).any(|w| w == needle) {
            hits.push(path.display().to_string());
        }
    }
    hits
}

#[test]
fn profiles_are_kept_encrypted_used_by_imports_and_carried_by_a_backup() {
    let fx = Fixture::new();
    let dir = fx.lab.dir().to_path_buf();
    let analyst = fx.session(SETUP);
    let malformed = analyst.set_lab_profiles(b"[[profile]]\nname = 3\n").unwrap_err();
    assert_eq!(malformed.code(), Code::ProfilesMalformed);
    assert!(!dir.join("profiles.toml.vlab").exists(), "a malformed text stored nothing");
    assert_eq!(import(&analyst, &fx.hashset_file, "before").unwrap_err().code(), Code::ProfileUnknown);

    let set = analyst.set_lab_profiles(profiles().as_bytes()).unwrap();
    assert_eq!(set.profiles, vec![NAME.to_string()]);
    assert!(set.encrypted);
    assert!(dir.join("profiles.toml.vlab").is_file() && !dir.join("profiles.toml").exists());
    for needle in [NAME, LABEL, "[[profile]]"] {
        assert!(found(&dir, needle.as_bytes()).is_empty(), "{needle} is readable on disk");
    }
    import(&analyst, &fx.hashset_file, "with-our-profile").unwrap();

    // A backup carries them.
    let out = fx.tmp.path().join("lab.backup");
    fx.session(ADMIN).backup_lab(&out, &AtomicBool::new(false), &mut |_| {}).unwrap();
    assert!(found(fx.tmp.path(), NAME.as_bytes()).is_empty());
    let target = fx.tmp.path().join("restored");
    let unlock = Unlock::Passphrase(SecretString::from(PASSPHRASE));
    let admin = Restorer { username: ADMIN, password: PASSWORD, source: SOURCE };
    Lab::restore(&out, &target, &unlock, admin, &AtomicBool::new(false), &mut |_| {}).unwrap();
    let restored = Lab::open_unlocked(&target, &unlock).unwrap();
    import(&restored.authenticate(SETUP, PASSWORD, SOURCE).unwrap(), &fx.hashset_file, "in-the-restored-lab").unwrap();

    // A plaintext file dropped into the encrypted lab is refused, not read.
    std::fs::write(dir.join("profiles.toml"), profiles()).unwrap();
    let err = import(&analyst, &fx.hashset_file, "refused").unwrap_err();
    assert_eq!(err.code(), Code::InvalidInput, "{err}");
    assert!(format!("{err:?}").contains("in clear"), "{err:?}");
}

#[test]
fn encrypting_a_plain_lab_seals_its_profiles_and_removes_the_plain_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("lab");
    let account = vilab_lab::NewAccount { username: ADMIN.into(), password: PASSWORD.into(), role: Role::Admin };
    let (lab, _) = Lab::init(&dir, &account, SOURCE).unwrap();
    std::fs::write(dir.join("profiles.toml"), profiles()).unwrap();
    let list = tmp.path().join("known.txt");
    std::fs::write(&list, format!("{}\n", "cd".repeat(16))).unwrap();
    import(&lab.authenticate(ADMIN, PASSWORD, SOURCE).unwrap(), &list, "plain").unwrap();
    let passphrase = SecretString::from(PASSPHRASE);
    lab.authenticate(ADMIN, PASSWORD, SOURCE).unwrap().encrypt_lab(&passphrase, fast_kdf(), &mut |_, _| {}).unwrap();
    lab.close().unwrap();
    Lab::finish_encryption(&dir).unwrap();
    assert!(!dir.join("profiles.toml").exists(), "the plain profiles are gone");
    assert!(found(&dir, NAME.as_bytes()).is_empty());
    let lab = Lab::open_unlocked(&dir, &Unlock::Passphrase(passphrase)).unwrap();
    import(&lab.authenticate(ADMIN, PASSWORD, SOURCE).unwrap(), &list, "encrypted").unwrap();
}
