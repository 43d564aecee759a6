//! `vilab gallery verify`: checks an offline gallery bundle's folder
//! (signature, every file's hash, nothing missing or extra). Needs no lab:
//! a recipient or a court can run it on a bundle they were given.

use std::process::ExitCode;

use anyhow::Context as _;
use serde::Serialize;

use crate::cli::GalleryVerifyArgs;
use crate::ui::labelled;

#[derive(Serialize)]
struct Report<'a> {
    shape: &'static str,
    ok: bool,
    bundle: Option<&'a str>,
    recipient: Option<&'a str>,
    expires: Option<&'a str>,
    public_key: Option<&'a str>,
    fingerprint: Option<&'a str>,
    files: usize,
    path: Option<&'a str>,
    error: Option<String>,
}

pub fn verify(args: &GalleryVerifyArgs) -> anyhow::Result<ExitCode> {
    let expected = match &args.key {
        None => None,
        Some(text) => {
            let bytes = hex::decode(text.trim()).context("--key: not hex")?;
            let key: [u8; 32] = bytes
                .try_into()
                .map_err(|_| anyhow::anyhow!("--key: expected 64 hex digits (an Ed25519 public key)"))?;
            Some(key)
        }
    };
    // Reading errors (a link, an odd name) are verdicts on the bundle too.
    let result = vilab_gallery::read_dir(&args.bundle)
        .and_then(|files| vilab_gallery::verify(&files, expected.as_ref()).map(|v| (v, files.len())));
    match result {
        Ok((verified, files)) => {
            let m = &verified.manifest;
            if args.json {
                return super::print_json(&Report {
                    shape: "vilab.gallery-verify/1",
                    ok: true,
                    bundle: Some(&m.bundle),
                    recipient: Some(&m.recipient),
                    expires: Some(&m.expires),
                    public_key: Some(&m.public_key),
                    fingerprint: Some(&m.fingerprint),
                    files,
                    path: None,
                    error: None,
                });
            }
            outln!("{}", labelled("gallery-label-bundle", &m.bundle));
            outln!("{}", labelled("gallery-label-recipient", &m.recipient));
            outln!("{}", labelled("gallery-label-expires", &m.expires));
            outln!("{}", labelled("gallery-label-fingerprint", &m.fingerprint));
            outln!("{}", labelled("gallery-label-files", files));
            outln!("{}", tr!("gallery-verify-ok"));
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            let path = error.bundle_path().map(str::to_string).unwrap_or_else(|| args.bundle.display().to_string());
            if args.json {
                super::print_json(&Report {
                    shape: "vilab.gallery-verify/1",
                    ok: false,
                    bundle: None,
                    recipient: None,
                    expires: None,
                    public_key: None,
                    fingerprint: None,
                    files: 0,
                    path: Some(&path),
                    error: Some(error.to_string()),
                })?;
            } else {
                eprintln!("vilab: {}", tr!("gallery-verify-failed", path = path.as_str(), detail = error.to_string()));
            }
            Ok(ExitCode::FAILURE)
        }
    }
}
