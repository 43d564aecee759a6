//! `vilab exercise set|show|answer|mark|results|import-answers|export|import`
//! (issue 20): training exercises on a gallery from the command line,
//! through `vilab-lab`; `export` writes the folder the lab signed, `import`
//! reads another lab's. TSV headers are stable identifiers, not words.

use std::path::Path;
use std::process::ExitCode;

use serde::Deserialize;
use vilab_gallery::exercise::{Answer, AnswerFile, ExpectedAnswer, Rubric};
use vilab_lab::types::GalleryItemId;
use vilab_lab::{AppError, Code};

use crate::cli::ExerciseCommand;
use crate::{auth, lab_path};

/// The file `vilab exercise set` reads.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExerciseFile {
    rubric: Rubric,
    items: Vec<ExerciseFileItem>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExerciseFileItem {
    item: i64,
    expected: ExpectedAnswer,
}

/// A JSON file read into `T`, its errors naming the file, line and column.
fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, AppError> {
    let bytes = std::fs::read(path)
        .map_err(|e| AppError::new(Code::FileUnreadable).with("file", path.display().to_string()).detail(e))?;
    serde_json::from_slice(&bytes).map_err(|e| {
        AppError::invalid("file", format!("{}: line {}, column {}: {e}", path.display(), e.line(), e.column()))
    })
}

/// `vilab exercise ...`.
pub fn run(command: ExerciseCommand, user: Option<&str>) -> anyhow::Result<ExitCode> {
    match command {
        ExerciseCommand::Set { lab, gallery, file, json } => {
            let lab = lab_path::open(&lab)?;
            let file: ExerciseFile = read_json(&file)?;
            let items: Vec<(GalleryItemId, ExpectedAnswer)> =
                file.items.into_iter().map(|i| (GalleryItemId(i.item), i.expected)).collect();
            let view = auth::session(&lab, user)?.set_exercise(&gallery, &file.rubric, &items)?;
            if json {
                return super::print_shaped(&view);
            }
            outln!("exercise\titems");
            outln!("{}\t{}", view.uid, view.items.len());
        }
        ExerciseCommand::Show { lab, gallery, json } => {
            let lab = lab_path::open(&lab)?;
            let view = auth::session(&lab, user)?.exercise(&gallery)?;
            if json {
                return super::print_shaped(&view);
            }
            outln!("item\tcountry\tplace\tobjects\tmy_country\tmy_place\tmy_objects");
            for i in &view.items {
                let (c, p, o) = i
                    .expected
                    .as_ref()
                    .map(|e| (e.country.as_str(), e.place.as_str(), e.objects.join(",")))
                    .unwrap_or(("", "", String::new()));
                let (mc, mp, mo) = i
                    .mine
                    .as_ref()
                    .map(|a| (a.country.as_str(), a.place.as_str(), a.objects.join(",")))
                    .unwrap_or(("", "", String::new()));
                outln!("{}\t{c}\t{}\t{o}\t{mc}\t{}\t{mo}", i.item.0, crate::tsv::field(p), crate::tsv::field(mp));
            }
        }
        ExerciseCommand::Answer { lab, gallery, item, country, place, objects, free_text, json } => {
            let lab = lab_path::open(&lab)?;
            let answer = Answer { country, place, objects, free_text };
            let done = auth::session(&lab, user)?.answer_exercise(&gallery, GalleryItemId(item), &answer)?;
            if json {
                return super::print_shaped(&done);
            }
            outln!("item\tchanged");
            outln!("{}\t{}", done.item.0, if done.changed { "yes" } else { "no" });
        }
        ExerciseCommand::Mark { lab, gallery, item, trainee, points } => {
            let lab = lab_path::open(&lab)?;
            auth::session(&lab, user)?.mark_free_text(&gallery, GalleryItemId(item), &trainee, points)?;
            outln!("item\ttrainee\tpoints");
            outln!("{item}\t{}\t{points}", crate::tsv::field(&trainee));
        }
        ExerciseCommand::Results { lab, gallery, json } => {
            let lab = lab_path::open(&lab)?;
            let results = auth::session(&lab, user)?.exercise_results(&gallery)?;
            if json {
                return super::print_shaped(&results);
            }
            outln!("trainee\tanswered\tpoints\tmax\tpending");
            for t in &results.trainees {
                outln!("{}\t{}\t{}\t{}\t{}", crate::tsv::field(&t.trainee), t.answered, t.points, t.max, t.pending);
            }
        }
        ExerciseCommand::Export { lab, gallery, recipient, out, days, json } => {
            let lab = lab_path::open(&lab)?;
            let expires = lab.now() + i64::from(days) * 86_400;
            let export = auth::session(&lab, user)?.export_exercise(&gallery, &recipient, expires)?;
            vilab_gallery::write_dir(&out, &export.files).map_err(|e| {
                AppError::new(Code::FileUnwritable)
                    .with("file", e.bundle_path().map(str::to_string).unwrap_or_else(|| out.display().to_string()))
                    .detail(e)
            })?;
            if json {
                return super::print_shaped(&export.summary);
            }
            outln!("exercise	items	public_key	folder");
            outln!(
                "{}	{}	{}	{}",
                export.summary.exercise,
                export.summary.items.len(),
                export.summary.public_key,
                crate::tsv::field(&out.display().to_string())
            );
        }
        ExerciseCommand::Import { lab, folder, case, key, pictures, days, json } => {
            let key = key
                .map(|k| {
                    hex::decode(k.trim())
                        .ok()
                        .and_then(|b| <[u8; 32]>::try_from(b).ok())
                        .ok_or_else(|| AppError::invalid("key", "expected 64 hex digits (an Ed25519 public key)"))
                })
                .transpose()?;
            let files = vilab_gallery::read_dir(&folder)
                .map_err(|e| AppError::invalid(e.bundle_path().unwrap_or("folder"), e.to_string()))?;
            let lab = lab_path::open(&lab)?;
            let closes = lab.now() + i64::from(days) * 86_400;
            let session = auth::session(&lab, user)?;
            let imported = session.import_exercise(&files, key.as_ref(), &case, &pictures, closes)?;
            if json {
                return super::print_shaped(&imported);
            }
            outln!("case	gallery	exercise	items	source_lab	source_key");
            outln!(
                "{}	{}	{}	{}	{}	{}",
                crate::tsv::field(&imported.case),
                imported.gallery,
                imported.exercise,
                imported.items.len(),
                crate::tsv::field(&imported.source_lab),
                imported.source_key
            );
        }
        ExerciseCommand::ImportAnswers { lab, gallery, file, json } => {
            let lab = lab_path::open(&lab)?;
            let file: AnswerFile = read_json(&file)?;
            let report = auth::session(&lab, user)?.import_answers(&gallery, &file)?;
            if json {
                return super::print_shaped(&report);
            }
            outln!("recorded\tunchanged");
            outln!("{}\t{}", report.recorded, report.unchanged);
        }
    }
    Ok(ExitCode::SUCCESS)
}
