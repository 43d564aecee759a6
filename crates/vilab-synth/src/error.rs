//! The one error type of this crate. Every message names the path (or the
//! in-memory target) it is about, so a failed demo or test says where.

use std::path::PathBuf;

use crate::encode::Encoding;

/// Why generating synthetic material failed.
#[derive(Debug, thiserror::Error)]
pub enum SynthError {
    /// A directory of the synthetic seizure could not be created.
    #[error("cannot create directory {path}: {source}")]
    CreateDir {
        /// The directory.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The seizure root could not be listed (to check it is empty).
    #[error("cannot read directory {path}: {source}")]
    ReadDir {
        /// The directory.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A file of the synthetic seizure could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The seizure root already holds files; generating into it would make
    /// the manifest's counts wrong (and could mix with real evidence).
    #[error("refusing to generate a seizure into {path}: the directory is not empty")]
    NotEmpty {
        /// The directory.
        path: PathBuf,
    },
    /// A picture could not be encoded.
    #[error("cannot encode {target} as {encoding:?}: {source}")]
    Encode {
        /// The relative path it was meant for, or "in-memory picture".
        target: String,
        /// The requested encoding.
        encoding: Encoding,
        /// The encoder's reason.
        source: image::ImageError,
    },
    /// A zip archive could not be built.
    #[error("cannot build zip archive {path}: {source}")]
    Zip {
        /// The archive's relative path (members of nested archives after `!/`).
        path: String,
        /// The zip writer's reason.
        source: zip::result::ZipError,
    },
    /// The seizure spec asks for something impossible.
    #[error("invalid seizure spec: {reason}")]
    InvalidSpec {
        /// What is wrong with it.
        reason: String,
    },
}
