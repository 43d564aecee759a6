//! Verifies a bundle: the manifest's signature holds (under the expected
//! key, when one is given), and the files are exactly those listed, each
//! with its size and SHA-256. The first fault found is returned, naming the
//! file.

use std::collections::BTreeMap;

use ed25519_dalek::{Signature, VerifyingKey};
use sha2::{Digest, Sha256};

use crate::manifest::{MANIFEST_PATH, Manifest, SIGNATURE_PATH, fingerprint, parse_manifest};
use crate::names::path_problem;
use crate::{BundleError, BundleFile};

/// A bundle whose signature and files checked out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifiedBundle {
    /// Its manifest.
    pub manifest: Manifest,
}

impl VerifiedBundle {
    /// The bundle's uid.
    pub fn uid(&self) -> &str {
        &self.manifest.bundle
    }
}

fn signature_error(problem: impl Into<String>) -> BundleError {
    BundleError::Signature { path: SIGNATURE_PATH.into(), problem: problem.into() }
}

/// Checks `files` (as [`crate::read_dir`] gives them) as a bundle signed by
/// `expected_key` when given, else by the key its manifest names.
pub fn verify(files: &[BundleFile], expected_key: Option<&[u8; 32]>) -> Result<VerifiedBundle, BundleError> {
    let mut by_path: BTreeMap<&str, &[u8]> = BTreeMap::new();
    for file in files {
        if let Some(p) = path_problem(&file.path) {
            return Err(BundleError::path(&file.path, p));
        }
        if by_path.insert(file.path.as_str(), &file.bytes).is_some() {
            return Err(BundleError::path(&file.path, "appears twice"));
        }
    }
    let manifest_bytes = by_path.get(MANIFEST_PATH).ok_or(BundleError::Missing { path: MANIFEST_PATH.into() })?;
    let signature_bytes = by_path.get(SIGNATURE_PATH).ok_or(BundleError::Missing { path: SIGNATURE_PATH.into() })?;
    let manifest = parse_manifest(manifest_bytes)?;
    let public_key = manifest.public_key_bytes().ok_or_else(|| BundleError::Manifest {
        path: MANIFEST_PATH.into(),
        line: 0,
        column: 0,
        problem: "public_key: not 64 hex digits".into(),
    })?;
    if let Some(expected) = expected_key
        && *expected != public_key
    {
        return Err(BundleError::WrongKey {
            path: MANIFEST_PATH.into(),
            expected: hex::encode(expected),
            found: manifest.public_key.clone(),
        });
    }
    if manifest.fingerprint != fingerprint(&public_key) {
        return Err(BundleError::Manifest {
            path: MANIFEST_PATH.into(),
            line: 0,
            column: 0,
            problem: "fingerprint: not the public key's".into(),
        });
    }
    let signature = parse_signature(signature_bytes)?;
    let key = VerifyingKey::from_bytes(&public_key).map_err(|_| BundleError::Manifest {
        path: MANIFEST_PATH.into(),
        line: 0,
        column: 0,
        problem: "public_key: not a valid Ed25519 key".into(),
    })?;
    // Strict: rejects malleable signatures and small-order keys.
    key.verify_strict(manifest_bytes, &signature).map_err(|_| {
        signature_error("does not verify against manifest.json: one of the two was changed, or another key signed it")
    })?;

    for listed in &manifest.files {
        let bytes =
            by_path.get(listed.path.as_str()).ok_or_else(|| BundleError::Missing { path: listed.path.clone() })?;
        if bytes.len() as u64 != listed.size {
            return Err(BundleError::Size {
                path: listed.path.clone(),
                listed: listed.size,
                found: bytes.len() as u64,
            });
        }
        let found = hex::encode(Sha256::digest(bytes));
        if found != listed.sha256 {
            return Err(BundleError::Hash { path: listed.path.clone(), listed: listed.sha256.clone(), found });
        }
    }
    let listed: std::collections::BTreeSet<&str> = manifest.files.iter().map(|f| f.path.as_str()).collect();
    if let Some(extra) = by_path.keys().find(|p| **p != MANIFEST_PATH && **p != SIGNATURE_PATH && !listed.contains(**p))
    {
        return Err(BundleError::Extra { path: extra.to_string() });
    }
    Ok(VerifiedBundle { manifest })
}

/// `manifest.sig`: 128 lowercase hex digits, one optional final newline.
fn parse_signature(bytes: &[u8]) -> Result<Signature, BundleError> {
    let text = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    if text.len() != 128 || !text.iter().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b)) {
        return Err(signature_error("expected 128 lowercase hex digits and a newline"));
    }
    let raw: [u8; 64] = hex::decode(text)
        .ok()
        .and_then(|v| v.try_into().ok())
        .ok_or_else(|| signature_error("expected 128 lowercase hex digits"))?;
    Ok(Signature::from_bytes(&raw))
}
