//! `vilab law ...`: the legal matrix, from the bundled facts and the lab's
//! imports.

use std::process::ExitCode;
use std::time::{Duration, UNIX_EPOCH};

use anyhow::Context;
use vilab_law::compare::{self, Selection};
use vilab_law::prosecute::{Question, who_can_prosecute};
use vilab_law::{Criterion, DataFile, Dataset};

use crate::cli::{LabArg, LawCommand, LawFormat, LawSource};
use crate::commands::print_json;
use crate::{lab_path, messages};

/// Runs one `law` subcommand.
pub fn run(command: LawCommand) -> anyhow::Result<ExitCode> {
    match command {
        LawCommand::Compare { source, selection, format, output, width } => {
            let data = dataset(&source)?;
            let selection = Selection::parse(&data, selection.jurisdictions.as_deref(), selection.criteria.as_deref())?;
            let matrix = compare::matrix(&data, &selection);
            let text = match format {
                LawFormat::Table => matrix.to_table(width),
                LawFormat::Csv => matrix.to_csv(&data)?,
                LawFormat::Json => matrix.to_json(&data)?,
                LawFormat::Html => vilab_law::html::page(&data, &matrix),
            };
            match output {
                Some(path) => {
                    std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
                    eprintln!("{}", messages::law_written(&path));
                }
                None => print!("{text}"),
            }
        }
        LawCommand::Show { source, jurisdiction, criterion, json } => {
            let data = dataset(&source)?;
            let criterion = Criterion::parse(&criterion)?;
            let code = data.jurisdiction(&jurisdiction)?.code.clone();
            if json {
                #[derive(serde::Serialize)]
                struct Shown<'a> {
                    conflict: bool,
                    values: &'a [vilab_law::CriterionValue],
                    history: &'a [vilab_law::model::Replaced],
                }
                print_json(&Shown {
                    conflict: data.is_conflict(&code, criterion),
                    values: data.values(&code, criterion),
                    history: data.history(&code, criterion),
                })?;
            } else {
                print!("{}", vilab_law::show::show(&data, &code, criterion)?);
            }
        }
        LawCommand::Gaps { source, selection, json } => {
            let data = dataset(&source)?;
            let selection = Selection::parse(&data, selection.jurisdictions.as_deref(), selection.criteria.as_deref())?;
            let gaps = vilab_law::gaps::gaps(&data, &selection);
            if json {
                print_json(&gaps)?;
            } else {
                print!("{}", vilab_law::gaps::to_text(&gaps, &selection));
            }
        }
        LawCommand::WhoCanProsecute { source, conduct, place, offender, victim, json } => {
            let data = dataset(&source)?;
            let question = Question { conduct: Criterion::parse(&conduct)?, place, offender, victim };
            let finding = who_can_prosecute(&data, &question)?;
            if json {
                print_json(&finding)?;
            } else {
                print!("{}", finding.to_text(&data));
            }
        }
        LawCommand::Import { lab, file, json } => import(&lab, &file, json)?,
        LawCommand::Criteria => {
            for c in Criterion::ALL {
                println!("{:<28} {:<12} {}", c.code(), format!("{:?}", c.kind()).to_lowercase(), c.label());
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn when(unix: i64) -> String {
    let at = UNIX_EPOCH + Duration::from_secs(unix.max(0).unsigned_abs());
    humantime::format_rfc3339_seconds(at).to_string()
}

/// The bundled facts with the lab's imports applied, in order. Without an
/// explicit lab, a missing default lab just means no imports.
fn dataset(source: &LawSource) -> anyhow::Result<Dataset> {
    let mut data = vilab_law::bundled().context("loading the bundled legal data")?;
    let explicit = source.lab.lab.is_some() || std::env::var_os(lab_path::LAB_ENV).is_some_and(|v| !v.is_empty());
    let dir = lab_path::resolve(&source.lab)?;
    if !explicit && !dir.join("lab.db").exists() {
        return Ok(data);
    }
    let lab = lab_path::open(&source.lab)?;
    for import in lab.store().law_imports()? {
        let label = format!("import {} ({})", import.id, import.name);
        let file = DataFile { name: &import.name, text: &import.content };
        data = data.with_import(file, &when(import.imported_at)).with_context(|| format!("applying {label}"))?.0;
    }
    Ok(data)
}

fn import(lab_arg: &LabArg, path: &std::path::Path, json: bool) -> anyhow::Result<()> {
    let lab = lab_path::open(lab_arg)?;
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let current = dataset(&LawSource { lab: lab_arg.clone() })?;
    // Validate against everything already applied before anything is stored.
    let (_, report) = current.with_import(DataFile { name: &name, text: &text }, &when(0))?;
    let stored = lab.store().add_law_import(&name, &text)?;
    if json {
        print_json(&serde_json::json!({ "import": stored.id, "sha256": stored.sha256, "report": report }))?;
    } else {
        println!("{}", messages::law_imported(&name, stored.id, report.records, &report.replaced, &report.added));
    }
    Ok(())
}
