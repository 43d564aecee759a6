//! Hash sets: import (the format told from the file's bytes, the category
//! profile checked), list, show, remove, and the export of a case's hashes.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use serde::Serialize;
use serde_json::json;
use sha2::Digest as _;
use vilab_core::known::KnownMedia;
use vilab_hashset::HashsetError;
use vilab_hashset::lists::{read_csv, read_list, write_csv, write_list};
use vilab_hashset::pipe::read_beside;
use vilab_hashset::profiles::Profiles;
use vilab_hashset::vics::{CaseHeader, read_vics, write_vics2};
use vilab_store::model::{Hashset, NewHashset};

use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::{store, unreadable};
use crate::guard::{Done, Permit, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// The file in the lab directory with the lab's own category profiles.
pub const PROFILES_FILE: &str = "profiles.toml";

/// A hash set as outputs show it.
#[derive(Clone, Debug, Serialize)]
pub struct HashsetView {
    /// Its name.
    pub name: String,
    /// Its id outside this lab.
    pub uid: String,
    /// The category profile its numbers are read through.
    pub profile: String,
    /// `vics1`, `vics2`, `list` or `csv`.
    pub format: String,
    /// SHA-256 of the file imported (hex).
    pub source_sha256: String,
    /// When (Unix seconds).
    pub imported_at: i64,
    /// Entries stored.
    pub entries: u64,
}
shape!(HashsetView, "vilab.hashset/1");

impl From<Hashset> for HashsetView {
    fn from(h: Hashset) -> Self {
        HashsetView {
            name: h.name,
            uid: h.uid,
            profile: h.profile,
            format: h.format,
            source_sha256: h.source_sha256,
            imported_at: h.imported_at,
            entries: h.entries,
        }
    }
}

/// Every hash set.
#[derive(Clone, Debug, Serialize)]
pub struct HashsetList {
    /// By name.
    pub hashsets: Vec<HashsetView>,
}
shape!(HashsetList, "vilab.hashset-list/1");

/// A hash set to import.
#[derive(Clone, Debug)]
pub struct HashsetImport<'a> {
    /// Its name in the lab.
    pub name: &'a str,
    /// The category profile (`vic-us`, `dhs`, `caid`, `lab`, or the lab's own).
    pub profile: &'a str,
    /// The file: VICS 1.x or 2.0, a CSV with a header, or a plain list.
    pub file: &'a Path,
    /// Bytes read so far, for a progress display.
    pub read_bytes: Arc<AtomicU64>,
}

/// How a case's hashes are exported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// VICS 2.0 JSON, media shape.
    Vics2Media,
    /// VICS 2.0 JSON, case shape (with the case's header).
    Vics2Case,
    /// One MD5 per line.
    Md5,
    /// One SHA-1 per line.
    Sha1,
    /// One SHA-256 per line.
    Sha256,
    /// CSV with a header.
    Csv,
}

/// What an export wrote.
#[derive(Clone, Debug, Serialize)]
pub struct ExportReport {
    /// The case.
    pub case: String,
    /// Records written.
    pub records: u64,
}
shape!(ExportReport, "vilab.hashset-export/1");

/// The built-in profiles and the lab's own (`profiles.toml`, if present;
/// kept encrypted in an encrypted lab: `vilab_store::profiles`).
pub(crate) fn lab_profiles(permit: &Permit<'_>) -> Result<Profiles> {
    let path = permit.lab_dir().join(PROFILES_FILE);
    match permit.store_lab().profiles_text().map_err(store)? {
        Some(bytes) => Profiles::with_lab_bytes(&bytes)
            .map_err(|e| AppError::new(Code::ProfilesMalformed).with("file", path.display().to_string()).detail(e)),
        None => Ok(Profiles::default()),
    }
}

/// What replacing the lab's own profiles did.
#[derive(Clone, Debug, Serialize)]
pub struct ProfilesSet {
    /// The lab's own profiles now, by name (the built-in ones stay).
    pub profiles: Vec<String>,
    /// Whether they are stored encrypted (an encrypted lab).
    pub encrypted: bool,
}
shape!(ProfilesSet, "vilab.profiles-set/1");

/// The format from the first bytes: VICS JSON (2.0 has `@odata.context`),
/// CSV (a header naming a hash column), else a plain list.
pub fn sniff_format(head: &[u8]) -> &'static str {
    let head = String::from_utf8_lossy(head);
    let head = head.trim_start_matches('\u{feff}').trim_start();
    let first_line = head.lines().next().unwrap_or("").to_ascii_lowercase();
    match head.chars().next() {
        Some('{') if head.contains("@odata.context") => "vics2",
        Some('{') => "vics1",
        _ if first_line.contains(',') && ["md5", "sha1", "sha256", "pdq"].iter().any(|c| first_line.contains(c)) => {
            "csv"
        }
        _ => "list",
    }
}

