//! `vilab demo`: a synthetic seizure, generated in code, into a fresh lab
//! with its own accounts, then the synthetic training pack in a case of
//! its own with its answers file, then the summary. Nothing in it is a
//! photograph.

use std::path::PathBuf;
use std::process::ExitCode;

use vilab_lab::demo::{DemoOptions, DemoReport, TrainingReport};

use crate::cli::DemoArgs;
use crate::progress_view::ProgressView;
use crate::signals::Stop;
use crate::ui;
use crate::ui::{count, labelled};

pub fn run(args: &DemoArgs, signals: &Stop) -> anyhow::Result<ExitCode> {
    let stop = signals.flag();
    let dir = args.dir.clone().unwrap_or_else(default_dir);
    let (view, sender) = ProgressView::start(args.quiet);
    // The training case is named in the user's language.
    let options = DemoOptions {
        training_case: Some(tr!("demo-training-case")),
        exercise_title: Some(tr!("demo-training-exercise")),
    };
    let report = vilab_lab::demo::run_with(&dir, args.seed, &options, stop, &sender, &mut |g| {
        outln!("{}", tr!("demo-generated", seed = g.seed.to_string(), dir = g.dir.display().to_string()));
        outln!(
            "  {}",
            tr!(
                "demo-generated-counts",
                files = g.files,
                members = g.archive_members,
                mb = ui::measure(g.bytes as f64 / 1e6)
            )
        );
    });
    drop(sender);
    view.finish();
    let report = report?;
    print(&report);
    if !report.audit.intact {
        return Ok(ExitCode::from(9));
    }
    if args.serve {
        outln!();
        let unlock = vilab_lab::Unlock::Passphrase(vilab_lab::SecretString::from(report.lab_passphrase.clone()));
        let lab = vilab_lab::Lab::open_unlocked(&report.lab, &unlock)?;
        return super::serve::serve(lab, args.bind, None, signals);
    }
    Ok(ExitCode::SUCCESS)
}

fn print(r: &DemoReport) {
    outln!(
        "  {}",
        tr!(
            "demo-hashset",
            name = r.hashset.name.as_str(),
            entries = r.hashset.entries,
            file = r.lab.parent().map(|p| p.join("known.json").display().to_string()).unwrap_or_default()
        )
    );
    super::ingest::print_report(&r.ingest);
    outln!("{}", tr!("demo-case", case = r.case.as_str()));
    super::case::print_counts(&r.counts);
    let g = &r.generated;
    outln!("{}", tr!("demo-expected"));
    outln!("{}", labelled("demo-label-occurrences", count(g.expected_occurrences)));
    outln!("{}", labelled("demo-label-contents", count(g.expected_contents)));
    outln!("{}", labelled("demo-label-corrupt", count(g.expected_corrupt)));
    outln!("{}", labelled("demo-label-passphrase", &r.lab_passphrase));
    outln!("{}", tr!("demo-passphrase-note"));
    outln!("{}", tr!("demo-accounts"));
    for a in &r.accounts {
        outln!("{}", ui::line(&format!("{} ({})", a.username, ui::role(a.role)), &a.password));
    }
    if r.audit.intact {
        outln!("{}", tr!("demo-audit-intact", records = r.audit.records));
    } else {
        outln!("{}", tr!("audit-broken", seq = r.audit.first_bad_seq.map(|s| s.to_string()).unwrap_or_default()));
    }
    if let Some(t) = &r.training {
        print_training(t);
    }
    outln!();
    let lab = r.lab.display().to_string();
    outln!("{}", tr!("demo-explore"));
    outln!("  vilab login --lab {lab} --user analyst");
    outln!("  vilab media list --lab {lab} --case {}", r.case);
    outln!("  vilab triage --lab {lab} --case {}", r.case);
    if let Some(t) = &r.training {
        outln!("  vilab media list --lab {lab} --case \"{}\"", t.case);
    }
    outln!("  vilab audit verify --lab {lab} --user auditor");
    outln!("  vilab serve --lab {lab}");
}

/// The training pack: where its case and answers are, and one line per
/// scene (file, country, place, the kinds of its clues).
fn print_training(t: &TrainingReport) {
    outln!(
        "{}",
        tr!(
            "demo-training",
            scenes = t.scenes.len() as u64,
            case = t.case.as_str(),
            items = t.media,
            file = t.answers_file.display().to_string()
        )
    );
    for scene in &t.scenes {
        let a = &scene.answer;
        let kinds: Vec<&str> = a.objects.iter().map(|o| o.kind.as_str()).collect();
        outln!("  {:<20} {}  {:<18} {}", scene.file, a.country, a.place, kinds.join(", "));
    }
    if let Some(e) = &t.exercise {
        outln!(
            "{}",
            tr!(
                "demo-training-exercise-made",
                title = e.title.as_str(),
                gallery = e.gallery.as_str(),
                items = e.items.len() as u64,
                trainer = e.trainer.as_str(),
                trainee = e.trainee.as_str()
            )
        );
    }
}

/// A new folder under the system's temporary directory, kept after the run
/// so that the user can explore the demo lab.
fn default_dir() -> PathBuf {
    let stamp =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default();
    std::env::temp_dir().join(format!("vilab-demo-{stamp}-{}", std::process::id()))
}
