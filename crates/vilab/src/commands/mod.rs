//! One module per subcommand; each turns parsed arguments into calls on the
//! library crates and prints the result as text or JSON.

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
pub mod verify;

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    outln!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}
