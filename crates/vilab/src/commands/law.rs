//! `vilab law ...`: the legal matrix, from the bundled facts and the lab's
//! imports, as the law stood on a day (`--at`, default today).

use std::process::ExitCode;

use anyhow::Context;
use vilab_law::compare::{self, Selection};
use vilab_law::date::PartialDate;
use vilab_law::prosecute::{Circumstances, Question, who_can_prosecute};
use vilab_law::{Criterion, Dataset};

use crate::cli::{LawCommand, LawFormat, LawImportsCommand, LawSource};
use crate::{auth, lab_path, ui};

/// Runs one `law` subcommand.
pub fn run(command: LawCommand, user: Option<&str>) -> anyhow::Result<ExitCode> {
    match command {
        LawCommand::Compare { source, selection, format, output, width } => {
            let data = dataset(&source, user)?.at(day(&source));
            let selection = Selection::parse(&data, selection.jurisdictions.as_deref(), selection.criteria.as_deref())?;
            let matrix = compare::matrix(&data, &selection);
            let text = match format {
                LawFormat::Table => matrix.to_table(&crate::ui::msgs(), width),
                LawFormat::Csv => matrix.to_csv(&data, &crate::ui::msgs())?,
                LawFormat::Json => matrix.to_json(&data, &crate::ui::msgs())?,
                LawFormat::Html => vilab_law::html::page(&data, &matrix, &crate::ui::msgs()),
            };
            match output {
                Some(path) => {
                    std::fs::write(&path, text)
                        .with_context(|| tr!("file-unwritable", file = path.display().to_string()))?;
                    eprintln!("{}", tr!("law-written", path = path.display().to_string()));
                }
                None => out!("{text}"),
            }
        }
        LawCommand::Show { source, jurisdiction, criterion, json } => {
            // Every period: `show` is the criterion's history; the day marks which value was the law.
            let data = dataset(&source, user)?;
            let on = day(&source);
            let criterion = Criterion::parse(&criterion)?;
            let code = data.jurisdiction(&jurisdiction)?.code.clone();
            if json {
                #[derive(serde::Serialize)]
                struct Shown<'a> {
                    shape: &'static str,
                    conflict: bool,
                    values: &'a [vilab_law::CriterionValue],
                    history: &'a [vilab_law::model::Replaced],
                    /// The day the values' periods are read against.
                    at: PartialDate,
                    /// Which of `values` (by index) were the law that day.
                    in_force: Vec<usize>,
                }
                let values = data.values(&code, criterion);
                super::print_json(&Shown {
                    shape: "vilab.law-show/1",
                    conflict: data.is_conflict(&code, criterion),
                    values,
                    history: data.history(&code, criterion),
                    at: on,
                    in_force: (0..values.len()).filter(|&i| values[i].period.contains(on)).collect(),
                })?;
            } else {
                out!("{}", vilab_law::show::show(&data, &code, criterion, Some(on), &crate::ui::msgs())?);
            }
        }
        LawCommand::Gaps { source, selection, json } => {
            let data = dataset(&source, user)?.at(day(&source));
            let selection = Selection::parse(&data, selection.jurisdictions.as_deref(), selection.criteria.as_deref())?;
            let gaps = vilab_law::gaps::gaps(&data, &selection);
            if json {
                super::print_json(&gaps)?;
            } else {
                out!("{}", vilab_law::gaps::to_text(&gaps, &selection, &crate::ui::msgs()));
            }
        }
        LawCommand::WhoCanProsecute { source, conduct, place, offender, victim, circumstances: c, json } => {
            let data = dataset(&source, user)?.at(day(&source));
            let circumstances = Circumstances {
                offender_resident: c.offender_resident,
                offender_now: c.offender_now,
                offender_found: c.offender_found,
                complaint_or_request: c.complaint,
                tried_abroad: c.tried_abroad,
            };
            let question = Question { conduct: Criterion::parse(&conduct)?, place, offender, victim, circumstances };
            let finding = who_can_prosecute(&data, &question)?;
            if json {
                super::print_json(&finding)?;
            } else {
                out!("{}", finding.to_text(&data, &crate::ui::msgs()));
            }
        }
        LawCommand::Import { lab, file, json } => {
            let lab = lab_path::open(&lab)?;
            let imported = auth::session(&lab, user)?.import_law(&file)?;
            if json {
                return super::print_shaped(&imported);
            }
            let r = &imported.report;
            let list = |items: &[(String, Criterion)]| {
                items.iter().map(|(j, c)| format!("{j} {}", c.code())).collect::<Vec<_>>().join(", ")
            };
            outln!(
                "{}",
                tr!(
                    "law-imported",
                    name = imported.import.name.as_str(),
                    id = imported.import.id.to_string(),
                    records = r.records,
                    replaced = list(&r.replaced),
                    added = list(&r.added)
                )
            );
        }
        LawCommand::Imports { lab, json, command: None } => {
            let lab = lab_path::open(&lab)?;
            let list = auth::session(&lab, user)?.law_imports()?;
            if json {
                return super::print_shaped(&list);
            }
            if list.imports.is_empty() {
                outln!("{}", tr!("law-no-imports"));
                return Ok(ExitCode::SUCCESS);
            }
            outln!("id\timported_at\tbytes\tsha256\tname");
            for i in &list.imports {
                outln!(
                    "{}\t{}\t{}\t{}\t{}",
                    i.id,
                    ui::when(i.imported_at),
                    i.size,
                    i.sha256,
                    crate::tsv::field(&i.name)
                );
            }
        }
        LawCommand::Imports { command: Some(LawImportsCommand::Remove { lab, id }), .. } => {
            let lab = lab_path::open(&lab)?;
            let removed = auth::session(&lab, user)?.remove_law_import(id)?;
            let ids: Vec<String> = removed.remaining.iter().map(|i| i.to_string()).collect();
            outln!(
                "{}",
                tr!(
                    "law-import-removed",
                    id = removed.removed.id.to_string(),
                    name = removed.removed.name.as_str(),
                    remaining = ids.len(),
                    ids = ids.join(", ")
                )
            );
        }
        LawCommand::Criteria => {
            for c in Criterion::ALL {
                outln!(
                    "{:<28} {:<12} {}",
                    c.code(),
                    format!("{:?}", c.kind()).to_lowercase(),
                    c.label(&crate::ui::msgs())
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The day whose law a view shows: `--at`, else today (UTC).
fn day(source: &LawSource) -> PartialDate {
    source.at.unwrap_or_else(|| {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        PartialDate::from_unix_seconds(i64::try_from(now).unwrap_or(i64::MAX))
    })
}

/// The bundled facts with the lab's imports applied, in order; with
/// `--bundled`, or without an explicit lab when the default one does not
/// exist, the bundled facts alone.
fn dataset(source: &LawSource, user: Option<&str>) -> anyhow::Result<Dataset> {
    if source.bundled {
        return Ok(vilab_lab::ops::law::bundled()?);
    }
    let explicit = source.lab.lab.is_some() || std::env::var_os(lab_path::LAB_ENV).is_some_and(|v| !v.is_empty());
    let dir = lab_path::resolve(&source.lab)?;
    if !explicit && !dir.join("lab.db").exists() {
        return Ok(vilab_lab::ops::law::bundled()?);
    }
    let lab = lab_path::open(&source.lab)?;
    Ok(auth::session(&lab, user)?.law_dataset()?)
}
