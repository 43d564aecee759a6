//! The legal matrix as this lab reads it: the bundled facts with the lab's
//! imports applied in order; importing a research group's file, listing
//! and removing imports.

use std::io::Read;
use std::path::Path;
use std::time::{Duration, UNIX_EPOCH};

use serde::Serialize;
use serde_json::json;
use vilab_law::model::ImportReport;
use vilab_law::{DataFile, Dataset, MAX_IMPORT_BYTES};
use vilab_store::model::LawImport;

use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::{law, store, unreadable};
use crate::guard::{Done, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// An import as listed (its text stays in the lab).
#[derive(Clone, Debug, Serialize)]
pub struct LawImportLine {
    /// Its id: imports apply in id order.
    pub id: i64,
    /// The file's name.
    pub name: String,
    /// SHA-256 of its text (hex).
    pub sha256: String,
    /// When (Unix seconds).
    pub imported_at: i64,
    /// Bytes.
    pub size: usize,
}

/// The lab's imports, in the order they apply.
#[derive(Clone, Debug, Serialize)]
pub struct LawImportList {
    /// In order.
    pub imports: Vec<LawImportLine>,
}
shape!(LawImportList, "vilab.law-imports/1");

/// What an import did.
#[derive(Clone, Debug, Serialize)]
pub struct LawImported {
    /// The import.
    pub import: LawImportLine,
    /// What it replaced and added.
    pub report: ImportReport,
}
shape!(LawImported, "vilab.law-import/1");

/// An import removed.
#[derive(Clone, Debug, Serialize)]
pub struct LawImportRemoved {
    /// The import removed.
    pub removed: LawImportLine,
    /// The ids still applied, in order.
    pub remaining: Vec<i64>,
}
shape!(LawImportRemoved, "vilab.law-import-removed/1");

fn line(i: &LawImport) -> LawImportLine {
    LawImportLine {
        id: i.id,
        name: i.name.clone(),
        sha256: i.sha256.clone(),
        imported_at: i.imported_at,
        size: i.content.len(),
    }
}

/// The time an import is labelled with in the matrix's history.
fn when(unix: i64) -> String {
    let at = UNIX_EPOCH + Duration::from_secs(unix.max(0).unsigned_abs());
    humantime::format_rfc3339_seconds(at).to_string()
}

/// The bundled facts alone (no lab needed).
pub fn bundled() -> Result<Dataset> {
    vilab_law::bundled().map_err(law)
}

/// The bundled facts with `imports` applied, in order; on failure, the
/// import that did not apply (none if the bundled data itself did not
/// load) and why.
fn applied(imports: &[LawImport]) -> std::result::Result<Dataset, (Option<&LawImport>, AppError)> {
    let mut data = bundled().map_err(|e| (None, e))?;
    for import in imports {
        let file = DataFile { name: &import.name, text: &import.content };
        data = match data.with_import(file, &when(import.imported_at)) {
            Ok((data, _)) => data,
            Err(e) => return Err((Some(import), law(e).with("import", import.id))),
        };
    }
    Ok(data)
}

impl Session<'_> {
    /// The legal matrix with the lab's imports applied.
    pub fn law_dataset(&self) -> Result<Dataset> {
        self.act(Action::LawView, Target::Lab, |permit| {
            let imports = permit.store().law_imports().map_err(store)?;
            applied(&imports).map(Done::plain).map_err(|(_, e)| e)
        })
    }

    /// The lab's imports in the order they apply.
    pub fn law_imports(&self) -> Result<LawImportList> {
        self.act(Action::LawView, Target::Lab, |permit| {
            let imports = permit.store().law_imports().map_err(store)?.iter().map(line).collect();
            Ok(Done::plain(LawImportList { imports }))
        })
    }

    /// Imports a file of legal facts (at most [`MAX_IMPORT_BYTES`]),
    /// validated against everything already applied before it is stored.
    pub fn import_law(&self, file: &Path) -> Result<LawImported> {
        let name = file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
        self.act(Action::LawImport, Target::Named { kind: "law_import", name: &name }, |permit| {
            let opened = std::fs::File::open(file).map_err(|e| unreadable(file, e))?;
            let mut bytes = Vec::new();
            opened.take(MAX_IMPORT_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(|e| unreadable(file, e))?;
            let text = vilab_law::import_text(&file.display().to_string(), &bytes).map_err(law)?;
            let imports = permit.store().law_imports().map_err(store)?;
            let current = applied(&imports).map_err(|(_, e)| e)?;
            let (_, report) = current.with_import(DataFile { name: &name, text }, &when(0)).map_err(law)?;
            let stored = permit.store().add_law_import(&name, text).map_err(store)?;
            let details = json!({ "id": stored.id, "sha256": stored.sha256, "records": report.records });
            Ok(Done::new(LawImported { import: line(&stored), report }, details))
        })
    }

    /// Removes an import; refused when a later import no longer applies
    /// without it.
    pub fn remove_law_import(&self, id: i64) -> Result<LawImportRemoved> {
        let name = id.to_string();
        self.act(Action::LawRemove, Target::Named { kind: "law_import", name: &name }, |permit| {
            let imports = permit.store().law_imports().map_err(store)?;
            let ids = |list: &[LawImport]| list.iter().map(|i| i.id.to_string()).collect::<Vec<_>>().join(", ");
            let Some(removed) = imports.iter().find(|i| i.id == id) else {
                return Err(AppError::new(Code::LawImportNotFound).with("id", id).with("known", ids(&imports)));
            };
            // A later import may cite a source or provision only this one
            // defines: removing it would leave the lab's matrix unreadable.
            let remaining: Vec<LawImport> = imports.iter().filter(|i| i.id != id).cloned().collect();
            if let Err((later, e)) = applied(&remaining) {
                let Some(later) = later else { return Err(e) };
                let detail = e.to_string();
                return Err(AppError::new(Code::LawImportNeeded)
                    .with("id", id)
                    .with("name", removed.name.as_str())
                    .with("later", later.id)
                    .with("later_name", later.name.as_str())
                    .detail(detail));
            }
            if !permit.store().remove_law_import(id).map_err(store)? {
                return Err(AppError::new(Code::LawImportNotFound).with("id", id).with("known", ids(&remaining)));
            }
            let details = json!({ "name": removed.name, "sha256": removed.sha256 });
            let done = LawImportRemoved { removed: line(removed), remaining: remaining.iter().map(|i| i.id).collect() };
            Ok(Done::new(done, details))
        })
    }
}
