//! Exercises carried between labs (`vilab.exercise/1`,
//! `vilab_gallery::exercise::exchange`): exported with each item's current
//! rendition for the gallery's audience (never an original) and the known
//! answers, signed with the lab's key; imported by another lab's analyst
//! as a new case holding those renditions (they are that lab's pictures
//! now: already sanitized, with no regions), a trainee gallery of them and
//! the exercise with its answers.
//!
//! The import is a composition of audited operations (create the case,
//! ingest, create the gallery, add the items, make the trainee renditions,
//! set the exercise), as the demo's training pack is: the renditions are
//! written to a folder the caller names, then ingested from it.

use std::path::Path;
use std::sync::atomic::AtomicBool;

use serde::Serialize;
use serde_json::json;
use vilab_gallery::exercise::{Exercise, ExerciseItem};
use vilab_store::MediaKey;
use vilab_store::model::gallery::{GalleryAudience, GalleryItemId};
use vilab_store::model::regions::Audience;

use super::exercises::{exercise_of, expected_items, rubric_of};
use super::images::current_renditions;
use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::store;
use crate::guard::{Done, Target};
use crate::ops::ingest::IngestRequest;
use crate::permission::Action;
use crate::shapes::shape;

/// The exhibit an imported exercise's renditions are ingested as.
pub const EXERCISE_EXHIBIT: &str = "exercise";

/// An exported exercise: what it says of itself, and its files.
#[derive(Clone, Debug)]
pub struct ExerciseExport {
    /// The summary.
    pub summary: ExerciseExportSummary,
    /// The folder's files.
    pub files: Vec<vilab_gallery::BundleFile>,
}

/// What an exercise export says of itself.
#[derive(Clone, Debug, Serialize)]
pub struct ExerciseExportSummary {
    /// The gallery.
    pub gallery: String,
    /// The exercise's uid.
    pub exercise: String,
    /// Its items (gallery item ids).
    pub items: Vec<GalleryItemId>,
    /// The lab's public key (hex) that signed it.
    pub public_key: String,
    /// Its fingerprint.
    pub fingerprint: String,
}
shape!(ExerciseExportSummary, "vilab.exercise-export/1");

/// What an exercise import made.
#[derive(Clone, Debug, Serialize)]
pub struct ExerciseImported {
    /// The exercise's uid in the lab it came from.
    pub source_exercise: String,
    /// The lab that signed it.
    pub source_lab: String,
    /// Its public key (hex).
    pub source_key: String,
    /// The case now holding its pictures.
    pub case: String,
    /// The trainee gallery made of them.
    pub gallery: String,
    /// The exercise set on it (a new uid).
    pub exercise: String,
    /// Its items (this lab's gallery item ids), in the exercise's order.
    pub items: Vec<GalleryItemId>,
}
shape!(ExerciseImported, "vilab.exercise-imported/1");

fn day(at: i64) -> String {
    let at = std::time::UNIX_EPOCH + std::time::Duration::from_secs(at.max(0) as u64);
    humantime::format_rfc3339_seconds(at).to_string()[..10].to_string()
}

fn exchange_error(e: vilab_gallery::exercise::ExerciseError) -> AppError {
    use vilab_gallery::exercise::ExerciseError as E;
    match e {
        // A folder that does not verify is bad input, naming its file.
        E::Bundle(b) => AppError::invalid(b.bundle_path().unwrap_or("folder"), b.to_string()),
        E::Json { line, column, problem } => {
            AppError::invalid("exercise.json", format!("line {line}, column {column}: {problem}"))
        }
        E::Field { field, problem } => AppError::invalid(&field, problem),
    }
}

