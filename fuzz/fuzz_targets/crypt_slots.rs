//! Fuzzes the key-slot file parser and the recovery key's text. Any bytes
//! give a slot file or an error naming a field, never a panic; whatever
//! parses writes back to the same bytes; a file whose argon2id costs are
//! tiny is also unlocked with the seeds' passphrase, which either gives
//! the key its key check names or a clear error. Text that parses as a
//! recovery key prints back to text that parses to the same key. A session
//! slot opens under the seeds' session secret to the key its check names,
//! or is a clear error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vilab_crypt::secrecy::{ExposeSecret, SecretString};
use vilab_crypt::session::{SESSION_SLOT_LEN, open_session, session_expiry};
use vilab_crypt::{KeyCheck, RecoveryKey, SessionSecret, SlotFile};

/// The passphrase of the seeds' slot files (fuzz/seedgen).
const PASSPHRASE: &str = "fuzz";

/// The session secret of the seeds' session slot (fuzz/seedgen).
const SESSION_SECRET: &str = "4242424242424242424242424242424242424242424242424242424242424242";

fuzz_target!(|data: &[u8]| {
    if session_expiry(data).is_ok() {
        assert_eq!(data.len(), SESSION_SLOT_LEN);
        let check = KeyCheck(data[24..56].try_into().expect("32 bytes"));
        let secret = SessionSecret::parse(SESSION_SECRET).expect("the seeds' secret parses");
        if let Ok(master) = open_session(data, &secret, &check, 0) {
            assert_eq!(master.key_check(), check, "a session slot opened to another lab's key");
        }
    }
    if let Ok(file) = SlotFile::parse(data) {
        assert_eq!(file.to_bytes(), data, "a parsed slot file writes back to other bytes");
        let cheap =
            file.slots().iter().all(|s| u64::from(s.params().m_cost_kib()) * u64::from(s.params().t_cost()) <= 512);
        if cheap {
            if let Ok(master) = file.unlock_with_passphrase(&SecretString::from(PASSPHRASE)) {
                assert_eq!(master.key_check(), file.key_check());
            }
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(key) = RecoveryKey::parse(text) {
            let printed = key.to_text();
            let again = RecoveryKey::parse(printed.expose_secret()).expect("a printed recovery key parses");
            assert_eq!(again.to_text().expose_secret(), printed.expose_secret());
        }
    }
});
