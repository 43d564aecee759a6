//! The `vilab` binary: parses the command line and hands each command to
//! the library crates. No logic of its own beyond wiring and printing.

#[macro_use]
mod out;
mod cli;
mod commands;
mod file_progress;
mod lab_path;
mod messages;
mod progress_view;
mod signals;
mod tsv;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{BenchCommand, CaseCommand, Cli, Command, MediaCommand};
use crate::signals::Stop;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stop = signals::install();
    match run(cli, &stop) {
        Ok(code) => code,
        Err(e) => {
            if let Some(io) = e.downcast_ref::<std::io::Error>()
                && io.kind() == std::io::ErrorKind::BrokenPipe
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("vilab: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli, signals: &Stop) -> anyhow::Result<ExitCode> {
    let stop = signals.flag();
    match cli.command {
        Command::Init(args) => commands::init::run(&args),
        Command::Case(CaseCommand::Create { lab, name }) => commands::case::create(&lab, &name),
        Command::Case(CaseCommand::List { lab, json }) => commands::case::list(&lab, json),
        Command::Ingest(args) => commands::ingest::run(&args, signals),
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
        Command::Bench(BenchCommand::Bombs(args)) => commands::bench_bombs::run(&args),
    }
}
