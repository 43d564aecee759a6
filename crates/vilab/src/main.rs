//! The `vilab` binary: parses the command line and hands each command to
//! the library crates. No logic of its own beyond wiring and printing.

mod cli;
mod commands;
mod file_progress;
mod lab_path;
mod messages;
mod progress_view;

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::Parser;

use crate::cli::{BenchCommand, CaseCommand, Cli, Command, MediaCommand};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stop = Arc::new(AtomicBool::new(false));
    install_interrupt_handler(&stop);
    match run(cli, &stop) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("vilab: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The first Ctrl-C asks long work to stop at the next file boundary; the
/// second one ends the process at once.
fn install_interrupt_handler(stop: &Arc<AtomicBool>) {
    let stop = Arc::clone(stop);
    let _ = ctrlc::set_handler(move || {
        if stop.swap(true, Ordering::SeqCst) {
            eprintln!("\n{}", messages::INTERRUPT_FORCED);
            std::process::exit(130);
        }
        eprintln!("\n{}", messages::INTERRUPT_REQUESTED);
    });
}

fn run(cli: Cli, stop: &AtomicBool) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Init(args) => commands::init::run(&args),
        Command::Case(CaseCommand::Create { lab, name }) => commands::case::create(&lab, &name),
        Command::Case(CaseCommand::List { lab, json }) => commands::case::list(&lab, json),
        Command::Ingest(args) => commands::ingest::run(&args, stop),
        Command::Media(MediaCommand::List { lab, case, limit, offset, json }) => {
            commands::media::list(&lab, &case, limit, offset, json)
        }
        Command::Media(MediaCommand::Show { lab, key, json }) => commands::media::show(&lab, &key, json),
        Command::Media(MediaCommand::Errors { lab, case, json }) => commands::media::errors(&lab, &case, json),
        Command::Verify(args) => commands::verify::run(&args, stop),
        Command::Hash(args) => commands::hash::run(&args),
        Command::Demo(args) => commands::demo::run(&args, stop),
        Command::Match(args) => commands::matching::run_match(&args),
        Command::Triage(args) => commands::matching::run_triage(&args),
        Command::Hashset(command) => commands::hashset::run(command, stop),
        Command::Law(command) => commands::law::run(command),
        Command::Bench(BenchCommand::Hash(args)) => commands::bench_hash::run(&args),
        Command::Bench(BenchCommand::Index(args)) => commands::bench_index::run(&args),
    }
}
