//! `vilab demo` end to end: the synthetic seizure, its hash set of "known"
//! pictures, the ingest and the triage it prints, checked against an
//! oracle computed here by brute force from the stored hashes and the
//! hash-set file (no index, no SQL join); and the training pack's case and
//! answers file.

mod common;

use std::collections::{BTreeMap, BTreeSet, HashSet};

use common::vilab;
use vilab_store::Lab;

#[test]
fn the_demo_prints_the_right_triage() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let out = vilab(&home).args(["demo", "--quiet", "--dir"]).arg(dir.path().join("demo")).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{}\n{stdout}", String::from_utf8_lossy(&out.stderr));

    // The oracle.
    let mut known_md5 = HashSet::new();
    let mut known_pdq = Vec::new();
    let file = std::fs::File::open(dir.path().join("demo/known.json")).unwrap();
    vilab_hashset::vics::read_vics(file, &mut |m| {
        known_md5.extend(m.md5);
        known_pdq.extend(m.pdq);
        Ok(())
    })
    .unwrap();
    assert!(!known_md5.is_empty() && !known_pdq.is_empty());
    // The demo lab is encrypted; its passphrase is printed once.
    let passphrase = stdout
        .lines()
        .find(|l| l.contains("lab passphrase"))
        .and_then(|l| l.split_whitespace().last())
        .expect("the demo prints its lab's passphrase");
    let lab_dir = dir.path().join("demo/lab");
    assert!(Lab::is_encrypted(&lab_dir));
    let key = Lab::key_slots(&lab_dir)
        .unwrap()
        .unlock_with_passphrase(&vilab_store::vilab_crypt::secrecy::SecretString::from(passphrase))
        .unwrap();
    let lab = Lab::open_with_key(&lab_dir, key).unwrap();
    let case = lab.store().case_by_name("DEMO-2026").unwrap().unwrap().id;
    let pdqs: BTreeMap<_, _> =
        lab.store().case_pdqs(case).unwrap().into_iter().map(|m| (m.media, m.dihedral)).collect();
    let mut expected: BTreeMap<&str, u64> = BTreeMap::new();
    for d in lab.store().case_digests(case).unwrap() {
        let status = if known_md5.contains(&d.md5) {
            "known"
        } else if pdqs.get(&d.media).is_some_and(|image| {
            image.quality >= 50 && known_pdq.iter().any(|k| image.hashes.iter().any(|h| h.distance(k) <= 31))
        }) {
            "near-known"
        } else {
            "new"
        };
        *expected.entry(status).or_default() += 1;
    }
    assert!(stdout.contains("The audit chain verifies"), "the demo ends with its audit chain verified:\n{stdout}");
    for account in ["admin (administrator)", "analyst (analyst)", "trainee (trainee)", "auditor (auditor)"] {
        assert!(stdout.contains(account), "{account} in:\n{stdout}");
    }
    assert!(expected["near-known"] > 0 && expected["known"] > 0 && expected["new"] > 0, "{expected:?}");
    for (status, n) in &expected {
        let line = format!("  {status:<30} {n}");
        assert!(stdout.lines().any(|l| l == line), "demo output lacks {line:?}:\n{stdout}");
    }

    // The training pack: a case of its own holding the twelve scenes, and
    // an answers file beside the lab that names each of them.
    let training = lab.store().case_by_name("Training pack").unwrap().expect("the demo makes the training case").id;
    let in_case: HashSet<String> =
        lab.store().case_digests(training).unwrap().iter().map(|d| d.sha256.to_hex()).collect();
    assert_eq!(in_case.len(), 12, "the training case holds the twelve scenes");
    let answers: vilab_lab::demo::TrainingAnswers =
        serde_json::from_slice(&std::fs::read(dir.path().join("demo/training-answers.json")).unwrap())
            .expect("the answers file parses");
    assert_eq!(answers.case, "Training pack");
    assert_eq!(answers.scenes.len(), 12);
    for scene in &answers.scenes {
        assert!(in_case.contains(&scene.sha256), "{}: its answer names a picture of the case", scene.file);
        assert!(!scene.answer.place.is_empty() && scene.answer.objects.len() >= 2, "{scene:?}");
        assert!(stdout.contains(&scene.file), "the summary lists {}:\n{stdout}", scene.file);
    }
    let countries: BTreeSet<&str> = answers.scenes.iter().map(|s| s.answer.country.as_str()).collect();
    assert_eq!(countries, BTreeSet::from(["KH", "LA", "TH", "VN"]));
    assert!(stdout.contains("training-answers.json"), "{stdout}");

    // The training exercise: a trainee gallery of the scenes' trainee
    // renditions, with a trainer to edit it, its known answers the pack's.
    assert!(stdout.contains("trainer (trainer)"), "{stdout}");
    let galleries = lab.store().list_galleries(None).unwrap();
    let gallery = galleries.iter().find(|g| g.title == "Training exercise").expect("the demo makes the exercise");
    assert_eq!(gallery.audience.as_str(), "trainee");
    assert!(stdout.contains(&gallery.uid), "the summary names the gallery: {stdout}");
    let items = lab.store().gallery_items(gallery.id).unwrap();
    assert_eq!(items.len(), 12);
    let exercise = lab.store().exercise_of_gallery(gallery.id).unwrap().expect("an exercise on it");
    let expected = lab.store().exercise_items(exercise.id).unwrap();
    assert_eq!(expected.len(), 12);
    for (item, (id, json)) in items.iter().zip(&expected) {
        assert_eq!(item.id, *id);
        let renditions = lab.store().renditions(training, item.media).unwrap();
        assert!(renditions.iter().any(|r| r.audience.as_str() == "trainee" && !r.stale), "a trainee rendition");
        let sha = lab.store().media(&vilab_store::MediaKey::RowId(item.media)).unwrap().unwrap().record.digests.sha256;
        let scene = answers.scenes.iter().find(|s| s.sha256 == sha.to_hex()).expect("a scene of the pack");
        let known: vilab_gallery::exercise::ExpectedAnswer = serde_json::from_str(json).unwrap();
        assert_eq!(known, vilab_lab::demo::training::expected_answer(&scene.answer));
        assert_eq!(
            (known.country.as_str(), known.place.as_str()),
            (scene.answer.country.as_str(), scene.answer.place.as_str())
        );
    }
}

/// The demo runs in Khmer, Lao, Thai and Vietnamese as well: every line in
/// the language's own script or words, the audit chain verified.
#[test]
fn the_demo_runs_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    // Script ranges of Khmer, Lao and Thai; Vietnamese by a letter of its own.
    type InScript = fn(char) -> bool;
    let langs: [(&str, InScript); 4] = [
        ("km", |c| ('\u{1780}'..='\u{17ff}').contains(&c)),
        ("lo", |c| ('\u{0e80}'..='\u{0eff}').contains(&c)),
        ("th", |c| ('\u{0e00}'..='\u{0e7f}').contains(&c)),
        ("vi", |c| "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".contains(c)),
    ];
    let children: Vec<_> = langs
        .iter()
        .map(|(lang, _)| {
            vilab(&home)
                .args(["demo", "--quiet", "--lang", lang, "--dir"])
                .arg(dir.path().join(lang))
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for ((lang, in_script), child) in langs.iter().zip(children) {
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{lang}: {}\n{stdout}", String::from_utf8_lossy(&out.stderr));
        assert!(stdout.chars().any(in_script), "{lang}: {stdout}");
        for english in ["Ingest summary", "files processed", "The audit chain verifies", "Explore it"] {
            assert!(!stdout.contains(english), "{lang} still says {english:?}:\n{stdout}");
        }
    }
}
