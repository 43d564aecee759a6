//! The errors of building, reading and verifying a bundle; each names the
//! file (its path inside the bundle) or the field at fault.

use std::path::PathBuf;

/// Why a bundle could not be built, read or verified.
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    /// A field of the [`crate::BundleSpec`] is unusable.
    #[error("bundle spec: {field}: {problem}")]
    Spec {
        /// The field, e.g. `items[3].id`.
        field: String,
        /// What is wrong with it.
        problem: String,
    },
    /// `manifest.json` does not parse or breaks the format's rules.
    #[error("{path}: line {line}, column {column}: {problem}")]
    Manifest {
        /// Always `manifest.json`.
        path: String,
        /// 1-based line (0 when the problem is not at a place in the text).
        line: usize,
        /// 1-based column (0 likewise).
        column: usize,
        /// What is wrong.
        problem: String,
    },
    /// The signature file is malformed or does not verify.
    #[error("{path}: {problem}")]
    Signature {
        /// Always `manifest.sig`.
        path: String,
        /// What is wrong.
        problem: String,
    },
    /// The bundle is signed by another key than the one expected.
    #[error("{path}: signed by key {found}, expected {expected}")]
    WrongKey {
        /// Always `manifest.json`.
        path: String,
        /// The expected public key, hex.
        expected: String,
        /// The manifest's public key, hex.
        found: String,
    },
    /// A listed file is not in the bundle.
    #[error("{path}: listed in the manifest but missing")]
    Missing {
        /// The file's path in the bundle.
        path: String,
    },
    /// A file is in the bundle but not in the manifest.
    #[error("{path}: not listed in the manifest (extra file)")]
    Extra {
        /// The file's path in the bundle.
        path: String,
    },
    /// A file's size differs from the manifest's.
    #[error("{path}: {found} bytes where the manifest lists {listed}")]
    Size {
        /// The file's path in the bundle.
        path: String,
        /// The size in the manifest.
        listed: u64,
        /// The size found.
        found: u64,
    },
    /// A file's SHA-256 differs from the manifest's.
    #[error("{path}: SHA-256 {found} where the manifest lists {listed}")]
    Hash {
        /// The file's path in the bundle.
        path: String,
        /// The hash in the manifest.
        listed: String,
        /// The hash found.
        found: String,
    },
    /// A path is not one a bundle may hold (or a file appears twice).
    #[error("{path}: {problem}")]
    Path {
        /// The path as found.
        path: String,
        /// What is wrong with it.
        problem: String,
    },
    /// Reading or writing the folder failed.
    #[error("{action} {}: {source}", path.display())]
    Io {
        /// What was being done.
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The system's error.
        source: std::io::Error,
    },
}

impl BundleError {
    /// The path inside the bundle the error is about, when it is about one.
    pub fn bundle_path(&self) -> Option<&str> {
        match self {
            BundleError::Manifest { path, .. }
            | BundleError::Signature { path, .. }
            | BundleError::WrongKey { path, .. }
            | BundleError::Missing { path }
            | BundleError::Extra { path }
            | BundleError::Size { path, .. }
            | BundleError::Hash { path, .. }
            | BundleError::Path { path, .. } => Some(path),
            BundleError::Spec { .. } | BundleError::Io { .. } => None,
        }
    }

    pub(crate) fn spec(field: impl Into<String>, problem: impl Into<String>) -> Self {
        BundleError::Spec { field: field.into(), problem: problem.into() }
    }

    pub(crate) fn path(path: impl Into<String>, problem: impl Into<String>) -> Self {
        BundleError::Path { path: path.into(), problem: problem.into() }
    }
}
