//! Parsing of what a user types to name a media item, and of hex digests
//! and PDQ hashes. Errors are fine; panics are not. Whatever parses must
//! print back to text that parses to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vilab_core::{Md5, PdqHash, Sha1, Sha256};
use vilab_store::MediaKey;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(key) = MediaKey::parse(text) {
        let printed = key.to_string();
        let again = MediaKey::parse(&printed).expect("a printed media key parses");
        assert_eq!(again, key, "{text:?} printed as {printed:?}");
    }
    if let Ok(h) = Sha256::from_hex(text) {
        assert_eq!(h.to_hex(), text.to_ascii_lowercase());
        assert_eq!(Sha256::from_hex(&h.to_hex()).ok(), Some(h));
    }
    if let Ok(h) = Md5::from_hex(text) {
        assert_eq!(h.to_hex(), text.to_ascii_lowercase());
    }
    if let Ok(h) = Sha1::from_hex(text) {
        assert_eq!(h.to_hex(), text.to_ascii_lowercase());
    }
    if let Ok(h) = PdqHash::from_hex(text) {
        assert_eq!(h.to_hex(), text.to_ascii_lowercase());
        assert_eq!(PdqHash::from_hex(&h.to_hex()).ok(), Some(h));
    }
});
