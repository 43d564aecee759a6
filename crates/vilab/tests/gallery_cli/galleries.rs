//! ViLab galleries and exercises through the real binary: a gallery made,
//! an item with a partner rendition added, a partner member who sees it
//! without its case and posts a clue, a bundle exported that `vilab gallery
//! verify` accepts with the lab's key, its clue file imported twice giving
//! one lead; an exercise set, answered by a trainee, and scored; an
//! exercise exported by one lab and imported by another under its key.

use crate::common::{UsersLab as Lab, run, succeeds as ok};

/// The rows of a TSV table, the header left out.
fn rows(tsv: &str) -> Vec<Vec<String>> {
    tsv.lines().skip(1).map(|l| l.split('\t').map(str::to_string).collect()).collect()
}

/// A case with one ingested picture bearing a face and an object region:
/// its SHA-256.
fn case_with_picture(lab: &Lab) -> String {
    ok(&mut lab.cmd("analyst", &["case", "create", "OP-1"]));
    let original = vilab_synth::benchmark_jpeg(9, 640, 480);
    let seized = lab.dir.path().join("seized");
    std::fs::create_dir_all(&seized).unwrap();
    std::fs::write(seized.join("a.jpg"), &original).unwrap();
    ok(lab.cmd("analyst", &["ingest", "--case", "OP-1", "--exhibit", "usb", "--quiet"]).arg(&seized));
    let sha = vilab_core::Digests::of(&original).sha256.to_hex();
    ok(&mut lab.cmd("analyst", &["region", "add", &sha, "--case", "OP-1", "--rect", "20,20,80,80", "--kind", "face"]));
    ok(&mut lab
        .cmd("analyst", &["region", "add", &sha, "--case", "OP-1", "--rect", "400,300,120,100", "--kind", "object"]));
    sha
}

#[test]
fn a_gallery_is_assembled_exported_verified_and_its_clues_come_back_once() {
    let lab = Lab::new();
    let sha = case_with_picture(&lab);
    lab.add_user("pat", "partner", &[]);
    let renditions = lab.dir.path().join("renditions");
    ok(&mut lab.cmd(
        "analyst",
        &["sanitize", &sha, "--case", "OP-1", "--audience", "partner", "--out", renditions.to_str().unwrap()],
    ));

    let created = rows(&ok(&mut lab.cmd("analyst", &["gallery", "create", "Mekong appeal", "--audience", "partner"])));
    let g = created[0][0].clone();
    assert_eq!(created[0][2], "partner");
    let added = rows(&ok(&mut lab.cmd("analyst", &["gallery", "add", &g, "--case", "OP-1", &sha])));
    let item = added[0][0].clone();
    assert_eq!(added[0][1], "yes");
    ok(&mut lab.cmd("analyst", &["gallery", "member", &g, "pat", "--part", "participant"]));
    let refused = run(&mut lab.cmd("pat", &["gallery", "add", &g, "--case", "OP-1", &sha]));
    assert!(!refused.status.success(), "a participant does not edit");

    // The partner sees the gallery and its item, never its case or digest.
    let listed = rows(&ok(&mut lab.cmd("pat", &["gallery", "list"])));
    assert_eq!((listed[0][0].as_str(), listed[0][5].as_str(), listed[0][6].as_str()), (g.as_str(), "yes", "no"));
    let shown = ok(&mut lab.cmd("pat", &["gallery", "show", &g]));
    assert!(!shown.contains("OP-1") && !shown.contains(&sha), "{shown}");
    let editor_view = ok(&mut lab.cmd("analyst", &["gallery", "show", &g]));
    assert!(editor_view.contains("OP-1") && editor_view.contains(&sha) && editor_view.contains("pat"));
    ok(&mut lab.cmd("pat", &["gallery", "post", &g, &item, "a Thai shop sign", "--pin", "0.5,0.5"]));

    // Exported: a folder the lab signed, verified with the lab's key.
    let bundle = lab.dir.path().join("bundle");
    let export = ok(&mut lab.cmd(
        "analyst",
        &["gallery", "export", &g, "--recipient", "Mekong task force", "--out", bundle.to_str().unwrap(), "--json"],
    ));
    let export: serde_json::Value = serde_json::from_str(&export).unwrap();
    assert_eq!(export["shape"], "vilab.bundle-export/1");
    let bundle_uid = export["bundle"]["uid"].as_str().unwrap().to_string();
    let key = export["public_key"].as_str().unwrap().to_string();
    let verified = ok(crate::common::vilab(&lab.home()).args(["gallery", "verify", "--key", &key]).arg(&bundle));
    assert!(verified.contains(&bundle_uid), "{verified}");
    let again =
        run(&mut lab.cmd("analyst", &["gallery", "export", &g, "--recipient", "x", "--out", bundle.to_str().unwrap()]));
    assert!(!again.status.success(), "a folder that is not empty is not written into");
    std::fs::write(bundle.join("extra.txt"), b"added later").unwrap();
    let tampered = run(crate::common::vilab(&lab.home()).args(["gallery", "verify", "--key", &key]).arg(&bundle));
    assert!(!tampered.status.success(), "an extra file is refused");

    // A participant's clue file comes back as one lead, however often imported.
    let clue_file = lab.dir.path().join("clues.json");
    std::fs::write(
        &clue_file,
        format!(
            r#"{{"format":"vilab.clues/1","bundle":"{bundle_uid}","participant":"ນາງ ແກ້ວ","clues":[
              {{"uid":"{}","item":"{item}","text":"a Lao licence plate","pin":null,"time":"2026-12-07T09:30:00Z"}}]}}"#,
            "7".repeat(32)
        ),
    )
    .unwrap();
    let first = rows(&ok(lab.cmd("analyst", &["gallery", "import-clues", &g]).arg(&clue_file)));
    assert_eq!(first[0][1..3], ["1", "0"]);
    let second = rows(&ok(lab.cmd("analyst", &["gallery", "import-clues", &g]).arg(&clue_file)));
    assert_eq!(second[0][1..3], ["0", "1"]);
    let board = rows(&ok(&mut lab.cmd("analyst", &["gallery", "clues", &g])));
    assert_eq!(board.len(), 2, "the board's clue and the bundle's");
    assert!(board.iter().any(|c| c[3] == "ນາງ ແກ້ວ" && c[4] == "bundle"));
}

