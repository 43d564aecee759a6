//! Partition tables written by util-linux's `sfdisk`, read back and
//! compared with what `sfdisk --json` says of them.

mod common;

use std::path::Path;

use vilab_disk::volume::{Scheme, VolumeError, VolumeKind, read_volumes};
use vilab_disk::{RawImage, ReadAt};

fn image_with(dir: &Path, script: &str) -> std::path::PathBuf {
    let path = dir.join("disk.img");
    std::fs::File::create(&path).unwrap().set_len(64 << 20).unwrap();
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("printf '%s' '{script}' | sfdisk --no-reread --no-tell-kernel -q disk.img"))
        .current_dir(dir)
        .output()
        .expect("sfdisk (util-linux fdisk) is installed by .ci/install-deps");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    path
}

/// (number, start sector, sectors, type) of each partition, from sfdisk.
fn sfdisk_view(dir: &Path) -> Vec<(u32, u64, u64, String)> {
    let json = common::run("sfdisk", &["--json", "disk.img"], dir);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["partitiontable"]["partitions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let node = p["node"].as_str().unwrap();
            let n: u32 = node.trim_start_matches("disk.img").parse().unwrap();
            (n, p["start"].as_u64().unwrap(), p["size"].as_u64().unwrap(), p["type"].as_str().unwrap().to_string())
        })
        .collect()
}

#[test]
fn mbr_with_an_extended_chain_matches_sfdisk() {
    let dir = tempfile::tempdir().unwrap();
    let script = "label: dos\n\
        start=2048, size=8192, type=c, bootable\n\
        start=10240, size=8192, type=83\n\
        start=20480, size=100000, type=5\n\
        start=22528, size=4096, type=83\n\
        start=28672, size=4096, type=7\n\
        start=34816, size=4096, type=83\n";
    let path = image_with(dir.path(), script);
    let img = RawImage::open(&path).unwrap();
    let t = read_volumes(&img);
    assert_eq!(t.scheme, Scheme::Mbr);
    assert!(t.errors.is_empty(), "{:?}", t.errors);
    let ours: Vec<_> = t
        .volumes
        .iter()
        .map(|v| {
            let VolumeKind::Mbr { type_byte, .. } = v.kind else { panic!("{v:?}") };
            (v.index, v.start / 512, v.len / 512, format!("{type_byte:x}"))
        })
        .collect();
    let theirs = sfdisk_view(dir.path());
    assert_eq!(theirs.len(), 6, "{theirs:?}");
    assert_eq!(ours, theirs);
    assert!(matches!(t.volumes[0].kind, VolumeKind::Mbr { bootable: true, logical: false, .. }));
    assert!(matches!(t.volumes[4].kind, VolumeKind::Mbr { logical: true, .. }));
}

#[test]
fn gpt_matches_sfdisk_and_a_damaged_primary_falls_back_to_the_backup() {
    let dir = tempfile::tempdir().unwrap();
    let script = "label: gpt\n\
        start=2048, size=16384, type=C12A7328-F81F-11D2-BA4B-00A0C93EC93B, name=\"EFI system\"\n\
        start=18432, size=32768, type=EBD0A0A2-B9E5-4433-87C0-68B6B72699C7, name=\"Data\"\n\
        start=51200, size=40000, type=0FC63DAF-8483-4772-8E79-3D69D8477DE4, name=\"linux \u{e9}t\u{e9}\"\n";
    let path = image_with(dir.path(), script);
    let json = common::run("sfdisk", &["--json", "disk.img"], dir.path());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let theirs = v["partitiontable"]["partitions"].as_array().unwrap().clone();
    let check = |errors_expected: usize| {
        let img = RawImage::open(&path).unwrap();
        let t = read_volumes(&img);
        assert_eq!(t.scheme, Scheme::Gpt);
        assert_eq!(t.errors.len(), errors_expected, "{:?}", t.errors);
        assert_eq!(t.volumes.len(), 3);
        for (ours, p) in t.volumes.iter().zip(&theirs) {
            let VolumeKind::Gpt { type_guid, unique_guid, name, .. } = &ours.kind else { panic!() };
            assert_eq!(ours.start / 512, p["start"].as_u64().unwrap());
            assert_eq!(ours.len / 512, p["size"].as_u64().unwrap());
            assert_eq!(type_guid, p["type"].as_str().unwrap());
            assert_eq!(unique_guid, p["uuid"].as_str().unwrap());
            assert_eq!(name, p["name"].as_str().unwrap());
        }
        t
    };
    check(0);

    // The primary header damaged: read from the backup at the last sector.
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[512 + 56] ^= 0xff; // inside the disk GUID
    std::fs::write(&path, &bytes).unwrap();
    let t = check(1);
    assert!(matches!(t.errors[0], VolumeError::GptHeader { offset: 512, .. }), "{:?}", t.errors);

    // The primary's entries damaged instead.
    bytes[512 + 56] ^= 0xff;
    bytes[1024 + 130] ^= 0xff;
    std::fs::write(&path, &bytes).unwrap();
    let t = check(1);
    assert!(matches!(t.errors[0], VolumeError::GptEntries { offset: 1024 }), "{:?}", t.errors);

    // Both copies damaged: no volumes from the GPT, errors for each, no panic.
    let last = bytes.len() - 512;
    bytes[last + 56] ^= 0xff;
    std::fs::write(&path, &bytes).unwrap();
    let img = RawImage::open(&path).unwrap();
    let t = read_volumes(&img);
    assert!(t.errors.len() >= 2, "{:?}", t.errors);
    assert_eq!(img.len(), 64 << 20);
}
