//! The demo's training pack (issue 20): the synthetic scenes of
//! `vilab_synth::training` written to a folder, ingested into a case of
//! their own by the analyst, and their answers written beside the lab as
//! `training-answers.json`, for the trainer; and, when asked, a trainee
//! gallery of the scenes' trainee renditions with an exercise whose known
//! answers are the pack's ([`exercise`]).

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use crossbeam_channel::Sender;
use serde::{Deserialize, Serialize};
use vilab_ingest::{IngestOptions, ProgressEvent};
use vilab_synth::training::{SceneAnswer, training_pack};

use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::ops::ingest::{IngestReport, IngestRequest};
use crate::shapes::{Shaped, shape};

/// File name of the answers, beside the lab.
pub const ANSWERS_FILE: &str = "training-answers.json";
/// The exhibit the scenes are ingested as.
pub const TRAINING_EXHIBIT: &str = "training-pack";

/// One scene as the answers file and the summary give it.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct TrainingSceneLine {
    /// The scene's file name in the pack's folder.
    pub file: String,
    /// SHA-256 of the JPEG (hex): the media item's id in the case.
    pub sha256: String,
    /// The known answer.
    pub answer: SceneAnswer,
}

/// The answers file: every scene of the pack with its answer.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct TrainingAnswers {
    /// The seed the pack was painted from.
    pub seed: u64,
    /// The case the scenes were ingested into.
    pub case: String,
    /// The scenes, in the pack's order.
    pub scenes: Vec<TrainingSceneLine>,
}
shape!(TrainingAnswers, "vilab.training-answers/1");

/// What the training step did.
#[derive(Clone, Debug, Serialize)]
pub struct TrainingReport {
    /// The case holding the scenes.
    pub case: String,
    /// The folder of the scenes' JPEGs.
    pub dir: PathBuf,
    /// The answers file.
    pub answers_file: PathBuf,
    /// The ingest of the scenes.
    pub ingest: IngestReport,
    /// Unique media items in the case afterwards.
    pub media: u64,
    /// The scenes with their answers.
    pub scenes: Vec<TrainingSceneLine>,
    /// The trainee gallery and exercise made of the scenes, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exercise: Option<TrainingExercise>,
}
shape!(TrainingReport, "vilab.demo-training/1");

/// The demo's training exercise: a trainee gallery of the scenes' trainee
/// renditions, its known answers from the pack's.
#[derive(Clone, Debug, Serialize)]
pub struct TrainingExercise {
    /// The gallery's uid.
    pub gallery: String,
    /// Its title.
    pub title: String,
    /// The exercise's uid.
    pub exercise: String,
    /// Its items (gallery item ids), in the pack's order.
    pub items: Vec<vilab_store::model::gallery::GalleryItemId>,
    /// The trainer who edits it.
    pub trainer: String,
    /// The trainee who takes part.
    pub trainee: String,
}

/// A scene's answer as an exercise's known answer: the object kinds of its
/// clues, each once.
pub fn expected_answer(answer: &SceneAnswer) -> vilab_gallery::exercise::ExpectedAnswer {
    let mut objects: Vec<String> = Vec::new();
    for o in &answer.objects {
        if !objects.contains(&o.kind) {
            objects.push(o.kind.clone());
        }
    }
    vilab_gallery::exercise::ExpectedAnswer {
        country: answer.country.clone(),
        place: answer.place.clone(),
        place_aliases: Vec::new(),
        objects,
        solving_lead: answer.solving_lead.clone(),
    }
}

/// The rubric of the demo's exercise.
pub const DEMO_RUBRIC: vilab_gallery::exercise::Rubric = vilab_gallery::exercise::Rubric {
    country_points: 2,
    place_points: 2,
    object_points: 1,
    wrong_object_penalty: 1,
    free_text_max: 2,
};

