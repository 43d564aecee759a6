//! A seized disk, end to end through the binary (issue 23): an MBR disk
//! built with Debian's tools (sfdisk; a FAT16 volume by mkfs.fat + mtools
//! with one picture deleted after it was written and one written only into
//! free space; an ext4 volume by mke2fs -d), wrapped as an E01 by
//! ewfacquire, ingested with `vilab ingest`, then `vilab exhibit show`: the
//! acquisition hashes verified and in the custody log, every planted
//! picture found with its path, allocation and offsets; a second run adds
//! nothing; a truncated E01 gives what it can and errors, never a crash.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;
use vilab_core::Digests;
use vilab_synth::{Encoding, encode, jpeg_bytes, scene};

/// Where the FAT volume starts on the disk (sector 2048).
const FAT_START: u64 = 1 << 20;
/// Where, inside the FAT volume, the picture that no file names is written:
/// far past the clusters the files take.
const HIDDEN_AT: u64 = 6 << 20;

use common::CliLab as Lab;

impl Lab {
    /// `vilab ingest --json` of `image` as `exhibit`.
    fn ingest(&self, exhibit: &str, image: &Path) -> Output {
        let mut command = self.cmd(&["ingest", "--case", "C", "--exhibit", exhibit, "--quiet", "--json"]);
        command.arg(image).output().unwrap()
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = ok(self.cmd(args).output().unwrap());
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// The places of the content with these bytes.
    fn places(&self, bytes: &[u8]) -> Vec<Value> {
        let sha256 = Digests::of(bytes).sha256.to_hex();
        let media = self.json(&["media", "show", &sha256, "--json"]);
        media["places"].as_array().unwrap().iter().map(|p| p["occurrence"].clone()).collect()
    }
}

fn ok(out: Output) -> Output {
    assert!(
        out.status.success(),
        "{:?}\nstdout: {}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn sh(script: &str, dir: &Path) {
    let out =
        Command::new("sh").arg("-ec").arg(script).env("MTOOLS_SKIP_CHECK", "1").current_dir(dir).output().unwrap();
    assert!(out.status.success(), "{script}: {}", String::from_utf8_lossy(&out.stderr));
}

/// The planted pictures: (allocated on FAT, deleted on FAT, allocated on
/// ext4, only in FAT free space).
struct Planted {
    photo: Vec<u8>,
    gone: Vec<u8>,
    linux: Vec<u8>,
    hidden: Vec<u8>,
}

/// Builds `disk.img` and `disk.E01` in `d`.
fn build_disk(d: &Path) -> Planted {
    let planted = Planted {
        photo: jpeg_bytes(&scene(1, 160, 120), 85),
        gone: jpeg_bytes(&scene(2, 120, 160), 85),
        linux: encode(&scene(3, 64, 64), Encoding::Png).unwrap(),
        hidden: jpeg_bytes(&scene(4, 100, 100), 80),
    };
    std::fs::create_dir_all(d.join("src/home/user")).unwrap();
    std::fs::write(d.join("photo.jpg"), &planted.photo).unwrap();
    std::fs::write(d.join("gone.jpg"), &planted.gone).unwrap();
    std::fs::write(d.join("hidden.jpg"), &planted.hidden).unwrap();
    std::fs::write(d.join("src/home/user/picture.png"), &planted.linux).unwrap();
    sh(
        &format!(
            "truncate -s 48M disk.img
             printf 'label: dos\\nstart=2048, size=16384, type=6\\nstart=20480, size=32768, type=83\\n' | sfdisk --no-reread --no-tell-kernel -q disk.img
             mkfs.fat -F 16 -s 1 --offset=2048 disk.img 8192 >/dev/null
             mmd -i disk.img@@1M ::/DCIM
             mcopy -i disk.img@@1M photo.jpg ::/DCIM/photo.jpg
             mcopy -i disk.img@@1M gone.jpg ::/DCIM/gone.jpg
             mdel -i disk.img@@1M ::/DCIM/gone.jpg
             dd if=hidden.jpg of=disk.img bs=512 seek={} conv=notrunc status=none
             touch -m -d @1735787046 src/home/user/picture.png
             touch -a -d @1772582400 src/home/user/picture.png
             mke2fs -q -t ext4 -E offset=10485760 -d src disk.img 16M
             ewfacquire -u -q -t disk -f encase6 -c deflate:best disk.img >/dev/null",
            (FAT_START + HIDDEN_AT) / 512
        ),
        d,
    );
    planted
}

fn disk(place: &Value) -> &Value {
    &place["disk"]
}

#[test]
fn an_e01_disk_is_verified_and_its_live_deleted_and_carved_pictures_are_found() {
    let lab = Lab::new();
    let d = lab.folder();
    let planted = build_disk(&d);
    let e01 = d.join("disk.E01");

    let out = ok(lab.ingest("hdd-1", &e01));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["image"]["container"], "e01", "{report:#}");
    assert_eq!(report["image"]["result"], "verified", "{report:#}");
    let md5 = report["image"]["md5"].as_str().unwrap().to_string();
    assert_eq!(report["image"]["stored_md5"].as_str(), Some(md5.as_str()));
    let raw = std::fs::read(d.join("disk.img")).unwrap();
    assert_eq!(md5, Digests::of(&raw).md5.to_hex(), "the check's MD5 is the raw disk's");
    assert_eq!(report["ingest"]["status"], "completed", "{report:#}");

    // The live picture on FAT, at the bytes its clusters hold.
    let photo = lab.places(&planted.photo);
    assert_eq!(photo.len(), 1, "{photo:#?}");
    assert_eq!(photo[0]["key"]["path"], "p1/DCIM/photo.jpg");
    assert_eq!(disk(&photo[0])["allocation"], "allocated");
    assert_eq!(disk(&photo[0])["volume"], 1);
    let at = disk(&photo[0])["offset"].as_u64().unwrap() as usize;
    assert_eq!(&raw[at..at + planted.photo.len()], &planted.photo[..], "the offset is where the bytes are");
    assert!(disk(&photo[0])["metadata_offset"].as_u64().unwrap() > FAT_START);

    // The deleted one: from its directory entry, and carved from the free
    // space at the same offset.
    let gone = lab.places(&planted.gone);
    let deleted: Vec<_> = gone.iter().filter(|p| disk(p)["allocation"] == "deleted").collect();
    let carved: Vec<_> = gone.iter().filter(|p| disk(p)["allocation"] == "carved").collect();
    assert_eq!((deleted.len(), carved.len()), (1, 1), "{gone:#?}");
    assert_eq!(deleted[0]["key"]["path"], "p1/DCIM/_one.jpg", "FAT keeps the name but its first letter");
    let at = disk(deleted[0])["offset"].as_u64().unwrap();
    assert_eq!(disk(carved[0])["offset"].as_u64(), Some(at));
    assert_eq!(carved[0]["key"]["path"], format!("p1/$carved/{at}.jpg"));
    assert_eq!(disk(carved[0])["fs_ref"], Value::Null);

    // On ext4, by its inode.
    let linux = lab.places(&planted.linux);
    assert_eq!(linux.len(), 1, "{linux:#?}");
    assert_eq!(linux[0]["key"]["path"], "p2/home/user/picture.png");
    assert_eq!(disk(&linux[0])["volume"], 2);
    assert!(disk(&linux[0])["fs_ref"].as_u64().unwrap() > 11, "an inode past the reserved ones");
    // Its times, as `mke2fs -d` copied them from the source file (the
    // creation time is when mke2fs made the inode), in the JSON and in
    // `media show`'s text.
    assert_eq!(linux[0]["modified"], 1_735_787_046);
    assert_eq!(linux[0]["accessed"], 1_772_582_400);
    assert!(linux[0]["created"].as_i64().unwrap() > 1_772_582_400, "{:#?}", linux[0]);
    let sha256 = Digests::of(&planted.linux).sha256.to_hex();
    let text = String::from_utf8(ok(lab.cmd(&["media", "show", &sha256]).output().unwrap()).stdout).unwrap();
    let times = text.lines().find(|l| l.trim_start().starts_with("modified ")).unwrap_or_else(|| panic!("{text}"));
    assert!(times.trim_start().starts_with("modified 2025-01-02T03:04:06Z, created 20"), "{text}");
    assert!(times.ends_with(", accessed 2026-03-04T00:00:00Z"), "{text}");

    // Only in free space: carved, where it was written.
    let hidden = lab.places(&planted.hidden);
    assert_eq!(hidden.len(), 1, "{hidden:#?}");
    assert_eq!(disk(&hidden[0])["allocation"], "carved");
    assert_eq!(disk(&hidden[0])["offset"].as_u64(), Some(FAT_START + HIDDEN_AT));

    // `exhibit show`: the check, the volumes, the counts.
    let shown = lab.json(&["exhibit", "show", "hdd-1", "--json"]);
    assert_eq!(shown["shape"], "vilab.exhibit/1");
    assert_eq!(shown["image"]["result"], "verified");
    assert_eq!(shown["layout"]["scheme"], "mbr");
    let volumes = shown["layout"]["volumes"].as_array().unwrap();
    let systems: Vec<_> = volumes.iter().map(|v| v["file_system"].as_str().unwrap_or("-")).collect();
    assert_eq!(systems, ["fat16", "ext"]);
    assert_eq!(shown["counts"]["allocated"], 2, "{shown:#}");
    assert_eq!(shown["counts"]["deleted"], 1, "{shown:#}");
    assert_eq!(shown["counts"]["carved"], 2, "{shown:#}");
    assert_eq!(shown["custody"][0]["event"], "image.verified");
    let text = ok(lab.cmd(&["exhibit", "show", "hdd-1"]).output().unwrap());
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("verified: the hashes stored in the image match a full read"), "{text}");
    assert!(text.contains(&md5), "{text}");
    assert!(text.contains("file system fat16: 1 allocated, 1 deleted, 2 carved"), "{text}");

