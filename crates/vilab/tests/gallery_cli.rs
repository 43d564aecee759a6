//! `vilab gallery verify`: a bundle written by vilab-gallery verifies with
//! no lab; a changed or extra file, or another lab's key, exits non-zero
//! naming the file. The galleries and exercises of a lab from the command
//! line are in `gallery_cli/galleries.rs` (one test binary for both).

mod common;
#[path = "gallery_cli/galleries.rs"]
mod galleries;

use common::{ok, text, vilab};
use vilab_gallery::{BundleItem, BundleSpec, SigningKey, build, write_dir};

fn write_bundle(dir: &std::path::Path) -> SigningKey {
    let key = SigningKey::from_bytes(&[3u8; 32]);
    let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0];
    jpeg.extend(0..=255u8);
    let spec = BundleSpec {
        uid: "0123456789abcdef0123456789abcdef".into(),
        title: "Conference gallery".into(),
        recipient: "Nguyễn Thị Mai".into(),
        lab: "Lab One".into(),
        created: "2026-12-07".into(),
        expires: "2027-03-01".into(),
        items: vec![BundleItem { id: "i1".into(), jpeg, caption: "Where is this?".into() }],
        exercise: None,
    };
    write_dir(dir, &build(&spec, &key).unwrap()).unwrap();
    key
}

#[test]
fn a_bundle_verifies_without_a_lab_and_a_changed_file_is_named() {
    let home = tempfile::tempdir().unwrap();
    let bundle = home.path().join("bundle");
    let key = write_bundle(&bundle);
    let key_hex = hex::encode(key.verifying_key().to_bytes());

    let out =
        ok(vilab(home.path()).args(["gallery", "verify"]).arg(&bundle).args(["--key", &key_hex]).output().unwrap());
    assert!(out.contains("0123456789abcdef0123456789abcdef"), "{out}");
    assert!(out.contains("Nguyễn Thị Mai"), "{out}");
    assert!(out.contains("2027-03-01"), "{out}");
    assert!(out.contains(&vilab_gallery::fingerprint(&key.verifying_key().to_bytes())), "{out}");
    assert!(out.contains("Bundle verified"), "{out}");

    // Another lab's key.
    let other = hex::encode(SigningKey::from_bytes(&[4u8; 32]).verifying_key().to_bytes());
    let output = vilab(home.path()).args(["gallery", "verify"]).arg(&bundle).args(["--key", &other]).output().unwrap();
    assert!(!output.status.success());
    assert!(text(&output.stderr).contains("manifest.json"), "{}", text(&output.stderr));

    // One changed byte in the rendition.
    let item = bundle.join("items/i1.jpg");
    let mut bytes = std::fs::read(&item).unwrap();
    bytes[10] ^= 0x20;
    std::fs::write(&item, &bytes).unwrap();
    let output = vilab(home.path()).args(["gallery", "verify", "--json"]).arg(&bundle).output().unwrap();
    assert!(!output.status.success());
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["ok"], false);
    assert_eq!(report["path"], "items/i1.jpg");
    bytes[10] ^= 0x20;
    std::fs::write(&item, &bytes).unwrap();

    // An extra file.
    std::fs::write(bundle.join("readme.txt"), b"hi").unwrap();
    let output = vilab(home.path()).args(["gallery", "verify"]).arg(&bundle).output().unwrap();
    assert!(!output.status.success());
    assert!(text(&output.stderr).contains("readme.txt"), "{}", text(&output.stderr));
}
