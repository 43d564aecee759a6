//! `vilab backup` and `vilab restore` from the command line: a round trip
//! whose restored lab verifies clean with its audit chain intact and the
//! restore recorded; a damaged archive refused with the integrity exit
//! status; an existing target or archive refused; an analyst refused.

mod common;

use std::path::Path;
use std::process::Output;

use common::{ANALYST, ok, text, vilab, vilab_as};

fn restore(home: &Path, archive: &Path, lab: &Path) -> Output {
    vilab_as(home, "admin").arg("restore").arg(archive).arg("--quiet").arg("--lab").arg(lab).output().unwrap()
}

#[test]
fn a_backup_restores_through_the_command_line_and_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let lab = dir.path().join("lab");
    common::init_lab(&home, &lab);
    let seized = dir.path().join("seized");
    std::fs::create_dir_all(&seized).unwrap();
    std::fs::write(seized.join("scene.jpg"), vilab_synth::benchmark_jpeg(7, 96, 64)).unwrap();
    ok(vilab(&home).args(["case", "create", "OP-BACKUP", "--lab"]).arg(&lab).output().unwrap());
    ok(vilab(&home)
        .args(["ingest", "--quiet", "--case", "OP-BACKUP", "--exhibit", "usb-1", "--lab"])
        .arg(&lab)
        .arg(&seized)
        .output()
        .unwrap());

    let archive = dir.path().join("lab.backup");
    let refused = vilab(&home).args(["backup", "--quiet", "--lab"]).arg(&lab).arg("--out").arg(&archive).output();
    assert_eq!(refused.unwrap().status.code(), Some(5), "an analyst may not back the lab up");
    let out = ok(vilab_as(&home, "admin")
        .args(["backup", "--json", "--lab"])
        .arg(&lab)
        .arg("--out")
        .arg(&archive)
        .output()
        .unwrap());
    let done: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(done["shape"], "vilab.backup/1");
    assert!(done["blobs"].as_u64().unwrap() >= 2, "the picture and its thumbnail: {out}");
    let again = vilab_as(&home, "admin").args(["backup", "--lab"]).arg(&lab).arg("--out").arg(&archive).output();
    let again = again.unwrap();
    assert_eq!(again.status.code(), Some(7), "{}", text(&again.stderr));
    assert!(text(&again.stderr).contains("exists already"), "{}", text(&again.stderr));

    // A damaged copy: the integrity exit status, nothing restored.
    let mut bytes = std::fs::read(&archive).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x40;
    let damaged = dir.path().join("damaged.backup");
    std::fs::write(&damaged, &bytes).unwrap();
    let target = dir.path().join("restored");
    let out = restore(&home, &damaged, &target);
    assert_eq!(out.status.code(), Some(9), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("altered, damaged or cut short"), "{}", text(&out.stderr));
    assert!(!target.exists());

    let out = ok(restore(&home, &archive, &target));
    assert!(out.contains("was restored"), "{out}");
    let out = restore(&home, &archive, &target);
    assert_eq!(out.status.code(), Some(7), "an existing lab is not overwritten: {}", text(&out.stderr));

    ok(vilab_as(&home, "admin").args(["verify", "--quiet", "--lab"]).arg(&target).output().unwrap());
    let chain =
        ok(vilab_as(&home, "admin").args(["audit", "verify", "--json", "--lab"]).arg(&target).output().unwrap());
    let chain: serde_json::Value = serde_json::from_str(&chain).unwrap();
    assert_eq!(chain["intact"], true, "{chain}");
    let audit = ok(vilab_as(&home, "admin").args(["audit", "list", "--json", "--lab"]).arg(&target).output().unwrap());
    assert!(audit.contains("lab.restore"), "{audit}");
    let cases = ok(vilab_as(&home, ANALYST).args(["case", "list", "--lab"]).arg(&target).output().unwrap());
    assert!(cases.contains("OP-BACKUP"), "{cases}");
}
