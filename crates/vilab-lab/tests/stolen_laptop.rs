//! The stolen laptop: after the demo (an encrypted lab, a hash-set import,
//! the ingest of a synthetic seizure, matching, the audit chain), every byte
//! of every file under the lab directory is searched for what a thief must
//! not learn: file signatures, the seizure's contents, the cameras' EXIF
//! strings, case, exhibit, account and hash-set names, the seizure's paths,
//! GPS positions as text and as IEEE-754 doubles, every SHA-256, SHA-1 and
//! MD5 of the evidence (as hex and as raw bytes), the passphrase and the
//! passwords. Zero hits; and the same in a backup of the lab.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use vilab_lab::types::MediaKey;
use vilab_lab::{Lab, SecretString, Unlock};

/// Every file under `dir`, recursively (temporary folders included).
fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// What must not be found: a label (for the failure message) and bytes.
#[derive(Default)]
struct Needles(BTreeSet<(String, Vec<u8>)>);

impl Needles {
    fn add(&mut self, label: impl Into<String>, bytes: impl Into<Vec<u8>>) {
        let bytes = bytes.into();
        // Shorter needles would match random ciphertext by chance.
        assert!(bytes.len() >= 5, "needle too short to be meaningful: {:?}", bytes);
        self.0.insert((label.into(), bytes));
    }

    fn text(&mut self, label: &str, text: &str) {
        if text.len() >= 5 {
            self.add(format!("{label} {text:?}"), text.as_bytes());
        }
    }

    fn digest(&mut self, label: &str, raw: &[u8]) {
        self.add(format!("{label} raw"), raw);
        self.add(format!("{label} hex"), hex::encode(raw));
        self.add(format!("{label} HEX"), hex::encode_upper(raw));
    }

    fn degrees(&mut self, label: &str, v: f64) {
        self.add(format!("{label} f64 le"), v.to_le_bytes());
        self.add(format!("{label} f64 be"), v.to_be_bytes());
        for text in [format!("{v}"), format!("{v:.4}"), format!("{v:.5}"), format!("{v:.6}")] {
            self.text(label, &text);
        }
    }
}

