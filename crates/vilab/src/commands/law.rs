//! `vilab law ...`: the legal matrix, from the bundled facts and the lab's
//! imports.

use std::io::Read;
use std::process::ExitCode;
use std::time::{Duration, UNIX_EPOCH};

use anyhow::{Context, bail};
use vilab_law::compare::{self, Selection};
use vilab_law::prosecute::{Question, who_can_prosecute};
use vilab_law::{Criterion, DataFile, Dataset, MAX_IMPORT_BYTES};
use vilab_store::model::LawImport;

use crate::cli::{LabArg, LawCommand, LawFormat, LawImportsCommand, LawSource};
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
                LawFormat::Table => matrix.to_table(&vilab_i18n::Messages::new(vilab_i18n::Lang::detect(None)), width),
                LawFormat::Csv => matrix.to_csv(&data, &vilab_i18n::Messages::new(vilab_i18n::Lang::detect(None)))?,
                LawFormat::Json => matrix.to_json(&data, &vilab_i18n::Messages::new(vilab_i18n::Lang::detect(None)))?,
                LawFormat::Html => {
                    vilab_law::html::page(&data, &matrix, &vilab_i18n::Messages::new(vilab_i18n::Lang::detect(None)))
                }
            };
            match output {
                Some(path) => {
                    std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
                    eprintln!("{}", messages::law_written(&path));
                }
                None => out!("{text}"),
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
                out!(
                    "{}",
                    vilab_law::show::show(
                        &data,
                        &code,
                        criterion,
                        &vilab_i18n::Messages::new(vilab_i18n::Lang::detect(None))
                    )?
                );
            }
        }
        LawCommand::Gaps { source, selection, json } => {
            let data = dataset(&source)?;
            let selection = Selection::parse(&data, selection.jurisdictions.as_deref(), selection.criteria.as_deref())?;
            let gaps = vilab_law::gaps::gaps(&data, &selection);
            if json {
                print_json(&gaps)?;
            } else {
                out!(
                    "{}",
                    vilab_law::gaps::to_text(
                        &gaps,
                        &selection,
                        &vilab_i18n::Messages::new(vilab_i18n::Lang::detect(None))
                    )
                );
            }
        }
        LawCommand::WhoCanProsecute { source, conduct, place, offender, victim, json } => {
            let data = dataset(&source)?;
            let question = Question { conduct: Criterion::parse(&conduct)?, place, offender, victim };
            let finding = who_can_prosecute(&data, &question)?;
            if json {
                print_json(&finding)?;
            } else {
                out!("{}", finding.to_text(&data, &vilab_i18n::Messages::new(vilab_i18n::Lang::detect(None))));
            }
        }
        LawCommand::Import { lab, file, json } => import(&lab, &file, json)?,
        LawCommand::Imports { lab, json, command: None } => list_imports(&lab, json)?,
        LawCommand::Imports { command: Some(LawImportsCommand::Remove { lab, id }), .. } => remove_import(&lab, id)?,
        LawCommand::Criteria => {
            for c in Criterion::ALL {
                outln!(
                    "{:<28} {:<12} {}",
                    c.code(),
                    format!("{:?}", c.kind()).to_lowercase(),
                    c.label(&vilab_i18n::Messages::new(vilab_i18n::Lang::detect(None)))
                );
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
    let explicit = source.lab.lab.is_some() || std::env::var_os(lab_path::LAB_ENV).is_some_and(|v| !v.is_empty());
    let dir = lab_path::resolve(&source.lab)?;
    if !explicit && !dir.join("lab.db").exists() {
        return vilab_law::bundled().context("loading the bundled legal data");
    }
    let lab = lab_path::open(&source.lab)?;
    applied(&lab.store().law_imports()?).map_err(|(_, e)| e)
}

/// The bundled facts with `imports` applied, in order; on failure, the
/// import that did not apply (none if the bundled data itself did not
/// load) and why.
fn applied(imports: &[LawImport]) -> Result<Dataset, (Option<&LawImport>, anyhow::Error)> {
    let mut data = vilab_law::bundled().context("loading the bundled legal data").map_err(|e| (None, e))?;
    for import in imports {
        let label = format!("import {} ({})", import.id, import.name);
        let file = DataFile { name: &import.name, text: &import.content };
        data = match data.with_import(file, &when(import.imported_at)) {
            Ok((data, _)) => data,
            Err(e) => return Err((Some(import), anyhow::Error::new(e).context(format!("applying {label}")))),
        };
    }
    Ok(data)
}

/// The bytes of a file to import, read no further than one byte past
/// [`MAX_IMPORT_BYTES`], which is enough to refuse a larger one.
fn read_import(path: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    let file = std::fs::File::open(path).with_context(|| format!("reading {}", path.display()))?;
    let mut bytes = Vec::new();
    file.take(MAX_IMPORT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("reading {}", path.display()))?;
    Ok(bytes)
}

fn import(lab_arg: &LabArg, path: &std::path::Path, json: bool) -> anyhow::Result<()> {
    let lab = lab_path::open(lab_arg)?;
    let bytes = read_import(path)?;
    let text = vilab_law::import_text(&path.display().to_string(), &bytes)?;
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let current = dataset(&LawSource { lab: lab_arg.clone() })?;
    // Validate against everything already applied before anything is stored.
    let (_, report) = current.with_import(DataFile { name: &name, text }, &when(0))?;
    let stored = lab.store().add_law_import(&name, text)?;
    if json {
        print_json(&serde_json::json!({ "import": stored.id, "sha256": stored.sha256, "report": report }))?;
    } else {
        outln!("{}", messages::law_imported(&name, stored.id, report.records, &report.replaced, &report.added));
    }
    Ok(())
}

/// One import as `vilab law imports --json` lists it (the text itself
/// stays in the lab; `law show` and the other views apply it).
#[derive(serde::Serialize)]
struct Listed<'a> {
    id: i64,
    name: &'a str,
    sha256: &'a str,
    imported_at: i64,
    size: usize,
}