/// Hashes and counts every byte read, and fails once `stop` is set.
struct HashingReader<'s, R> {
    inner: R,
    hasher: sha2::Sha256,
    read: Arc<AtomicU64>,
    stop: &'s AtomicBool,
}

/// The message of the read error a stop makes (never shown: the import
/// reports [`Code::Interrupted`]).
const STOPPED: &str = "stopped";

impl<R: Read> Read for HashingReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.stop.load(Ordering::Relaxed) {
            // Not `ErrorKind::Interrupted`: readers retry on that.
            return Err(std::io::Error::other(STOPPED));
        }
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

impl Session<'_> {
    /// Imports a hash-set file whole or not at all. The file is read once:
    /// parsed on a second thread while this one stores, and hashed on the
    /// way. A stop abandons it, storing nothing.
    pub fn import_hashset(&self, import: &HashsetImport<'_>, stop: &AtomicBool) -> Result<HashsetView> {
        let target = Target::Named { kind: "hashset", name: import.name };
        self.act(Action::HashsetImport, target, |permit| {
            let profiles = lab_profiles(permit)?;
            let Some(profile) = profiles.get(import.profile) else {
                let known: Vec<&str> = profiles.all.iter().map(|p| p.name.as_str()).collect();
                return Err(AppError::new(Code::ProfileUnknown)
                    .with("profile", import.profile)
                    .with("known", known.join(", ")));
            };
            let file = import.file;
            let mut head = vec![0u8; 4096];
            let n = std::fs::File::open(file).and_then(|mut f| f.read(&mut head)).map_err(|e| unreadable(file, e))?;
            let format = sniff_format(&head[..n]);
            let new =
                NewHashset { name: import.name.to_string(), profile: profile.name.clone(), format: format.into() };
            let mut read_error: Option<HashsetError> = None;
            let mut open_error: Option<std::io::Error> = None;
            let stored = permit.store().import_hashset(&new, &mut |sink| {
                let opened = match std::fs::File::open(file) {
                    Ok(f) => f,
                    Err(e) => {
                        let message = e.to_string();
                        open_error = Some(e);
                        return Err(message);
                    }
                };
                let mut reader = HashingReader {
                    inner: std::io::BufReader::with_capacity(1 << 20, opened),
                    hasher: sha2::Sha256::new(),
                    read: Arc::clone(&import.read_bytes),
                    stop,
                };
                let result = read_beside(
                    |feed| {
                        match format {
                            "csv" => read_csv(&mut reader, feed).map(drop),
                            "list" => read_list(&mut reader, feed).map(drop),
                            _ => read_vics(&mut reader, feed).map(drop),
                        }?;
                        // The parsers stop at the end of what they need; the digest is of the whole file.
                        std::io::copy(&mut reader, &mut std::io::sink())?;
                        Ok(std::mem::replace(&mut reader.hasher, sha2::Sha256::new()).finalize().into())
                    },
                    sink,
                );
                result.map_err(|e| {
                    let message = e.to_string();
                    read_error = Some(e);
                    message
                })
            });
            if stop.load(Ordering::Relaxed) && stored.is_err() {
                return Err(AppError::new(Code::Interrupted).with("file", file.display().to_string()));
            }
            let set = match (stored, read_error, open_error) {
                (Ok(set), _, _) => set,
                (Err(_), _, Some(e)) => return Err(unreadable(file, e)),
                (Err(_), Some(e), None) => return Err(crate::error_map::hashset(e, file)),
                (Err(e), None, None) => return Err(store(e)),
            };
            let details = json!({
                "format": set.format,
                "profile": set.profile,
                "entries": set.entries,
                "source_sha256": set.source_sha256,
            });
            Ok(Done::new(HashsetView::from(set), details))
        })
    }

    /// Replaces the lab's own category profiles with `text` (the format of
    /// `profiles.toml`), checked first: a malformed text changes nothing.
    /// In an encrypted lab they are stored encrypted, never in clear.
    pub fn set_lab_profiles(&self, text: &[u8]) -> Result<ProfilesSet> {
        self.act(Action::HashsetProfiles, Target::Lab, |permit| {
            let parsed = Profiles::with_lab_bytes(text)
                .map_err(|e| AppError::new(Code::ProfilesMalformed).with("file", PROFILES_FILE).detail(e))?;
            let builtin: Vec<String> = Profiles::default().all.into_iter().map(|p| p.name).collect();
            let profiles: Vec<String> =
                parsed.all.into_iter().map(|p| p.name).filter(|n| !builtin.contains(n)).collect();
            permit.store_lab().set_profiles_text(text).map_err(store)?;
            let encrypted = permit.store_lab().encrypted();
            // Counts only: a profile's name may tell what a lab works on.
            let details = json!({ "profiles": profiles.len(), "encrypted": encrypted });
            Ok(Done::new(ProfilesSet { profiles, encrypted }, details))
        })
    }

    /// The text of the lab's own category profiles as stored (decrypted in
    /// an encrypted lab), `None` when it has none of its own. Audited by
    /// size only.
    pub fn lab_profiles(&self) -> Result<Option<Vec<u8>>> {
        self.act(Action::HashsetProfiles, Target::Lab, |permit| {
            let text = permit.store_lab().profiles_text().map_err(store)?;
            let details = json!({ "bytes": text.as_ref().map(Vec::len) });
            Ok(Done::new(text, details))
        })
    }

    /// Every hash set, by name.
    pub fn list_hashsets(&self) -> Result<HashsetList> {
        self.act(Action::HashsetList, Target::Lab, |permit| {
            let hashsets = permit.store().list_hashsets().map_err(store)?.into_iter().map(HashsetView::from).collect();
            Ok(Done::plain(HashsetList { hashsets }))
        })
    }

    /// One hash set.
    pub fn show_hashset(&self, name: &str) -> Result<HashsetView> {
        self.act(Action::HashsetList, Target::Named { kind: "hashset", name }, |permit| {
            let set = permit
                .store()
                .hashset_by_name(name)
                .map_err(store)?
                .ok_or_else(|| AppError::new(Code::HashsetNotFound).with("name", name))?;
            Ok(Done::plain(HashsetView::from(set)))
        })
    }

    /// Removes a hash set and its entries (the matches it made go too).
    pub fn remove_hashset(&self, name: &str) -> Result<HashsetView> {
        self.act(Action::HashsetRemove, Target::Named { kind: "hashset", name }, |permit| {
            let set = permit
                .store()
                .hashset_by_name(name)
                .map_err(store)?
                .ok_or_else(|| AppError::new(Code::HashsetNotFound).with("name", name))?;
            permit.store().remove_hashset(name).map_err(store)?;
            let details = json!({ "entries": set.entries, "source_sha256": set.source_sha256 });
            Ok(Done::new(HashsetView::from(set), details))
        })
    }

    /// Writes a case's hashes to `out` (with the category each item's
    /// strongest match proposes).
    pub fn export_hashes(&self, case: &str, format: ExportFormat, out: &mut dyn Write) -> Result<ExportReport> {
        self.act(Action::HashsetExport, Target::Case(case), |permit| {
            let case = permit.case();
            let profiles = lab_profiles(permit)?;
            let triage = vilab_match::triage(permit.store(), case.id, &profiles).map_err(crate::error_map::matching)?;
            let records: Vec<KnownMedia> = permit
                .store()
                .case_digests(case.id)
                .map_err(store)?
                .into_iter()
                .map(|d| {
                    let proposal =
                        triage.items.iter().find(|t| t.item.media == d.media).and_then(|t| t.proposal.as_ref());
                    KnownMedia {
                        media_id: Some(d.media.0),
                        md5: Some(d.md5),
                        sha1: Some(d.sha1),
                        sha256: Some(d.sha256),
                        pdq: d.pdq,
                        size: d.size,
                        category: proposal.and_then(|p| p.hit.category),
                        series: proposal.and_then(|p| p.hit.series.clone()),
                        is_precategorized: Some(proposal.is_some()),
                        ..KnownMedia::default()
                    }
                })
                .collect();
            let header = CaseHeader {
                case_id: guid(&case.uid),
                case_number: case.name.clone(),
                application: format!("vilab {}", env!("CARGO_PKG_VERSION")),
            };
            let mut out = std::io::BufWriter::new(out);
            let written = match format {
                ExportFormat::Vics2Media => write_vics2(&mut out, None, records),
                ExportFormat::Vics2Case => write_vics2(&mut out, Some(&header), records),
                ExportFormat::Md5 => write_list(&mut out, "md5", records),
                ExportFormat::Sha1 => write_list(&mut out, "sha1", records),
                ExportFormat::Sha256 => write_list(&mut out, "sha256", records),
                ExportFormat::Csv => write_csv(&mut out, records).map_err(std::io::Error::other),
            };
            let records = written
                .and_then(|n| out.flush().map(|()| n))
                .map_err(|e| AppError::new(Code::FileUnwritable).with("file", "-").detail(e))?;
            let details = json!({ "format": format!("{format:?}"), "records": records });
            Ok(Done::new(ExportReport { case: case.name.clone(), records }, details))
        })
    }
}

/// The case's 32-hex-digit uid written as a GUID, as VICS wants `CaseID`.
fn guid(uid: &str) -> String {
    if uid.len() == 32 {
        format!("{}-{}-{}-{}-{}", &uid[..8], &uid[8..12], &uid[12..16], &uid[16..20], &uid[20..])
    } else {
        uid.to_string()
    }
}
