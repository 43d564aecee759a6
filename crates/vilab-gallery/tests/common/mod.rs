//! Shared fixtures: a small bundle signed by a fixed test key.

#![allow(dead_code)]

use vilab_gallery::{BundleFile, BundleItem, BundleSpec, SigningKey, build};

/// A fixed key: tests are reproducible, and it is no lab's.
pub fn key() -> SigningKey {
    SigningKey::from_bytes(&[7u8; 32])
}

/// Bytes that start like a JPEG (the crate never decodes renditions).
pub fn jpeg(seed: u8) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0];
    bytes.extend((0..300u32).map(|i| (i as u8).wrapping_mul(seed)));
    bytes.extend([0xFF, 0xD9]);
    bytes
}

pub fn spec() -> BundleSpec {
    BundleSpec {
        uid: "b7e1c0de0123456789abcdef01234567".into(),
        title: "Training gallery <Phnom Penh> & more".into(),
        recipient: "សុខ ចាន់ណា".into(),
        lab: "Lab One".into(),
        created: "2026-12-07".into(),
        expires: "2027-01-07".into(),
        items: vec![
            BundleItem { id: "a1".into(), jpeg: jpeg(3), caption: "Which country is this shop in?".into() },
            BundleItem { id: "b2".into(), jpeg: jpeg(5), caption: "A wall socket".into() },
        ],
        exercise: None,
    }
}

pub fn bundle() -> Vec<BundleFile> {
    build(&spec(), &key()).expect("the fixture builds")
}

pub fn file<'a>(files: &'a mut [BundleFile], path: &str) -> &'a mut BundleFile {
    files.iter_mut().find(|f| f.path == path).unwrap_or_else(|| panic!("no {path}"))
}
