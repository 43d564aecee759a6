//! Exercises: a table of expected answer, answer and score; results per
//! trainee and per item; export to and import from another lab; the
//! answers file an offline exercise bundle saves.

mod common;

use vilab_gallery::exercise::{
    Answer, Exercise, ExerciseError, ExerciseItem, ExpectedAnswer, Results, Rubric, export, import, parse_answers,
    score,
};
use vilab_gallery::{BundleError, ClueError, SigningKey, build, verify};

const RUBRIC: Rubric =
    Rubric { country_points: 2, place_points: 3, object_points: 1, wrong_object_penalty: 1, free_text_max: 4 };

fn expected(country: &str, place: &str, aliases: &[&str], objects: &[&str]) -> ExpectedAnswer {
    ExpectedAnswer {
        country: country.into(),
        place: place.into(),
        place_aliases: aliases.iter().map(|s| s.to_string()).collect(),
        objects: objects.iter().map(|s| s.to_string()).collect(),
        solving_lead: "The shop sign's phone number has a Phnom Penh prefix.".into(),
    }
}

/// A row of the table: expected answer, answer, then auto points, auto
/// max, free text pending, country right, place right, objects found,
/// objects wrong.
type Row<'a> = (&'a ExpectedAnswer, Answer, u32, u32, bool, bool, bool, u32, u32);

fn answer(country: &str, place: &str, objects: &[&str], free_text: &str) -> Answer {
    Answer {
        country: country.into(),
        place: place.into(),
        objects: objects.iter().map(|s| s.to_string()).collect(),
        free_text: free_text.into(),
    }
}

#[test]
fn answers_score_as_the_table_says() {
    let pp = expected("KH", "Phnom Penh", &["ភ្នំពេញ", "Phnum Pénh"], &["shop_sign", "power_socket"]);
    let hcm = expected("VN", "Hồ Chí Minh", &["Sài Gòn"], &["licence_plate", "banknote", "product_label"]);
    // (expected, answer, auto points, auto max, pending, country, place, found, wrong)
    let rows: Vec<Row> = vec![
        // All right: 2 + 3 + 2 objects.
        (&pp, answer("KH", "Phnom Penh", &["shop_sign", "power_socket"], ""), 7, 7, false, true, true, 2, 0),
        // Case, spacing and the alias in Khmer script.
        (&pp, answer("kh", "  phnom-PENH ", &["shop_sign"], ""), 6, 7, false, true, true, 1, 0),
        (&pp, answer("KH", "ភ្នំពេញ", &[], ""), 5, 7, false, true, true, 0, 0),
        (&pp, answer("KH", "Phnum Penh", &[], ""), 5, 7, false, true, true, 0, 0),
        // Wrong country, right place.
        (&pp, answer("TH", "Phnom Penh", &[], ""), 3, 7, false, false, true, 0, 0),
        // A wrong object costs one; the object part never goes below 0.
        (&pp, answer("KH", "", &["shop_sign", "banknote"], ""), 2, 7, false, true, false, 1, 1),
        (&pp, answer("KH", "", &["banknote", "licence_plate", "other"], ""), 2, 7, false, true, false, 0, 3),
        // Naming a kind twice counts once.
        (&pp, answer("", "", &["shop_sign", "shop_sign"], ""), 1, 7, false, false, false, 1, 0),
        // Free text waits for the trainer; whitespace is no free text.
        (&pp, answer("", "", &[], "The socket is type C."), 0, 7, true, false, false, 0, 0),
        (&pp, answer("", "", &[], "   "), 0, 7, false, false, false, 0, 0),
        // Vietnamese without diacritics, and the old name.
        (&hcm, answer("VN", "Ho Chi Minh", &["banknote"], ""), 6, 8, false, true, true, 1, 0),
        (&hcm, answer("VN", "sai gon", &[], ""), 5, 8, false, true, true, 0, 0),
        (&hcm, answer("VN", "Hanoi", &[], ""), 2, 8, false, true, false, 0, 0),
        // An empty answer scores nothing.
        (&hcm, Answer::default(), 0, 8, false, false, false, 0, 0),
    ];
    for (i, (exp, ans, points, max, pending, country, place, found, wrong)) in rows.into_iter().enumerate() {
        let s = score(exp, &RUBRIC, &ans);
        assert_eq!(
            (
                s.auto_points,
                s.auto_max,
                s.free_text_pending,
                s.country_right,
                s.place_right,
                s.objects_found,
                s.objects_wrong
            ),
            (points, max, pending, country, place, found, wrong),
            "row {i}: {ans:?}"
        );
    }
}

