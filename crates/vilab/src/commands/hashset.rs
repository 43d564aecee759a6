//! `vilab hashset ...`: import, list, show, remove, export, and the lab's
//! own category profiles.

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64};

use vilab_lab::ops::hashsets::{ExportFormat, HashsetImport, HashsetView};

use crate::cli::{self, HashsetCommand, VicsShapeArg};
use crate::file_progress::FileProgress;
use crate::{auth, lab_path, ui};

/// Runs one `hashset` subcommand.
pub fn run(command: HashsetCommand, user: Option<&str>, stop: &AtomicBool) -> anyhow::Result<ExitCode> {
    match command {
        HashsetCommand::Import { lab, name, profile, file, json } => {
            let lab = lab_path::open(&lab)?;
            let session = auth::session(&lab, user)?;
            let total = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
            let read_bytes = Arc::new(AtomicU64::new(0));
            let progress = FileProgress::start(Arc::clone(&read_bytes), total, json);
            let import = HashsetImport { name: &name, profile: &profile, file: &file, read_bytes };
            let set = session.import_hashset(&import, stop);
            progress.finish();
            let set = set?;
            if json {
                return super::print_shaped(&set);
            }
            outln!(
                "{}",
                tr!(
                    "hashset-imported",
                    name = set.name.as_str(),
                    entries = set.entries,
                    format = set.format.as_str(),
                    profile = set.profile.as_str()
                )
            );
        }
        HashsetCommand::List { lab, json } => {
            let lab = lab_path::open(&lab)?;
            let list = auth::session(&lab, user)?.list_hashsets()?;
            if json {
                return super::print_shaped(&list);
            }
            outln!("name\tentries\tprofile\tformat\timported_at\tsource_sha256");
            for set in &list.hashsets {
                outln!("{}", summary_line(set));
            }
        }
        HashsetCommand::Profiles { lab, set: None, json, .. } => {
            let lab = lab_path::open(&lab)?;
            let text = auth::session(&lab, user)?.lab_profiles()?;
            if json {
                let text = text.as_deref().map(String::from_utf8_lossy);
                return super::print_json(&serde_json::json!({ "shape": "vilab.profiles/1", "text": text }));
            }
            match text {
                Some(text) => crate::out::write_bytes(&text),
                None => outln!("{}", tr!("hashset-profiles-none")),
            }
        }
        HashsetCommand::Profiles { lab, set: Some(set), json, .. } => {
            let text = std::fs::read(&set).map_err(|e| {
                vilab_lab::AppError::new(vilab_lab::Code::FileUnreadable)
                    .with("file", set.display().to_string())
                    .detail(e)
            })?;
            let lab = lab_path::open(&lab)?;
            let done = auth::session(&lab, user)?.set_lab_profiles(&text)?;
            if json {
                return super::print_shaped(&done);
            }
            outln!("{}", tr!("hashset-profiles-set", count = done.profiles.len(), names = done.profiles.join(", ")));
            if done.encrypted {
                outln!("{}", tr!("hashset-profiles-encrypted", file = set.display().to_string()));
            }
        }
        HashsetCommand::Show { lab, name, json } => {
            let lab = lab_path::open(&lab)?;
            let set = auth::session(&lab, user)?.show_hashset(&name)?;
            if json {
                return super::print_shaped(&set);
            }
            outln!("{}", ui::labelled("hashset-label-name", &set.name));
            outln!("{}", ui::labelled("hashset-label-entries", ui::count(set.entries)));
            outln!("{}", ui::labelled("hashset-label-profile", &set.profile));
            outln!("{}", ui::labelled("hashset-label-format", &set.format));
            outln!("{}", ui::labelled("hashset-label-uid", &set.uid));
            outln!("{}", ui::labelled("hashset-label-source", &set.source_sha256));
            outln!("{}", ui::labelled("hashset-label-imported", ui::when(set.imported_at)));
        }
        HashsetCommand::Export { lab, case, format, shape, output } => {
            let lab = lab_path::open(&lab)?;
            let session = auth::session(&lab, user)?;
            let format = match (format, shape) {
                (cli::ExportFormat::Vics2, VicsShapeArg::Media) => ExportFormat::Vics2Media,
                (cli::ExportFormat::Vics2, VicsShapeArg::Case) => ExportFormat::Vics2Case,
                (cli::ExportFormat::Md5, _) => ExportFormat::Md5,
                (cli::ExportFormat::Sha1, _) => ExportFormat::Sha1,
                (cli::ExportFormat::Sha256, _) => ExportFormat::Sha256,
                (cli::ExportFormat::Csv, _) => ExportFormat::Csv,
            };
            match &output {
                Some(path) => {
                    let mut file = std::fs::File::create(path).map_err(|e| {
                        vilab_lab::AppError::new(vilab_lab::Code::FileUnwritable)
                            .with("file", path.display().to_string())
                            .detail(e)
                    })?;
                    let report = session.export_hashes(&case, format, &mut file)?;
                    eprintln!(
                        "{}",
                        tr!("hashset-exported", records = report.records, file = path.display().to_string())
                    );
                }
                None => {
                    let mut stdout = std::io::stdout().lock();
                    match session.export_hashes(&case, format, &mut stdout) {
                        Ok(_) => {}
                        // `| head`: the reader went away; the export is audited all the same.
                        Err(e) if e.code() == vilab_lab::Code::FileUnwritable => return Ok(ExitCode::SUCCESS),
                        Err(e) => return Err(e.into()),
                    }
                }
            }
        }
        HashsetCommand::Remove { lab, name } => {
            let lab = lab_path::open(&lab)?;
            let set = auth::session(&lab, user)?.remove_hashset(&name)?;
            outln!("{}", tr!("hashset-removed", name = set.name.as_str(), entries = set.entries));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn summary_line(set: &HashsetView) -> String {
    format!(
        "{}\t{}\t{}\t{}\t{}\t{}",
        crate::tsv::field(&set.name),
        set.entries,
        set.profile,
        set.format,
        ui::when(set.imported_at),
        set.source_sha256
    )
}
