//! `vilab hash`: digests and PDQ of files, without a lab.

use std::path::Path;
use std::process::ExitCode;

use rayon::prelude::*;
use serde::Serialize;
use vilab_core::pdq::Dihedral;
use vilab_core::{Digests, DihedralHashes};
use vilab_media::decode::{DEFAULT_MAX_PIXELS, decode_for_analysis, decode_rgb};
use vilab_media::{analyze::pdq_of, detect_kind};

use crate::cli::HashArgs;

/// One output line.
#[derive(Serialize)]
struct HashLine {
    path: String,
    kind: &'static str,
    size: u64,
    md5: String,
    sha1: String,
    sha256: String,
    pdq: Option<String>,
    quality: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dihedral: Option<Vec<(&'static str, String)>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

pub fn run(args: &HashArgs) -> anyhow::Result<ExitCode> {
    let lines: Vec<HashLine> = args.files.par_iter().map(|path| hash_file(path, args.exact, args.dihedral)).collect();
    if !args.json {
        let mut header = vec!["path", "md5", "sha1", "sha256", "pdq", "quality"];
        if args.dihedral {
            header.extend(Dihedral::ALL.iter().map(|d| d.name()));
        }
        header.push("error");
        outln!("{}", header.join("\t"));
    }
    let mut failed = false;
    for line in &lines {
        failed |= line.error.is_some() && line.sha256.is_empty();
        if args.json {
            outln!("{}", serde_json::to_string(line)?);
        } else {
            let mut cols = vec![
                line.path.clone(),
                line.md5.clone(),
                line.sha1.clone(),
                line.sha256.clone(),
                line.pdq.clone().unwrap_or_default(),
                line.quality.map(|q| q.to_string()).unwrap_or_default(),
            ];
            if args.dihedral {
                match &line.dihedral {
                    Some(hashes) => cols.extend(hashes.iter().map(|(_, h)| h.clone())),
                    None => cols.extend(std::iter::repeat_n(String::new(), 8)),
                }
            }
            cols.push(line.error.clone().unwrap_or_default());
            // The path is already in its display form; the rest is escaped.
            let rest = crate::tsv::line(cols[1..].iter().map(String::as_str));
            outln!("{}\t{rest}", cols[0]);
        }
    }
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn hash_file(path: &Path, exact: bool, dihedral: bool) -> HashLine {
    let mut line = HashLine {
        path: vilab_core::name::escape_utf8(path.as_os_str().as_encoded_bytes()),
        kind: "",
        size: 0,
        md5: String::new(),
        sha1: String::new(),
        sha256: String::new(),
        pdq: None,
        quality: None,
        dihedral: None,
        error: None,
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            let code = vilab_core::model::IngestErrorCode::OpenFailed;
            line.error = Some(super::describe_code(code, &Default::default(), Some(&e.to_string())));
            return line;
        }
    };
    let digests = Digests::of(&bytes);
    line.size = digests.size;
    line.md5 = digests.md5.to_hex();
    line.sha1 = digests.sha1.to_hex();
    line.sha256 = digests.sha256.to_hex();
    let kind = detect_kind(&bytes);
    line.kind = kind.as_str();
    if !kind.is_image() {
        return line;
    }
    let decoded = if exact {
        decode_rgb(&bytes, kind, DEFAULT_MAX_PIXELS)
    } else {
        decode_for_analysis(&bytes, kind, DEFAULT_MAX_PIXELS)
    };
    match decoded.and_then(|image| pdq_of(&image).map(|hashes| (hashes, image.damage))) {
        Ok((hashes, damage)) => {
            fill_pdq(&mut line, &hashes, dihedral);
            // As ingest does: a half-grey picture of damaged data is hashed,
            // and said to be damaged.
            line.error = damage.map(|d| {
                let mut params = vilab_core::model::ErrorParams::new();
                params.insert("format".into(), d.kind.as_str().into());
                params.insert("warnings".into(), d.warnings.to_string());
                let code = vilab_core::model::IngestErrorCode::DecodeDamaged;
                super::describe_code(code, &params, d.first_warning.as_deref())
            });
        }
        Err(e) => line.error = Some(super::describe_code(e.code(), &e.params(), e.detail().as_deref())),
    }
    line
}

fn fill_pdq(line: &mut HashLine, hashes: &DihedralHashes, dihedral: bool) {
    line.pdq = Some(hashes.hashes[0].to_hex());
    line.quality = Some(hashes.quality);
    if dihedral {
        line.dihedral =
            Some(Dihedral::ALL.iter().zip(hashes.hashes.iter()).map(|(d, h)| (d.name(), h.to_hex())).collect());
    }
}