#[test]
fn results_sum_per_trainee_and_per_item_with_the_trainers_marks() {
    let pp = expected("KH", "Phnom Penh", &[], &["shop_sign"]);
    let mut results = Results::new(RUBRIC.free_text_max);
    results.add("Dara", "a1", score(&pp, &RUBRIC, &answer("KH", "Phnom Penh", &["shop_sign"], "sign")));
    results.add("Dara", "b2", score(&pp, &RUBRIC, &answer("TH", "", &[], "")));
    results.add("Mai", "a1", score(&pp, &RUBRIC, &answer("KH", "Battambang", &[], "guess")));
    results.mark_free_text("Dara", "a1", 9); // capped at 4
    let trainees = results.per_trainee();
    assert_eq!(trainees.len(), 2);
    assert_eq!(
        (trainees[0].trainee.as_str(), trainees[0].points, trainees[0].max, trainees[0].pending),
        ("Dara", 6 + 4, 12 + 2 * 4, 0)
    );
    assert_eq!(
        (trainees[1].trainee.as_str(), trainees[1].points, trainees[1].max, trainees[1].pending),
        ("Mai", 2, 6 + 4, 1)
    );
    let items = results.per_item();
    assert_eq!(items[0].item_id, "a1");
    assert_eq!((items[0].answered, items[0].country_right, items[0].place_right, items[0].auto_points), (2, 2, 1, 8));
    assert_eq!((items[1].answered, items[1].country_right, items[1].auto_points), (1, 0, 0));
}

fn exercise() -> Exercise {
    Exercise {
        uid: "ex-0123456789abcdef".into(),
        title: "Trace the place (week 2)".into(),
        items: vec![
            ExerciseItem {
                item_id: "a1".into(), expected: expected("KH", "Phnom Penh", &["ភ្នំពេញ"], &["shop_sign"])
            },
            ExerciseItem { item_id: "b2".into(), expected: expected("LA", "Vientiane", &[], &["banknote"]) },
        ],
        rubric: RUBRIC,
    }
}

fn renditions() -> Vec<(String, Vec<u8>)> {
    vec![("a1".into(), common::jpeg(3)), ("b2".into(), common::jpeg(5))]
}

#[test]
fn an_exercise_exported_by_one_lab_imports_in_another() {
    let key = common::key();
    let files = export(&exercise(), &renditions(), "Lab One", "Lab Two", "2026-12-07", "2027-12-07", &key).unwrap();
    let imported = import(&files, Some(&key.verifying_key().to_bytes())).unwrap();
    assert_eq!(imported.exercise, exercise());
    assert_eq!(imported.renditions, renditions());
    assert_eq!(imported.lab, "Lab One");
    // It is signed like a bundle: the same verifier refuses a change.
    let mut changed = files.clone();
    let json = changed.iter_mut().find(|f| f.path == "exercise.json").unwrap();
    json.bytes = String::from_utf8(json.bytes.clone()).unwrap().replace("Vientiane", "Luang Prabang").into_bytes();
    match import(&changed, None) {
        Err(ExerciseError::Bundle(BundleError::Size { path, .. } | BundleError::Hash { path, .. })) => {
            assert_eq!(path, "exercise.json")
        }
        other => panic!("{other:?}"),
    }
    // Another lab's key is refused.
    let other = SigningKey::from_bytes(&[8; 32]).verifying_key().to_bytes();
    assert!(matches!(import(&files, Some(&other)), Err(ExerciseError::Bundle(BundleError::WrongKey { .. }))));
}

