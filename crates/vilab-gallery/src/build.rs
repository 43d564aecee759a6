//! Builds a bundle in memory from a [`BundleSpec`]: checks the spec, lays
//! out the pages, fonts and renditions, lists them in the manifest and signs
//! it.

use ed25519_dalek::{Signer, SigningKey};
use sha2::{Digest, Sha256};

use crate::manifest::{
    MANIFEST_FORMAT, MANIFEST_PATH, Manifest, ManifestFile, SIGNATURE_PATH, fingerprint, uid_problem,
};
use crate::names::{date_problem, id_problem};
use crate::{BundleError, BundleFile, BundleSpec, site};

/// Longest title, recipient, lab name or caption, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;

/// The bundle's files: the pages, fonts, renditions, `manifest.json` and
/// `manifest.sig`, signed with `key`.
pub fn build(spec: &BundleSpec, key: &SigningKey) -> Result<Vec<BundleFile>, BundleError> {
    check(spec)?;
    let public_key = key.verifying_key().to_bytes();
    let fingerprint = fingerprint(&public_key);
    let mut files = vec![
        BundleFile { path: "index.html".into(), bytes: site::index_html(spec).into_bytes() },
        BundleFile { path: "app.js".into(), bytes: site::APP_JS.as_bytes().to_vec() },
        BundleFile { path: "style.css".into(), bytes: site::STYLE_CSS.as_bytes().to_vec() },
        BundleFile {
            path: "data.js".into(),
            bytes: site::data_js(spec, &fingerprint, spec.exercise.as_deref()).into_bytes(),
        },
    ];
    for (path, bytes) in site::FONTS {
        files.push(BundleFile { path: path.to_string(), bytes: bytes.to_vec() });
    }
    for item in &spec.items {
        files.push(BundleFile { path: site::item_path(&item.id), bytes: item.jpeg.clone() });
    }
    let header = Header {
        bundle: spec.uid.clone(),
        title: spec.title.clone(),
        recipient: spec.recipient.clone(),
        lab: spec.lab.clone(),
        created: spec.created.clone(),
        expires: spec.expires.clone(),
        exercise: spec.exercise.clone(),
        items: spec.items.iter().map(|i| i.id.clone()).collect(),
    };
    Ok(sign(header, files, key))
}

/// What a manifest says besides its file list.
#[derive(Clone, Debug)]
pub(crate) struct Header {
    pub bundle: String,
    pub title: String,
    pub recipient: String,
    pub lab: String,
    pub created: String,
    pub expires: String,
    pub exercise: Option<String>,
    pub items: Vec<String>,
}

/// Lists `files` in a manifest with `header`, signs it, and returns the
/// files with `manifest.json` and `manifest.sig` after them. Shared by
/// galleries and exported exercises, so that one verifier serves both.
pub(crate) fn sign(header: Header, mut files: Vec<BundleFile>, key: &SigningKey) -> Vec<BundleFile> {
    let public_key = key.verifying_key().to_bytes();
    let manifest = Manifest {
        format: MANIFEST_FORMAT.into(),
        bundle: header.bundle,
        title: header.title,
        recipient: header.recipient,
        lab: header.lab,
        created: header.created,
        expires: header.expires,
        public_key: hex::encode(public_key),
        fingerprint: fingerprint(&public_key),
        exercise: header.exercise,
        items: header.items,
        files: files
            .iter()
            .map(|f| ManifestFile {
                path: f.path.clone(),
                size: f.bytes.len() as u64,
                sha256: hex::encode(Sha256::digest(&f.bytes)),
            })
            .collect(),
    };
    let manifest_bytes = manifest.to_bytes();
    let signature = key.sign(&manifest_bytes).to_bytes();
    files.push(BundleFile { path: MANIFEST_PATH.into(), bytes: manifest_bytes });
    files.push(BundleFile { path: SIGNATURE_PATH.into(), bytes: format!("{}\n", hex::encode(signature)).into_bytes() });
    files
}

fn check(spec: &BundleSpec) -> Result<(), BundleError> {
    if let Some(p) = uid_problem(&spec.uid) {
        return Err(BundleError::spec("uid", p));
    }
    if let Some(p) = spec.exercise.as_deref().and_then(uid_problem) {
        return Err(BundleError::spec("exercise", p));
    }
    for (field, date) in [("created", &spec.created), ("expires", &spec.expires)] {
        if let Some(p) = date_problem(date) {
            return Err(BundleError::spec(field, p));
        }
    }
    if spec.expires < spec.created {
        return Err(BundleError::spec("expires", "before the creation date"));
    }
    for (field, text) in [("title", &spec.title), ("recipient", &spec.recipient), ("lab", &spec.lab)] {
        text_check(field, text, false)?;
    }
    if spec.items.is_empty() {
        return Err(BundleError::spec("items", "a bundle holds at least one item"));
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, item) in spec.items.iter().enumerate() {
        if let Some(p) = id_problem(&item.id) {
            return Err(BundleError::spec(format!("items[{i}].id"), p));
        }
        if !seen.insert(item.id.as_str()) {
            return Err(BundleError::spec(format!("items[{i}].id"), format!("{:?} appears twice", item.id)));
        }
        text_check(&format!("items[{i}].caption"), &item.caption, true)?;
        // A rendition is a JPEG the caller re-encoded from pixels: anything
        // else is a wiring mistake worth stopping on.
        if !item.jpeg.starts_with(&[0xFF, 0xD8, 0xFF]) {
            return Err(BundleError::spec(format!("items[{i}].jpeg"), "not a JPEG (no SOI marker)"));
        }
    }
    Ok(())
}

pub(crate) fn text_check(field: &str, text: &str, may_be_empty: bool) -> Result<(), BundleError> {
    if !may_be_empty && text.trim().is_empty() {
        return Err(BundleError::spec(field, "empty"));
    }
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(BundleError::spec(field, format!("longer than {MAX_TEXT_CHARS} characters")));
    }
    if text.chars().any(|c| c.is_control() && c != '\n') {
        return Err(BundleError::spec(field, "holds a control character"));
    }
    Ok(())
}