/// Makes the trainee rendition of every scene of `report` (they have no
/// regions: a re-encoding with no metadata), a trainee gallery `title`
/// open for 30 days with the scenes in the pack's order, `trainer` its
/// editor and `trainee` a participant, and the exercise with the pack's
/// answers. The analyst does it all (a member of the training case).
pub(crate) fn exercise(
    analyst: &Session<'_>,
    report: &TrainingReport,
    title: &str,
    trainer: &str,
    trainee: &str,
) -> Result<TrainingExercise> {
    use vilab_store::model::gallery::GalleryAudience;
    use vilab_store::model::regions::Audience;
    let now = analyst.lab().now();
    let gallery = analyst.create_gallery(title, GalleryAudience::Trainee, now, now + 30 * 86_400)?.uid;
    let mut items = Vec::new();
    let mut expected = Vec::new();
    for scene in &report.scenes {
        let key = vilab_store::MediaKey::parse(&scene.sha256).map_err(|e| AppError::invalid("sha256", e))?;
        let media = analyst.show_media(&key)?.id;
        analyst.make_renditions(&report.case, media, Audience::Trainee)?;
        let added = analyst.add_gallery_items(&gallery, &report.case, std::slice::from_ref(&key))?;
        // Two scenes painted alike would share one item: the first keeps it.
        if let Some(id) = added.added.first() {
            items.push(*id);
            expected.push((*id, expected_answer(&scene.answer)));
        }
    }
    use crate::ops::galleries::GalleryPart;
    analyst.set_gallery_member(&gallery, trainer, GalleryPart::Editor)?;
    analyst.set_gallery_member(&gallery, trainee, GalleryPart::Participant)?;
    let set = analyst.set_exercise(&gallery, &DEMO_RUBRIC, &expected)?;
    Ok(TrainingExercise {
        gallery,
        title: title.to_string(),
        exercise: set.uid,
        items,
        trainer: trainer.to_string(),
        trainee: trainee.to_string(),
    })
}

/// Paints the pack of `seed` into `dir/training`, ingests it as the
/// analyst into a new case `case`, and writes `dir/training-answers.json`.
pub(crate) fn build(
    analyst: &Session<'_>,
    dir: &Path,
    seed: u64,
    case: &str,
    stop: &AtomicBool,
    progress: &Sender<ProgressEvent>,
) -> Result<TrainingReport> {
    let pack_dir = dir.join("training");
    let unwritable = |path: &Path, e: std::io::Error| {
        AppError::new(Code::FileUnwritable).with("file", path.display().to_string()).detail(e)
    };
    std::fs::create_dir_all(&pack_dir).map_err(|e| unwritable(&pack_dir, e))?;
    let mut scenes = Vec::new();
    for scene in training_pack(seed) {
        let path = pack_dir.join(&scene.name);
        std::fs::write(&path, &scene.jpeg).map_err(|e| unwritable(&path, e))?;
        let sha256 = vilab_core::Digests::of(&scene.jpeg).sha256.to_hex();
        scenes.push(TrainingSceneLine { file: scene.name, sha256, answer: scene.answer });
    }
    analyst.create_case(case)?;
    let request =
        IngestRequest { case, exhibit: TRAINING_EXHIBIT, source: &pack_dir, options: IngestOptions::default() };
    let ingest = analyst.ingest(&request, stop, progress)?;
    let media = analyst.case_view(case)?.counts.media;
    let answers = TrainingAnswers { seed, case: case.to_owned(), scenes };
    let answers_file = dir.join(ANSWERS_FILE);
    let json = serde_json::to_vec_pretty(&Shaped(&answers))
        .map_err(|e| AppError::new(Code::Internal).with("file", answers_file.display().to_string()).detail(e))?;
    std::fs::write(&answers_file, json).map_err(|e| unwritable(&answers_file, e))?;
    Ok(TrainingReport {
        case: case.to_owned(),
        dir: pack_dir,
        answers_file,
        ingest,
        media,
        scenes: answers.scenes,
        exercise: None,
    })
}