#[test]
fn an_exercise_is_set_answered_by_a_trainee_and_scored() {
    let lab = Lab::new();
    let sha = case_with_picture(&lab);
    lab.add_user("tia", "trainee", &[]);
    let g = rows(&ok(&mut lab.cmd("analyst", &["gallery", "create", "ToT", "--audience", "trainee"])))[0][0].clone();
    let item = rows(&ok(&mut lab.cmd("analyst", &["gallery", "add", &g, "--case", "OP-1", &sha])))[0][0].clone();
    ok(&mut lab.cmd("analyst", &["gallery", "member", &g, "tia", "--part", "participant"]));
    let file = lab.dir.path().join("exercise.json");
    std::fs::write(
        &file,
        format!(
            r#"{{"rubric": {{"country_points": 2, "place_points": 2, "object_points": 1, "wrong_object_penalty": 1, "free_text_max": 3}},
                "items": [{{"item": {item}, "expected": {{"country": "KH", "place": "Phnom Penh", "place_aliases": [],
                  "objects": ["shop_sign", "licence_plate"], "solving_lead": "the plate's province"}}}}]}}"#
        ),
    )
    .unwrap();
    ok(lab.cmd("analyst", &["exercise", "set", &g]).arg(&file));
    let broken = lab.dir.path().join("broken.json");
    std::fs::write(&broken, "{\"rubric\":\n 3}").unwrap();
    let refused = run(lab.cmd("analyst", &["exercise", "set", &g]).arg(&broken));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("line 2"), "the line is named");

    let seen = ok(&mut lab.cmd("tia", &["exercise", "show", &g]));
    assert!(!seen.contains("Phnom Penh"), "a trainee never sees the known answer: {seen}");
    ok(&mut lab.cmd(
        "tia",
        &[
            "exercise",
            "answer",
            &g,
            &item,
            "--country",
            "KH",
            "--place",
            "phnom penh",
            "--object",
            "shop_sign",
            "--object",
            "banknote",
            "--free-text",
            "The sign is in Khmer",
        ],
    ));
    assert!(!run(&mut lab.cmd("tia", &["exercise", "results", &g])).status.success(), "editors only");
    // Country 2 + place 2 + one object found (1) - one wrong (1) = 4 of 6;
    // free text pending (at most 3).
    let results = rows(&ok(&mut lab.cmd("analyst", &["exercise", "results", &g])));
    assert_eq!(results[0], ["tia", "1", "4", "9", "1"]);
    ok(&mut lab.cmd("analyst", &["exercise", "mark", &g, &item, "tia", "2"]));
    let results = rows(&ok(&mut lab.cmd("analyst", &["exercise", "results", &g])));
    assert_eq!(results[0], ["tia", "1", "6", "9", "0"]);

    // Carried to another lab: its renditions and answers, under this lab's key.
    ok(&mut lab.cmd(
        "analyst",
        &[
            "sanitize",
            &sha,
            "--case",
            "OP-1",
            "--audience",
            "trainee",
            "--out",
            lab.dir.path().join("r").to_str().unwrap(),
        ],
    ));
    let folder = lab.dir.path().join("exercise-out");
    let exported =
        rows(&ok(&mut lab
            .cmd("analyst", &["exercise", "export", &g, "--recipient", "Lab B", "--out", folder.to_str().unwrap()])));
    let key = exported[0][2].clone();
    let other = Lab::new();
    let pictures = other.dir.path().join("pictures");
    let pics = pictures.to_str().unwrap();
    let import = |key: &str| {
        let mut command =
            other.cmd("analyst", &["exercise", "import", "--case", "EX-1", "--key", key, "--pictures", pics]);
        command.arg(&folder);
        command
    };
    assert!(!run(&mut import(&"ab".repeat(32))).status.success(), "another key is refused");
    let imported = rows(&ok(&mut import(&key)));
    let (g2, items) = (imported[0][1].clone(), imported[0][3].clone());
    assert_eq!(items, "1");
    let known = ok(&mut other.cmd("analyst", &["exercise", "show", &g2]));
    assert!(known.contains("Phnom Penh"), "the known answers came along: {known}");
}
