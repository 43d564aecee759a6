//! Fuzzes the offline bundle's manifest parser and the verifier: any bytes
//! as `manifest.json` (beside a genuine bundle's other files) give a
//! manifest or a located error, never a panic; what parses writes back to
//! bytes that parse to the same manifest.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use vilab_gallery::{BundleFile, BundleItem, BundleSpec, MANIFEST_PATH, SigningKey};

fn genuine() -> &'static Vec<BundleFile> {
    static FILES: OnceLock<Vec<BundleFile>> = OnceLock::new();
    FILES.get_or_init(|| {
        let spec = BundleSpec {
            uid: "0123456789abcdef0123456789abcdef".into(),
            title: "fuzz".into(),
            recipient: "fuzz".into(),
            lab: "fuzz".into(),
            created: "2026-12-07".into(),
            expires: "2027-12-07".into(),
            items: vec![BundleItem { id: "a1".into(), jpeg: vec![0xFF, 0xD8, 0xFF, 0xD9], caption: String::new() }],
            exercise: None,
        };
        vilab_gallery::build(&spec, &SigningKey::from_bytes(&[1; 32])).expect("the fixture builds")
    })
}

fuzz_target!(|data: &[u8]| {
    if let Ok(manifest) = vilab_gallery::parse_manifest(data) {
        let again = vilab_gallery::parse_manifest(&manifest.to_bytes()).expect("a parsed manifest re-parses");
        assert_eq!(again, manifest);
    }
    let mut files = genuine().clone();
    for file in files.iter_mut().filter(|f| f.path == MANIFEST_PATH) {
        file.bytes = data.to_vec();
    }
    if let Err(error) = vilab_gallery::verify(&files, None) {
        assert!(error.bundle_path().is_some(), "a verification error names a file: {error}");
    }
});
