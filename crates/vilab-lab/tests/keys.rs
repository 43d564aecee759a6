//! The keys of an encrypted lab through the application layer: unlocking
//! with the passphrase or the recovery key, a wrong one refused with its
//! code and nothing changed, a new passphrase and a new recovery key (the
//! old ones stop working, the data is not rewritten), audit records that
//! name the slot and never a secret.

mod common;

use common::{ADMIN, Fixture, PASSPHRASE, PASSWORD, SOURCE, fast_kdf};
use vilab_lab::{Code, Lab, SecretString, Unlock};

fn passphrase(text: &str) -> Unlock {
    Unlock::Passphrase(SecretString::from(text.to_string()))
}

/// Every file under `dir` with its bytes.
fn contents(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(contents(&path));
        } else {
            out.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
fn a_wrong_passphrase_or_recovery_key_is_refused_and_changes_nothing() {
    let fx = Fixture::new();
    let dir = fx.lab.dir().to_path_buf();
    fx.lab.checkpoint().unwrap();
    let before = contents(&dir);
    assert_eq!(Lab::open(&dir).unwrap_err().code(), Code::LabLocked);
    assert_eq!(Lab::open_unlocked(&dir, &passphrase("not the passphrase")).unwrap_err().code(), Code::WrongPassphrase);
    let typo = Unlock::RecoveryKey(SecretString::from("not-a-recovery-key"));
    assert_eq!(Lab::open_unlocked(&dir, &typo).unwrap_err().code(), Code::WrongRecoveryKey);
    assert_eq!(contents(&dir), before, "a refused unlock touched no file");
    let lab = Lab::open_unlocked(&dir, &passphrase(PASSPHRASE)).unwrap();
    assert!(lab.encrypted());
}

#[test]
fn a_new_passphrase_and_a_new_recovery_key_replace_the_old_ones() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("lab");
    let admin =
        vilab_lab::NewAccount { username: ADMIN.into(), password: PASSWORD.into(), role: vilab_lab::Role::Admin };
    let (lab, _, recovery) =
        Lab::init_encrypted(&dir, &admin, SOURCE, &SecretString::from("first passphrase"), fast_kdf()).unwrap();
    let recovery = Unlock::RecoveryKey(recovery);
    let evidence_before = contents(&dir.join("evidence"));
    let key_before = std::fs::read(dir.join("identity/lab.ed25519")).unwrap();
    let session = lab.authenticate(ADMIN, PASSWORD, SOURCE).unwrap();
    let changed = session.change_lab_passphrase(&SecretString::from("second passphrase"), fast_kdf()).unwrap();
    assert_eq!(changed.slot, "passphrase");
    drop(session);
    lab.close().unwrap();
    assert_eq!(contents(&dir.join("evidence")), evidence_before, "no blob was rewritten");
    assert_eq!(std::fs::read(dir.join("identity/lab.ed25519")).unwrap(), key_before);
    assert_eq!(Lab::open_unlocked(&dir, &passphrase("first passphrase")).unwrap_err().code(), Code::WrongPassphrase);
    let lab = Lab::open_unlocked(&dir, &passphrase("second passphrase")).unwrap();
    drop(lab);
    // The recovery key still opens the lab; then it is replaced.
    let lab = Lab::open_unlocked(&dir, &recovery).unwrap();
    let session = lab.authenticate(ADMIN, PASSWORD, SOURCE).unwrap();
    let (changed, new_key) = session.replace_lab_recovery_key(fast_kdf()).unwrap();
    assert_eq!(changed.slot, "recovery_key");
    let audit = session.audit_list(&Default::default()).unwrap();
    drop(session);
    lab.close().unwrap();
    assert_eq!(Lab::open_unlocked(&dir, &recovery).unwrap_err().code(), Code::WrongRecoveryKey);
    let lab = Lab::open_unlocked(&dir, &Unlock::RecoveryKey(new_key.clone())).unwrap();
    drop(lab);

    // The audit names the slot changes and holds no secret.
    let text = serde_json::to_string(&audit).unwrap();
    assert!(text.contains("lab.passphrase") && text.contains("lab.recovery_key"), "{text}");
    use vilab_lab::keys::ExposeSecret as _;
    for secret in ["first passphrase", "second passphrase", new_key.expose_secret()] {
        assert!(!text.contains(secret), "the audit holds a secret");
    }
}

#[test]
fn a_login_keeps_the_lab_unlocked_until_its_end_and_forgetting_closes_it_again() {
    let fx = Fixture::new();
    let dir = fx.lab.dir().to_path_buf();
    let clock = || std::sync::Arc::new(fx.clock.clone());
    let (session, token) = fx.lab.login(ADMIN, PASSWORD, SOURCE, 3600).unwrap();
    let kept = session.keep_unlocked(token.expires_at).unwrap().expect("an encrypted lab keeps an unlock");
    let slot = dir.join("unlock").join(&kept.id);
    assert_eq!(std::fs::read(&slot).unwrap().len(), 128);
    // A one-shot log-in has no session to keep the lab unlocked for.
    let once = fx.lab.authenticate(ADMIN, PASSWORD, SOURCE).unwrap();
    assert_eq!(once.keep_unlocked(token.expires_at).unwrap_err().code(), Code::InvalidInput);
    let audit = serde_json::to_string(&session.audit_list(&Default::default()).unwrap()).unwrap();
    assert!(audit.contains("session.keep_unlocked"), "{audit}");
    use vilab_lab::keys::ExposeSecret as _;
    assert!(!audit.contains(kept.secret.to_hex().expose_secret()), "the audit holds the secret");
    drop((session, once));

    let unlock = |secret: &vilab_lab::keys::SessionSecret| Unlock::Session {
        id: kept.id.clone(),
        secret: vilab_lab::keys::SessionSecret::parse(secret.to_hex().expose_secret()).unwrap(),
    };
    let lab = Lab::open_unlocked_with_clock(&dir, &unlock(&kept.secret), clock()).unwrap();
    assert!(lab.encrypted());
    drop(lab);
    // Another secret does not open the slot.
    let other = vilab_lab::keys::SessionSecret::generate().unwrap();
    assert_eq!(Lab::open_unlocked_with_clock(&dir, &unlock(&other), clock()).unwrap_err().code(), Code::LabLocked);

    // Past its end the slot opens nothing and is removed.
    fx.clock.advance(3600);
    assert_eq!(
        Lab::open_unlocked_with_clock(&dir, &unlock(&kept.secret), clock()).unwrap_err().code(),
        Code::LabLocked
    );
    assert!(!slot.exists(), "an expired slot is removed when found");

    // Forgetting a slot (at logout) closes that way in at once.
    let lab = Lab::open_unlocked_with_clock(&dir, &passphrase(common::PASSPHRASE), clock()).unwrap();
    let (session, token) = lab.login(ADMIN, PASSWORD, SOURCE, 3600).unwrap();
    let kept = session.keep_unlocked(token.expires_at).unwrap().unwrap();
    drop(session);
    drop(lab);
    assert!(Lab::forget_unlock(&dir, &kept.id).unwrap());
    assert!(!Lab::forget_unlock(&dir, &kept.id).unwrap(), "gone already");
    let again = Unlock::Session { id: kept.id.clone(), secret: kept.secret };
    assert!(Lab::open_unlocked_with_clock(&dir, &again, clock()).is_err());
    assert!(Lab::forget_unlock(&dir, "../lab.keys").is_err(), "an id names no path outside unlock/");
}
