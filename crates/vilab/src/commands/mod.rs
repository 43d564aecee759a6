//! One module per subcommand; each turns parsed arguments into calls on the
//! application layer (`vilab-lab`) and prints the result as text, TSV or
//! JSON. Words come from the catalogs (`vilab-i18n`); TSV headers and JSON
//! keys are stable identifiers for scripts, not words.

pub mod audit;
pub mod backup;
pub mod bench_audit;
pub mod bench_bombs;
pub mod bench_crypt;
pub mod bench_faces;
pub mod bench_gallery;
pub mod bench_hash;
pub mod bench_index;
pub mod bench_records;
pub mod bench_review;
// issue 20 (branch sancore)
pub mod bench_sanitize;
pub mod case;
pub mod demo;
pub mod exercise;
pub mod exhibit;
pub mod galleries;
pub mod gallery;
pub mod hash;
pub mod hashset;
pub mod ingest;
pub mod init;
pub mod lab_keys;
pub mod law;
pub mod matching;
pub mod media;
// Regions and renditions per audience (issue 20).
pub mod regions;
pub mod serve;
pub mod session;
pub mod user;
pub mod verify;

use vilab_core::model::{IngestError, OccurrenceNote};
use vilab_lab::shapes::{Shape, Shaped};

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<std::process::ExitCode> {
    outln!("{}", serde_json::to_string_pretty(value)?);
    Ok(std::process::ExitCode::SUCCESS)
}

/// Prints an output of the application layer in its JSON shape.
pub fn print_shaped<T: Shape>(value: &T) -> anyhow::Result<std::process::ExitCode> {
    print_json(&Shaped(value))
}

/// A note on an occurrence, in words.
pub fn occurrence_note(note: &OccurrenceNote) -> String {
    match note {
        OccurrenceNote::DuplicateName { first_index } => {
            tr!("ingest-note-duplicate-name", index = first_index.to_string())
        }
        OccurrenceNote::LocalNameDiffers => tr!("ingest-note-local-name-differs"),
    }
}

/// Params of an ingest error that are counts or sizes: written in the
/// locale's grouping. Others (entry numbers, checksums, names) stay text.
const MEASURED_PARAMS: &[&str] = &[
    "allowed",
    "budget",
    "bytes",
    "compressed",
    "count",
    "declared",
    "height",
    "limit",
    "needed",
    "offset",
    "produced",
    "size",
    "stored",
    "warnings",
    "width",
];

/// Params a message may name that an error need not carry: absent, they
/// are empty text rather than a visible `{$name}`.
const OPTIONAL_PARAMS: &[&str] = &["allocation", "entry", "file", "format", "target", "blob"];

/// An ingest error in the reader's language: the message of its code with
/// its params, then the library's own words (untranslated) when there are.
pub fn describe_error(e: &IngestError) -> String {
    describe_code(e.code, &e.params, e.detail.as_deref())
}

/// The words of an error code with its params and detail (shared by ingest
/// errors and `vilab hash`).
pub fn describe_code(
    code: vilab_core::model::IngestErrorCode,
    params: &vilab_core::model::ErrorParams,
    detail: Option<&str>,
) -> String {
    use vilab_i18n::Arg;
    let msgs = crate::ui::msgs();
    let mut args: Vec<(&str, Arg)> = params
        .iter()
        .map(|(name, value)| {
            let arg = match value.parse::<i64>() {
                Ok(n) if MEASURED_PARAMS.contains(&name.as_str()) => Arg::Int(n),
                _ => Arg::Str(value.clone()),
            };
            (name.as_str(), arg)
        })
        .collect();
    let format = params.get("format").map(|f| if f == "heif" { "HEIC".to_string() } else { f.to_uppercase() });
    if let Some(format) = &format {
        args.retain(|(name, _)| *name != "format");
        args.push(("format", Arg::Str(format.clone())));
    }
    if let Some(allocation) = params.get("allocation") {
        let words = msgs.format(
            &format!("ingest-allocation-{}", allocation.replace('_', "-")),
            &[("format", Arg::Str(format.clone().unwrap_or_default()))],
        );
        args.retain(|(name, _)| *name != "allocation");
        args.push(("allocation", Arg::Str(words)));
    }
    for name in OPTIONAL_PARAMS {
        if !args.iter().any(|(n, _)| n == name) {
            args.push((name, Arg::Str(String::new())));
        }
    }
    let key = format!("ingest-error-{}", code.as_str().replace('_', "-"));
    let words = msgs.format(&key, &args);
    match detail {
        Some(detail) => format!("{words} — {detail}"),
        None => words,
    }
}
