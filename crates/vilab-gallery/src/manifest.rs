//! `manifest.json` (format `vilab.bundle/1`) and its parser: what the
//! bundle is, who signed it, and every other file's path, size and SHA-256.
//! `manifest.sig` holds the Ed25519 signature of its exact bytes.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::BundleError;
use crate::names::{date_problem, id_problem, path_problem};

/// The manifest's path in a bundle.
pub const MANIFEST_PATH: &str = "manifest.json";
/// The signature's path in a bundle: 128 lowercase hex digits and a newline.
pub const SIGNATURE_PATH: &str = "manifest.sig";
/// The manifest's format tag.
pub const MANIFEST_FORMAT: &str = "vilab.bundle/1";

/// Largest manifest read, in bytes (a bundle of 100,000 files fits).
pub const MAX_MANIFEST_BYTES: usize = 16 << 20;

/// A bundle's manifest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always [`MANIFEST_FORMAT`].
    pub format: String,
    /// The bundle's uid.
    pub bundle: String,
    /// The gallery's title.
    pub title: String,
    /// Who the bundle is for.
    pub recipient: String,
    /// The lab that made and signed it.
    pub lab: String,
    /// Day made, `YYYY-MM-DD`.
    pub created: String,
    /// Last day to view, `YYYY-MM-DD`.
    pub expires: String,
    /// The lab's Ed25519 public key, 64 lowercase hex digits.
    pub public_key: String,
    /// [`fingerprint`] of the public key, for people to compare.
    pub fingerprint: String,
    /// The exercise's uid, for a training exercise's bundle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise: Option<String>,
    /// The item ids, in order (a clue file's items must be among them).
    pub items: Vec<String>,
    /// Every file of the bundle but the manifest and its signature.
    pub files: Vec<ManifestFile>,
}

/// One listed file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestFile {
    /// Path inside the bundle.
    pub path: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256, 64 lowercase hex digits.
    pub sha256: String,
}

/// A key's fingerprint for people: the first 16 bytes of the SHA-256 of the
/// 32-byte public key, in groups of four hex digits.
pub fn fingerprint(public_key: &[u8; 32]) -> String {
    let digest = Sha256::digest(public_key);
    let hex = hex::encode(&digest[..16]);
    hex.as_bytes().chunks(4).map(|c| std::str::from_utf8(c).unwrap_or("")).collect::<Vec<_>>().join(" ")
}

fn problem(line: usize, column: usize, problem: impl Into<String>) -> BundleError {
    BundleError::Manifest { path: MANIFEST_PATH.into(), line, column, problem: problem.into() }
}

fn is_hex(text: &str, len: usize) -> bool {
    text.len() == len && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Parses and checks a manifest: JSON errors at their line and column;
/// rule breaks (format, key, dates, paths, duplicates) naming the field.
pub fn parse_manifest(bytes: &[u8]) -> Result<Manifest, BundleError> {
    if bytes.len() > MAX_MANIFEST_BYTES {
        return Err(problem(0, 0, format!("{} bytes, more than the limit of {MAX_MANIFEST_BYTES}", bytes.len())));
    }
    let manifest: Manifest = serde_json::from_slice(bytes).map_err(|e| problem(e.line(), e.column(), e.to_string()))?;
    let field = |name: &str, what: &str| problem(0, 0, format!("{name}: {what}"));
    if manifest.format != MANIFEST_FORMAT {
        return Err(field("format", &format!("{:?}, expected {MANIFEST_FORMAT:?}", manifest.format)));
    }
    if let Some(p) = uid_problem(&manifest.bundle) {
        return Err(field("bundle", p));
    }
    if let Some(p) = manifest.exercise.as_deref().and_then(uid_problem) {
        return Err(field("exercise", p));
    }
    if !is_hex(&manifest.public_key, 64) {
        return Err(field("public_key", "must be 64 lowercase hex digits"));
    }
    for (name, date) in [("created", &manifest.created), ("expires", &manifest.expires)] {
        if let Some(p) = date_problem(date) {
            return Err(field(name, p));
        }
    }
    let mut ids = std::collections::BTreeSet::new();
    for (i, id) in manifest.items.iter().enumerate() {
        if let Some(p) = id_problem(id) {
            return Err(field(&format!("items[{i}]"), p));
        }
        if !ids.insert(id.as_str()) {
            return Err(field(&format!("items[{i}]"), "duplicate item id"));
        }
    }
    let mut paths = std::collections::BTreeSet::new();
    for (i, file) in manifest.files.iter().enumerate() {
        let name = format!("files[{i}].path");
        if let Some(p) = path_problem(&file.path) {
            return Err(field(&name, &format!("{:?}: {p}", file.path)));
        }
        if file.path == MANIFEST_PATH || file.path == SIGNATURE_PATH {
            return Err(field(&name, "the manifest and its signature are not listed"));
        }
        if !paths.insert(file.path.as_str()) {
            return Err(field(&name, &format!("{:?} listed twice", file.path)));
        }
        if !is_hex(&file.sha256, 64) {
            return Err(field(&format!("files[{i}].sha256"), "must be 64 lowercase hex digits"));
        }
    }
    Ok(manifest)
}

/// Why `uid` is not a bundle uid, or `None`.
pub(crate) fn uid_problem(uid: &str) -> Option<&'static str> {
    if uid.len() < 8 || uid.len() > 64 || !uid.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Some("must be 8 to 64 ASCII letters, digits or '-'");
    }
    None
}

impl Manifest {
    /// The public key's bytes (checked by [`parse_manifest`]).
    pub fn public_key_bytes(&self) -> Option<[u8; 32]> {
        hex::decode(&self.public_key).ok()?.try_into().ok()
    }

    /// The manifest's bytes as the bundle stores and signs them.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec_pretty(self).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }
}
