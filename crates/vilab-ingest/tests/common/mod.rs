//! What the ingest tests share: a real lab in a temporary folder with one
//! case, ingests into it, and readers of what it recorded.

#![allow(dead_code)]

use std::collections::{BTreeSet, HashMap};
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::AtomicBool;

use crossbeam_channel::{Sender, unbounded};
use vilab_core::Sha256;
use vilab_core::model::{IngestError, OccurrenceKey};
use vilab_ingest::{IngestOptions, IngestSummary, PipelineError, ProgressEvent, ingest_folder};
use vilab_store::{BlobStore, CaseCounts, CaseId, Exhibit, Lab, MediaKey, MediaQuery, NewAccount};
use vilab_synth::{PlaceName, SeizureManifest, SeizureSpec, generate_seizure, jpeg_bytes, scene};

/// A lab with one case, in its own temporary directory; its exhibit
/// `laptop-1` is opened from the first folder ingested.
pub struct TestLab {
    pub dir: tempfile::TempDir,
    pub lab: Lab,
    pub case: CaseId,
    exhibit: OnceLock<Exhibit>,
}

impl TestLab {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let admin = NewAccount {
            username: "admin".into(),
            password: "correct horse battery staple".into(),
            role: vilab_store::Role::Admin,
        };
        let (lab, _) = Lab::init(&dir.path().join("lab"), &admin).unwrap();
        let case = lab.store().create_case("OP-2026-001").unwrap();
        TestLab { dir, lab, case: case.id, exhibit: OnceLock::new() }
    }

    /// The exhibit, opened from `root` the first time.
    pub fn exhibit_for(&self, root: &Path) -> &Exhibit {
        self.exhibit.get_or_init(|| {
            let source = vilab_ingest::pipeline::source_text(&std::fs::canonicalize(root).unwrap());
            self.lab.store().open_exhibit(self.case, "laptop-1", &source).unwrap()
        })
    }

    /// The exhibit (after a first ingest).
    pub fn exhibit(&self) -> &Exhibit {
        self.exhibit.get().expect("ingest first")
    }

    /// Ingests `root` to the end (no stop), draining progress events.
    pub fn ingest(&self, root: &Path, options: &IngestOptions) -> IngestSummary {
        let (summary, events) = self.ingest_events(root, options);
        assert!(!events.is_empty(), "an ingest reports progress");
        summary
    }

    /// Ingests `root` to the end; returns its progress events too.
    pub fn ingest_events(&self, root: &Path, options: &IngestOptions) -> (IngestSummary, Vec<ProgressEvent>) {
        let stop = AtomicBool::new(false);
        let (sender, receiver) = unbounded();
        let summary = self.ingest_with(root, options, &stop, &sender);
        drop(sender);
        (summary, receiver.iter().collect())
    }

    pub fn ingest_with(
        &self,
        root: &Path,
        options: &IngestOptions,
        stop: &AtomicBool,
        progress: &Sender<ProgressEvent>,
    ) -> IngestSummary {
        self.try_ingest(root, options, stop, progress, self.lab.blobs()).unwrap()
    }

    pub fn try_ingest(
        &self,
        root: &Path,
        options: &IngestOptions,
        stop: &AtomicBool,
        progress: &Sender<ProgressEvent>,
        blobs: &dyn BlobStore,
    ) -> Result<IngestSummary, PipelineError> {
        let exhibit = self.exhibit_for(root).clone();
        let root = std::fs::canonicalize(root).unwrap();
        ingest_folder(self.lab.store(), blobs, &exhibit, &root, options, stop, progress)
    }

    pub fn counts(&self) -> CaseCounts {
        self.lab.store().case_counts(self.case).unwrap()
    }

    /// The open errors of the case.
    pub fn errors(&self) -> Vec<IngestError> {
        self.lab.store().ingest_errors(self.case).unwrap().into_iter().map(|(_, e)| e).collect()
    }

    /// The error rows of one place.
    pub fn errors_at(&self, place: &PlaceName) -> Vec<IngestError> {
        self.errors().into_iter().filter(|e| place.matches(&e.key)).collect()
    }

    pub fn media(&self, sha256: &Sha256) -> vilab_store::MediaDetail {
        self.lab.store().media(&MediaKey::Sha256(*sha256)).unwrap().unwrap_or_else(|| panic!("no media {sha256}"))
    }

    pub fn has_media(&self, sha256: &Sha256) -> bool {
        self.lab.store().media(&MediaKey::Sha256(*sha256)).unwrap().is_some()
    }

    /// Every occurrence key recorded in the case.
    pub fn keys(&self) -> Vec<OccurrenceKey> {
        let mut keys = Vec::new();
        for m in self.lab.store().list_media(self.case, &MediaQuery { limit: 100_000, offset: 0, kind: None }).unwrap()
        {
            keys.extend(self.media(&m.sha256).occurrences.into_iter().map(|o| o.occurrence.key));
        }
        keys
    }

    /// Every place recorded in the case, as shown; each once.
    pub fn occurrence_keys(&self) -> BTreeSet<(String, String)> {
        let mut shown = BTreeSet::new();
        for key in self.keys() {
            assert!(shown.insert((key.path_display(), key.archive_display())), "{key:?} shown twice");
        }
        shown
    }

    /// The contents recorded at each place (a place may hold several over time).
    pub fn contents_at(&self) -> HashMap<(String, String), Vec<Sha256>> {
        let mut out: HashMap<_, Vec<Sha256>> = HashMap::new();
        for m in self.lab.store().list_media(self.case, &MediaQuery { limit: 100_000, offset: 0, kind: None }).unwrap()
        {
            for o in self.media(&m.sha256).occurrences {
                let key = o.occurrence.key;
                out.entry((key.path_display(), key.archive_display())).or_default().push(m.sha256);
            }
        }
        out
    }
}

