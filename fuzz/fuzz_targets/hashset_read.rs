//! Fuzzes the hash-set readers: VICS JSON, plain lists and CSV. Any bytes
//! give records or a located error, never a panic; every record a reader
//! hands over carries what it claims (a VICS record's MediaIDs are unique).
#![no_main]

use std::collections::HashSet;

use libfuzzer_sys::fuzz_target;
use vilab_hashset::lists::{read_csv, read_list};
use vilab_hashset::vics::read_vics;

fuzz_target!(|data: &[u8]| {
    let mut ids = HashSet::new();
    let _ = read_vics(data, &mut |m| {
        if let Some(id) = m.media_id {
            assert!(ids.insert(id), "MediaID {id} handed over twice");
        }
        Ok(())
    });
    let _ = read_list(data, &mut |m| {
        assert!(m.has_hash(), "a list record without a hash");
        Ok(())
    });
    let _ = read_csv(data, &mut |m| {
        assert!(m.has_hash(), "a CSV record without a hash");
        Ok(())
    });
});