#[test]
fn a_bad_exercise_names_the_field() {
    let key = common::key();
    let run = |e: Exercise| export(&e, &renditions(), "Lab One", "Lab Two", "2026-12-07", "2027-12-07", &key);
    let mut e = exercise();
    e.items[1].expected.country = "Laos".into();
    assert!(run(e).unwrap_err().to_string().contains("items[1].expected.country"));
    let mut e = exercise();
    e.items[0].expected.objects.push("tattoo".into());
    assert!(run(e).unwrap_err().to_string().contains("items[0].expected.objects[1]"));
    let mut e = exercise();
    e.items.push(ExerciseItem { item_id: "c3".into(), expected: expected("TH", "Chiang Mai", &[], &[]) });
    assert!(run(e).unwrap_err().to_string().contains("items[2]"));
    // A re-signed folder with broken JSON names its line.
    let files = export(&exercise(), &renditions(), "Lab One", "Lab Two", "2026-12-07", "2027-12-07", &key).unwrap();
    let mut parts: Vec<_> = files.into_iter().filter(|f| !f.path.starts_with("manifest")).collect();
    parts[0].bytes = b"{\n\"format\": \"vilab.exercise/1\",\n\"uid\": 7\n}".to_vec();
    let resigned = resign(parts, &key);
    match import(&resigned, None) {
        Err(ExerciseError::Json { line, .. }) => assert_eq!(line, 3),
        other => panic!("{other:?}"),
    }
}

/// Signs arbitrary files as an exercise folder, as a lab with a bug (or an
/// attacker with the key) could.
fn resign(files: Vec<vilab_gallery::BundleFile>, key: &SigningKey) -> Vec<vilab_gallery::BundleFile> {
    use ed25519_dalek::Signer;
    use sha2::Digest;
    let listed: Vec<_> = files
        .iter()
        .map(|f| {
            serde_json::json!({"path": f.path, "size": f.bytes.len(), "sha256": hex::encode(sha2::Sha256::digest(&f.bytes))})
        })
        .collect();
    let pk = key.verifying_key().to_bytes();
    let manifest = serde_json::json!({
        "format": "vilab.bundle/1", "bundle": "ex-0123456789abcdef", "title": "t", "recipient": "r", "lab": "l",
        "created": "2026-12-07", "expires": "2027-12-07", "public_key": hex::encode(pk),
        "fingerprint": vilab_gallery::fingerprint(&pk), "exercise": "ex-0123456789abcdef",
        "items": ["a1", "b2"], "files": listed,
    });
    let bytes = serde_json::to_vec(&manifest).unwrap();
    let mut out = files;
    out.push(vilab_gallery::BundleFile {
        path: "manifest.sig".into(),
        bytes: format!("{}\n", hex::encode(key.sign(&bytes).to_bytes())).into_bytes(),
    });
    out.push(vilab_gallery::BundleFile { path: "manifest.json".into(), bytes });
    out
}

#[test]
fn an_offline_exercise_bundle_takes_back_its_answers_file() {
    let mut spec = common::spec();
    spec.exercise = Some("ex-0123456789abcdef".into());
    let files = build(&spec, &common::key()).unwrap();
    let manifest = verify(&files, None).unwrap().manifest;
    assert_eq!(manifest.exercise.as_deref(), Some("ex-0123456789abcdef"));
    let good = r#"{"format": "vilab.answers/1", "bundle": "b7e1c0de0123456789abcdef01234567",
 "exercise": "ex-0123456789abcdef", "participant": "Dara",
 "answers": [{"item": "a1", "country": "KH", "place": "Phnom Penh", "objects": ["shop_sign"],
  "free_text": "Khmer script on the sign", "time": "2026-12-08T10:00:00.000Z"}]}"#;
    let file = parse_answers(good.as_bytes(), &manifest).unwrap();
    let s = score(&exercise().items[0].expected, &RUBRIC, &file.answers[0].answer());
    assert_eq!((s.auto_points, s.free_text_pending), (6, true));
    let rows = [
        ("\"ex-0123456789abcdef\"", "\"ex-other-000000\"", "exercise"),
        ("\"KH\"", "\"Cambodia\"", "answers[0].country"),
        ("[\"shop_sign\"]", "[\"tattoo\"]", "answers[0].objects[0]"),
        ("\"item\": \"a1\"", "\"item\": \"zz\"", "answers[0].item"),
        ("\"2026-12-08T10:00:00.000Z\"", "\"now\"", "answers[0].time"),
    ];
    for (from, to, name) in rows {
        match parse_answers(good.replacen(from, to, 1).as_bytes(), &manifest) {
            Err(ClueError::Field { field, .. }) => assert_eq!(field, name),
            other => panic!("{from}: {other:?}"),
        }
    }
    // A gallery that is not an exercise takes no answers.
    let plain = verify(&common::bundle(), None).unwrap().manifest;
    assert!(parse_answers(good.as_bytes(), &plain).is_err());
}
