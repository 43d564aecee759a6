//! HEIC from phones: a file made by libheif's own encoder (`heif-enc`, from
//! Debian's libheif-examples) from a synthetic scene decodes, hashes close to
//! the scene it was made from, and keeps its kind when misnamed.

#![cfg(feature = "heif")]

use std::process::Command;

use vilab_core::model::{IngestErrorCode, MediaKind};
use vilab_media::{AnalyzeOptions, analyze};

#[test]
fn heic_decodes_and_hashes_like_its_source() {
    let dir = tempfile::tempdir().unwrap();
    let png_path = dir.path().join("scene.png");
    let heic_path = dir.path().join("scene.dat");
    let scene = vilab_synth::scene(7, 640, 480);
    scene.save(&png_path).unwrap();
    let status = Command::new("heif-enc")
        .arg("-q")
        .arg("90")
        .arg(&png_path)
        .arg("-o")
        .arg(&heic_path)
        .status()
        .expect("heif-enc not found: install Debian's libheif-examples (.ci/run does)");
    assert!(status.success(), "heif-enc failed");

    let heic = std::fs::read(&heic_path).unwrap();
    let png = std::fs::read(&png_path).unwrap();
    let options = AnalyzeOptions::default();
    let from_heic = analyze(&heic, &options);
    let from_png = analyze(&png, &options);
    assert_eq!(from_heic.kind, MediaKind::Heif);
    assert!(from_heic.problems.is_empty(), "{:?}", from_heic.problems);
    assert_eq!((from_heic.width, from_heic.height), (Some(640), Some(480)));
    let d = from_heic.pdq.unwrap().hashes[0].distance(&from_png.pdq.unwrap().hashes[0]);
    assert!(d <= 16, "HEIC and its PNG source are {d} bits apart");
    assert!(from_heic.thumbnail.is_some());
}

#[test]
fn truncated_heic_is_an_error_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let png_path = dir.path().join("scene.png");
    let heic_path = dir.path().join("scene.heic");
    vilab_synth::scene(8, 320, 240).save(&png_path).unwrap();
    let status = Command::new("heif-enc").arg(&png_path).arg("-o").arg(&heic_path).status().expect("heif-enc");
    assert!(status.success());
    let heic = std::fs::read(&heic_path).unwrap();
    let truncated = &heic[..heic.len() / 2];
    let analysis = analyze(truncated, &AnalyzeOptions::default());
    assert_eq!(analysis.kind, MediaKind::Heif);
    assert!(analysis.pdq.is_none());
    assert!(
        analysis.problems.iter().any(|(_, e)| e.code() == IngestErrorCode::DecodeFailed
            && e.params().get("format").map(String::as_str) == Some("heif")),
        "expected a decode problem naming HEIF: {:?}",
        analysis.problems
    );
}