#[test]
fn a_stolen_encrypted_lab_yields_nothing_readable() {
    let tmp = tempfile::tempdir().unwrap();
    let (tx, _rx) = crossbeam_channel::unbounded();
    let report = vilab_lab::demo::run(tmp.path(), 11, &AtomicBool::new(false), &tx, &mut |_| {}).unwrap();
    let lab_dir = report.lab.clone();
    assert!(Lab::is_encrypted(&lab_dir));

    let mut needles = Needles::default();
    // Signatures of the kinds the seizure holds (long enough that random
    // bytes do not hold them by chance).
    needles.add("PNG signature", b"\x89PNG\r\n\x1a\n".to_vec());
    needles.add("GIF87a signature", b"GIF87a".to_vec());
    needles.add("GIF89a signature", b"GIF89a".to_vec());
    needles.add("JPEG JFIF segment", b"JFIF\0".to_vec());
    needles.add("JPEG EXIF segment", b"Exif\0\0".to_vec());
    needles.add("ZIP local header", b"PK\x03\x04\x14\x00".to_vec());
    needles.add("ZIP central directory", b"PK\x01\x02".to_vec().into_iter().chain(*b"\x14\x00").collect::<Vec<_>>());
    needles.add("ZIP end of directory", b"PK\x05\x06\0\0\0\0".to_vec());
    needles.add("SQLite header", b"SQLite format 3\0".to_vec());

    // Names and secrets.
    needles.text("case", &report.case);
    needles.text("exhibit", "laptop-1");
    needles.text("hash set", &report.hashset.name);
    needles.text("passphrase", &report.lab_passphrase);
    for account in &report.accounts {
        needles.text("account", &account.username);
        needles.text("password", &account.password);
    }
    let seizure = report.generated.dir.clone();
    needles.text("seizure path", &seizure.display().to_string());

    // The seizure's files: their names, their first bytes and windows of
    // their contents.
    let mut seized = Vec::new();
    files_under(&seizure, &mut seized);
    for file in &seized {
        let rel = file.strip_prefix(&seizure).unwrap().to_string_lossy().into_owned();
        needles.text("seized path", &rel);
        if let Some(name) = file.file_name() {
            needles.text("seized name", &name.to_string_lossy());
        }
        let bytes = std::fs::read(file).unwrap();
        if bytes.len() >= 16 {
            needles.add(format!("first bytes of {rel}"), bytes[..16].to_vec());
            let mid = bytes.len() / 2 - 8;
            needles.add(format!("middle bytes of {rel}"), bytes[mid..mid + 16].to_vec());
        }
    }

    // Every content's digests and EXIF, as the lab itself records them.
    let unlock = Unlock::Passphrase(SecretString::from(report.lab_passphrase.clone()));
    let lab = Lab::open_unlocked(&lab_dir, &unlock).unwrap();
    let password = report.accounts.iter().find(|a| a.username == "analyst").unwrap().password.clone();
    let analyst = lab.authenticate("analyst", &password, "test").unwrap();
    let listing = analyst.list_media(&report.case, 1000, 0).unwrap();
    assert!(listing.items.len() > 20, "the demo stored contents");
    let (mut gps, mut exif_strings) = (0, 0);
    for item in &listing.items {
        let media = analyst.show_media(&MediaKey::Sha256(item.sha256)).unwrap();
        needles.digest("SHA-256", &media.sha256.0);
        needles.digest("SHA-1", &media.sha1.0);
        needles.digest("MD5", &media.md5.0);
        if let Some(thumb) = media.thumbnail {
            needles.digest("thumbnail SHA-256", &thumb.0);
        }
        if let Some(exif) = &media.exif {
            for s in
                [&exif.make, &exif.model, &exif.body_serial, &exif.lens_serial, &exif.software, &exif.datetime_original]
                    .into_iter()
                    .flatten()
            {
                needles.text("EXIF", s);
                exif_strings += 1;
            }
            for v in [exif.gps_latitude, exif.gps_longitude].into_iter().flatten() {
                needles.degrees("GPS", v);
                gps += 1;
            }
        }
    }
    assert!(gps > 0 && exif_strings > 0, "the demo's pictures carry EXIF and GPS");
    drop(analyst);
    // A backup of the lab, which travels too: scanned like the lab's files.
    let admin = report.accounts.iter().find(|a| a.username == "admin").unwrap();
    let admin = lab.authenticate("admin", &admin.password, "test").unwrap();
    // The lab's own category profiles, stored encrypted.
    let profile = "stolen-laptop-profile";
    let label = "a category label of this lab";
    let text = format!("[[profile]]\nname = \"{profile}\"\n[profile.categories]\n1 = \"{label}\"\n");
    admin.set_lab_profiles(text.as_bytes()).unwrap();
    needles.text("profile name", profile);
    needles.text("profile label", label);
    let backup = tmp.path().join("lab.backup");
    let written = admin.backup_lab(&backup, &AtomicBool::new(false), &mut |_| {}).unwrap();
    drop(admin);
    assert!(written.blobs > 20, "the backup holds the demo's contents");
    drop(lab);

    let mut files = Vec::new();
    files_under(&lab_dir, &mut files);
    files.push(backup.clone());
    assert!(files.len() > 10, "{files:?}");
    // Needles by their first five bytes: one look-up per byte of the lab.
    let mut by_prefix: std::collections::HashMap<[u8; 5], Vec<&(String, Vec<u8>)>> = Default::default();
    for needle in &needles.0 {
        by_prefix.entry(needle.1[..5].try_into().unwrap()).or_default().push(needle);
    }
    let find = |hay: &[u8], found: &mut dyn FnMut(&str, usize)| {
        for at in 0..hay.len().saturating_sub(4) {
            let Some(candidates) = by_prefix.get(&<[u8; 5]>::try_from(&hay[at..at + 5]).unwrap()) else {
                continue;
            };
            for (label, needle) in candidates {
                if hay[at..].starts_with(needle) {
                    found(label, at);
                }
            }
        }
    };
    // The scanner finds what is there: every seized file of 16 bytes or
    // more is hit by its own first bytes.
    for file in seized.iter().filter(|f| std::fs::metadata(f).unwrap().len() >= 16) {
        let mut found = 0;
        find(&std::fs::read(file).unwrap(), &mut |_, _| found += 1);
        assert!(found > 0, "the scanner misses {}", file.display());
    }
    let mut hits = Vec::new();
    let mut scanned = 0u64;
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        scanned += bytes.len() as u64;
        let name = file.strip_prefix(&lab_dir).unwrap_or(file).to_string_lossy().into_owned();
        find(name.as_bytes(), &mut |label, _| hits.push(format!("{label} in the name {name}")));
        find(&bytes, &mut |label, at| hits.push(format!("{label} in {name} at byte {at}")));
    }
    assert!(scanned > 1_000_000, "scanned {scanned} bytes");
    assert!(hits.is_empty(), "{} needles, {} hits:\n{}", needles.0.len(), hits.len(), hits.join("\n"));
}