    // Again: nothing new, the image not read whole a second time.
    let again: Value = serde_json::from_slice(&ok(lab.ingest("hdd-1", &e01)).stdout).unwrap();
    assert_eq!(again["ingest"]["new_occurrences"], 0, "{again:#}");
    assert_eq!(again["ingest"]["already_done"], 5, "{again:#}");
    assert!(again.get("image").is_none(), "checked once per exhibit: {again:#}");
}

#[test]
fn a_cut_e01_set_gives_what_it_can_and_errors_never_a_crash() {
    let lab = Lab::new();
    let d = lab.folder();
    let planted = build_disk(&d);
    // The same disk in segments of 1 MiB, uncompressed: the FAT volume
    // (1 to 9 MiB) in the first segments, the ext4 one (10 to 26 MiB)
    // after; segment 20 cut in half, as a failed copy leaves it.
    sh("mkdir cut && ewfacquire -u -q -t cut/disk -f encase6 -c none -S 1MiB disk.img >/dev/null", &d);
    let e20 = d.join("cut/disk.E20");
    let bytes = std::fs::read(&e20).unwrap();
    std::fs::write(&e20, &bytes[..bytes.len() / 2]).unwrap();

    let out = lab.ingest("cut", &d.join("cut/disk.E01"));
    let code = out.status.code().expect("ends by itself, not by a signal");
    assert!(code == 0 || code == 3, "{code}: {}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["image"]["result"], "unreadable", "{report:#}");
    assert!(report["image"]["error"].as_str().unwrap().contains("disk.E01"), "{report:#}");
    assert!(report["image"]["problems"][0].as_str().unwrap().contains("disk.E20"), "{report:#}");
    // What lies before the cut is all there.
    for bytes in [&planted.photo, &planted.hidden] {
        let places = lab.places(bytes);
        assert!(places.iter().all(|p| p["disk"]["volume"] == 1) && !places.is_empty(), "{places:#?}");
    }
    let shown = lab.json(&["exhibit", "show", "cut", "--json"]);
    assert_eq!(shown["image"]["result"], "unreadable");
    assert!(shown["counts"]["errors"].as_u64().unwrap() > 0, "{shown:#}");
}

#[test]
fn an_e01_cut_before_its_table_yields_errors_not_a_crash() {
    let lab = Lab::new();
    let d = lab.folder();
    build_disk(&d);
    let whole = std::fs::read(d.join("disk.E01")).unwrap();
    let cut = d.join("short.E01");
    std::fs::write(&cut, &whole[..whole.len() * 2 / 3]).unwrap();
    let out = lab.ingest("short", &cut);
    let code = out.status.code().expect("ends by itself, not by a signal");
    assert!(code == 0 || code == 3, "{code}: {}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["image"]["result"], "unreadable", "{report:#}");
    let problems = report["image"]["problems"].to_string();
    assert!(problems.contains("short.E01") && problems.contains("cut off by the end of the file"), "{report:#}");
    let shown = lab.json(&["exhibit", "show", "short", "--json"]);
    assert!(shown["counts"]["errors"].as_u64().unwrap() > 0, "{shown:#}");
}