fn list_imports(lab_arg: &LabArg, json: bool) -> anyhow::Result<()> {
    let imports = lab_path::open(lab_arg)?.store().law_imports()?;
    let listed: Vec<Listed<'_>> = imports
        .iter()
        .map(|i| Listed {
            id: i.id,
            name: &i.name,
            sha256: &i.sha256,
            imported_at: i.imported_at,
            size: i.content.len(),
        })
        .collect();
    if json {
        return print_json(&listed);
    }
    if listed.is_empty() {
        outln!("{}", messages::LAW_NO_IMPORTS);
        return Ok(());
    }
    outln!("{}", messages::law_imports_heading());
    for i in &listed {
        outln!("{}", messages::law_import_line(i.id, &when(i.imported_at), i.size, i.sha256, i.name));
    }
    Ok(())
}

fn remove_import(lab_arg: &LabArg, id: i64) -> anyhow::Result<()> {
    let lab = lab_path::open(lab_arg)?;
    let imports = lab.store().law_imports()?;
    let Some(removed) = imports.iter().find(|i| i.id == id) else {
        let ids: Vec<i64> = imports.iter().map(|i| i.id).collect();
        bail!(messages::law_import_unknown(id, &ids));
    };
    // A later import may cite a source or provision only this one defines:
    // removing it would leave every `vilab law` command of the lab failing.
    let remaining: Vec<LawImport> = imports.iter().filter(|i| i.id != id).cloned().collect();
    match applied(&remaining) {
        Ok(_) => {}
        Err((Some(later), e)) => {
            return Err(e.context(messages::law_import_needed(id, &removed.name, later.id, &later.name)));
        }
        Err((None, e)) => return Err(e),
    }
    if !lab.store().remove_law_import(id)? {
        bail!(messages::law_import_unknown(id, &remaining.iter().map(|i| i.id).collect::<Vec<_>>()));
    }
    let ids: Vec<i64> = remaining.iter().map(|i| i.id).collect();
    outln!("{}", messages::law_import_removed(id, &removed.name, &ids));
    Ok(())
}
