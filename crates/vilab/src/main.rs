//! The `vilab` binary: parses the command line, hands each command to the
//! application layer (`vilab-lab`), and renders what comes back (text in
//! the reader's language, TSV or JSON) with progress on standard error.
//! No logic of its own beyond wiring and printing.

#[macro_use]
mod out;
#[macro_use]
mod ui;
mod auth;
mod cli;
mod commands;
mod file_progress;
mod kept_unlock;
mod lab_path;
mod progress_view;
mod signals;
mod tsv;
mod unlock;

use std::process::ExitCode;

use clap::Parser;
use vilab_lab::AppError;

use crate::cli::{BenchCommand, Cli, Command, MediaCommand};
use crate::signals::Stop;

fn main() -> ExitCode {
    let cli = Cli::parse();
    ui::init(cli.lang.as_deref());
    let stop = signals::install();
    match run(cli, &stop) {
        Ok(code) => code,
        Err(e) => {
            if let Some(io) = e.downcast_ref::<std::io::Error>()
                && io.kind() == std::io::ErrorKind::BrokenPipe
            {
                return ExitCode::SUCCESS;
            }
            if let Some(app) = e.downcast_ref::<AppError>() {
                eprintln!("vilab: {}", ui::error_text(app));
                // A job a signal stopped ends as the shell expects of one.
                if app.code() == vilab_lab::Code::Interrupted {
                    return ExitCode::from(stop.exit_status());
                }
                return ExitCode::from(app.kind().exit_status());
            }
            eprintln!("vilab: {}", tr!("error-generic", detail = format!("{e:#}")));
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli, signals: &Stop) -> anyhow::Result<ExitCode> {
    let stop = signals.flag();
    let user = cli.user.as_deref();
    match cli.command {
        Command::Init(args) => commands::init::run(&args),
        Command::Lab(command) => commands::lab_keys::run(command, user),
        Command::Login(args) => commands::session::login(&args, user),
        Command::Logout(args) => commands::session::logout(&args),
        Command::User(command) => commands::user::run(command, user),
        Command::Audit(command) => commands::audit::run(command, user),
        Command::Case(command) => commands::case::run(command, user),
        Command::Ingest(args) => commands::ingest::run(&args, user, signals),
        Command::Exhibit(command) => commands::exhibit::run(command, user),
        Command::Media(MediaCommand::List { lab, case, limit, offset, json }) => {
            commands::media::list(&lab, user, &case, limit, offset, json)
        }
        Command::Media(MediaCommand::Show { lab, key, json }) => commands::media::show(&lab, user, &key, json),
        Command::Media(MediaCommand::Errors { lab, case, json }) => commands::media::errors(&lab, user, &case, json),
        Command::Verify(args) => commands::verify::run(&args, user, stop),
        // Regions and renditions per audience (issue 20).
        Command::Sanitize(args) => commands::regions::sanitize(&args, user),
        Command::Region(command) => commands::regions::region(command, user),
        Command::Rendition(command) => commands::regions::rendition(command, user),
        Command::Backup(args) => commands::backup::backup(&args, user, stop),
        Command::Restore(args) => commands::backup::restore(&args, user, stop),
        Command::Hash(args) => commands::hash::run(&args),
        Command::Demo(args) => commands::demo::run(&args, signals),
        Command::Serve(args) => commands::serve::run(&args, signals),
        Command::Match(args) => commands::matching::run_match(&args, user),
        Command::Triage(args) => commands::matching::run_triage(&args, user),
        Command::Hashset(command) => commands::hashset::run(command, user, stop),
        Command::Law(command) => commands::law::run(command, user),
        Command::Bench(BenchCommand::Hash(args)) => commands::bench_hash::run(&args),
        Command::Bench(BenchCommand::Index(args)) => commands::bench_index::run(&args),
        Command::Bench(BenchCommand::Bombs(args)) => commands::bench_bombs::run(&args),
        Command::Bench(BenchCommand::Audit(args)) => commands::bench_audit::run(&args),
        Command::Bench(BenchCommand::Review(args)) => commands::bench_review::run(&args),
        Command::Bench(BenchCommand::Records(args)) => commands::bench_records::run(&args),
        Command::Bench(BenchCommand::Crypt(args)) => commands::bench_crypt::run(&args),
        // issue 20 (branch sancore)
        Command::Bench(BenchCommand::Sanitize(args)) => commands::bench_sanitize::run(&args),
        Command::Bench(BenchCommand::Gallery(args)) => commands::bench_gallery::run(&args),
        // ViLab galleries and exercises (issue 20).
        Command::Gallery(command) => commands::galleries::run(command, user),
        Command::Exercise(command) => commands::exercise::run(command, user),
        Command::Bench(BenchCommand::Faces(args)) => commands::bench_faces::run(&args),
    }
}
