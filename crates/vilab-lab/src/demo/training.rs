//! The demo's training pack (issue 20): the synthetic scenes of
//! `vilab_synth::training` written to a folder, ingested into a case of
//! their own by the analyst, and their answers written beside the lab as
//! `training-answers.json`, for the trainer.

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
}
shape!(TrainingReport, "vilab.demo-training/1");

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
    Ok(TrainingReport { case: case.to_owned(), dir: pack_dir, answers_file, ingest, media, scenes: answers.scenes })
}