impl Session<'_> {
    /// Exports a gallery's exercise for another lab (`recipient`): each
    /// item's current rendition for the gallery's audience and its known
    /// answer, signed with the lab's key. An item with no current
    /// rendition is refused by id. Editors only (`gallery.edit`).
    pub fn export_exercise(&self, gallery: &str, recipient: &str, expires_at: i64) -> Result<ExerciseExport> {
        self.act(Action::GalleryEdit, Target::Gallery(gallery), |permit| {
            let g = permit.gallery();
            let ex = exercise_of(permit)?;
            let rubric = rubric_of(&ex)?;
            let mut items = Vec::new();
            let mut renditions = Vec::new();
            let mut ids = Vec::new();
            for (id, expected) in expected_items(permit, &ex)? {
                let not_found = || AppError::new(Code::GalleryItemNotFound).with("item", id.0);
                let item = permit.store().gallery_item(id).map_err(store)?.ok_or_else(not_found)?;
                let Some(r) = current_renditions(permit.store(), g.audience, &item)?.into_iter().next() else {
                    return Err(AppError::invalid(
                        "items",
                        format!("gallery item {} has no current {} rendition", id.0, g.audience.as_str()),
                    ));
                };
                let jpeg = permit.blobs().get(&r.sha256).map_err(store)?;
                renditions.push((id.0.to_string(), jpeg));
                items.push(ExerciseItem { item_id: id.0.to_string(), expected });
                ids.push(id);
            }
            let exercise = Exercise { uid: ex.uid.clone(), title: g.title.clone(), items, rubric };
            let lab_id = permit.store_lab().info().map_err(store)?.lab_id;
            let identity = permit.store_lab().identity();
            let files = vilab_gallery::exercise::export(
                &exercise,
                &renditions,
                &format!("vilab {}", &lab_id[..lab_id.len().min(8)]),
                recipient,
                &day(permit.now()),
                &day(expires_at.max(permit.now())),
                identity.signing_key(),
            )
            .map_err(exchange_error)?;
            let summary = ExerciseExportSummary {
                gallery: g.uid.clone(),
                exercise: ex.uid.clone(),
                items: ids,
                public_key: identity.public_key_hex(),
                fingerprint: vilab_gallery::fingerprint(&identity.public_key()),
            };
            let details = json!({ "exercise": ex.uid, "items": summary.items, "files": files.len() });
            Ok(Done::new(ExerciseExport { summary, files }, details))
        })
    }

    /// Imports another lab's exercise folder's files (signed by
    /// `expected_key` when given): its renditions are written into
    /// `scratch` (a new or empty folder) and ingested into a new case
    /// `case`, a trainee gallery of them is opened from now until
    /// `closes_at`, their trainee renditions made (re-encoded: they have no
    /// regions), and the exercise set with its known answers. Each step is
    /// an operation of its own (an analyst's: it creates a case).
    pub fn import_exercise(
        &self,
        files: &[vilab_gallery::BundleFile],
        expected_key: Option<&[u8; 32]>,
        case: &str,
        scratch: &Path,
        closes_at: i64,
    ) -> Result<ExerciseImported> {
        let imported = vilab_gallery::exercise::import(files, expected_key).map_err(exchange_error)?;
        let unwritable = |e: std::io::Error| {
            AppError::new(Code::FileUnwritable).with("file", scratch.display().to_string()).detail(e)
        };
        std::fs::create_dir_all(scratch).map_err(unwritable)?;
        if std::fs::read_dir(scratch).map_err(unwritable)?.next().is_some() {
            return Err(AppError::new(Code::FileExists).with("file", scratch.display().to_string()));
        }
        let mut keys = Vec::new();
        for (id, jpeg) in &imported.renditions {
            let path = scratch.join(format!("{id}.jpg"));
            std::fs::write(&path, jpeg).map_err(unwritable)?;
            keys.push(MediaKey::Sha256(vilab_core::Digests::of(jpeg).sha256));
        }
        self.create_case(case)?;
        let request = IngestRequest {
            case,
            exhibit: EXERCISE_EXHIBIT,
            source: scratch,
            options: vilab_ingest::IngestOptions::default(),
        };
        let (progress, _events) = crossbeam_channel::unbounded();
        self.ingest(&request, &AtomicBool::new(false), &progress)?;
        let now = self.lab().now();
        let title = imported.exercise.title.clone();
        let gallery = self.create_gallery(&title, GalleryAudience::Trainee, now, closes_at)?.uid;
        let mut items = Vec::new();
        for (key, item) in keys.iter().zip(&imported.exercise.items) {
            let added = self.add_gallery_items(&gallery, case, std::slice::from_ref(key))?;
            let id = match added.added.first() {
                Some(id) => *id,
                None => {
                    return Err(AppError::invalid(
                        &format!("items.{}", item.item_id),
                        "the same picture as another item of the exercise",
                    ));
                }
            };
            let detail = self.show_media(key)?;
            self.make_renditions(case, detail.id, Audience::Trainee)?;
            items.push((id, item.expected.clone()));
        }
        let set = self.set_exercise(&gallery, &imported.exercise.rubric, &items)?;
        Ok(ExerciseImported {
            source_exercise: imported.exercise.uid,
            source_lab: imported.lab,
            source_key: imported.public_key,
            case: case.to_string(),
            gallery,
            exercise: set.uid,
            items: items.into_iter().map(|(id, _)| id).collect(),
        })
    }
}