pub fn seizure(seed: u64) -> (tempfile::TempDir, SeizureManifest) {
    let dir = tempfile::tempdir().unwrap();
    let manifest = generate_seizure(&dir.path().join("seizure"), &SeizureSpec::small(seed)).unwrap();
    (dir, manifest)
}

pub fn seizure_root(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("seizure")
}

/// A place as an ingest shows it.
pub fn place(path: &str, archive_path: &str) -> PlaceName {
    PlaceName { path: path.into(), archive_path: archive_path.into() }
}

/// A set of shown places.
pub fn places(pairs: &[(&str, &str)]) -> BTreeSet<(String, String)> {
    pairs.iter().map(|(p, a)| (p.to_string(), a.to_string())).collect()
}

/// A zip of `members` (name, bytes, deflated?).
pub fn zip_of(members: &[(&str, &[u8], bool)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes, deflate) in members {
        let method = if *deflate { zip::CompressionMethod::Deflated } else { zip::CompressionMethod::Stored };
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        writer.start_file(*name, options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// Sets a file's modification time well in the past, as seized files have:
/// the ledger then trusts it (a time within seconds of the read is in doubt).
pub fn age(path: &Path) {
    let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000);
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_times(std::fs::FileTimes::new().set_modified(old).set_accessed(old)).unwrap();
}

/// Writes `bytes` at `dir/name` with an old modification time.
pub fn write_old(dir: &Path, name: &str, bytes: &[u8]) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, bytes).unwrap();
    age(&path);
}

/// A small folder with a picture and a text file beside the zips under test.
pub fn folder_with(zips: &[(&str, Vec<u8>)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_old(dir.path(), "photo.jpg", &jpeg_bytes(&scene(7, 160, 120), 90));
    write_old(dir.path(), "notes.txt", b"meeting at noon\n");
    for (name, bytes) in zips {
        write_old(dir.path(), name, bytes);
    }
    dir
}

pub fn assert_rest_ingested(lab: &TestLab, dir: &Path) {
    for name in ["photo.jpg", "notes.txt"] {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        let detail = lab.media(&Sha256::of(&bytes));
        assert_eq!(detail.occurrences.len(), 1, "{name}");
        assert!(detail.errors.is_empty(), "{name}: {:?}", detail.errors);
    }
    let photo = lab.media(&Sha256::of(&std::fs::read(dir.join("photo.jpg")).unwrap()));
    assert!(photo.record.pdq.is_some());
}

/// A stored zip written byte by byte: `locals` are (name, data) local
/// entries in order; `central` are (name, index of the local entry it
/// points at, UTF-8 flag): hostile archives the `zip` crate will not write.
pub fn raw_zip(locals: &[(&[u8], &[u8])], central: &[(&[u8], usize, bool)]) -> Vec<u8> {
    fn u16le(v: usize) -> [u8; 2] {
        (v as u16).to_le_bytes()
    }
    fn u32le(v: u64) -> [u8; 4] {
        (v as u32).to_le_bytes()
    }
    let mut out = Vec::new();
    let mut offsets = Vec::new();
    for (name, data) in locals {
        offsets.push(out.len() as u64);
        let crc = crc32(data);
        out.extend_from_slice(b"PK\x03\x04");
        out.extend_from_slice(&u16le(20));
        out.extend_from_slice(&u16le(0)); // flags
        out.extend_from_slice(&u16le(0)); // stored
        out.extend_from_slice(&[0, 0, 0x21, 0x58]); // a DOS time and date
        out.extend_from_slice(&u32le(u64::from(crc)));
        out.extend_from_slice(&u32le(data.len() as u64));
        out.extend_from_slice(&u32le(data.len() as u64));
        out.extend_from_slice(&u16le(name.len()));
        out.extend_from_slice(&u16le(0));
        out.extend_from_slice(name);
        out.extend_from_slice(data);
    }
    let cd_start = out.len() as u64;
    for (name, local, utf8) in central {
        let data = locals[*local].1;
        out.extend_from_slice(b"PK\x01\x02");
        out.extend_from_slice(&u16le(20));
        out.extend_from_slice(&u16le(20));
        out.extend_from_slice(&u16le(if *utf8 { 0x0800 } else { 0 }));
        out.extend_from_slice(&u16le(0));
        out.extend_from_slice(&[0, 0, 0x21, 0x58]);
        out.extend_from_slice(&u32le(u64::from(crc32(data))));
        out.extend_from_slice(&u32le(data.len() as u64));
        out.extend_from_slice(&u32le(data.len() as u64));
        out.extend_from_slice(&u16le(name.len()));
        out.extend_from_slice(&u16le(0)); // extra
        out.extend_from_slice(&u16le(0)); // comment
        out.extend_from_slice(&u16le(0)); // disk
        out.extend_from_slice(&u16le(0)); // internal attributes
        out.extend_from_slice(&u32le(0)); // external attributes
        out.extend_from_slice(&u32le(offsets[*local]));
        out.extend_from_slice(name);
    }
    let cd_len = out.len() as u64 - cd_start;
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(&u16le(central.len()));
    out.extend_from_slice(&u16le(central.len()));
    out.extend_from_slice(&u32le(cd_len));
    out.extend_from_slice(&u32le(cd_start));
    out.extend_from_slice(&u16le(0));
    out
}

/// CRC-32 (IEEE), bit by bit: tests need it for a few small members.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}
