//! One module per subcommand; each turns parsed arguments into calls on the
//! application layer (`vilab-lab`) and prints the result as text, TSV or
//! JSON. Words come from the catalogs (`vilab-i18n`); TSV headers and JSON
//! keys are stable identifiers for scripts, not words.

pub mod audit;
pub mod bench_bombs;
pub mod bench_hash;
pub mod bench_index;
pub mod case;
pub mod demo;
pub mod hash;
pub mod hashset;
pub mod ingest;
pub mod init;
pub mod law;
pub mod matching;
pub mod media;
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

/// An ingest error in words.
pub fn describe_error(e: &IngestError) -> String {
    e.reason.clone()
}
