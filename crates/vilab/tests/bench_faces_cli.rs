//! `vilab bench faces` end to end on a small labelled set (the two
//! public-domain portraits of vilab-faces' testdata, with their boxes) and
//! one generated 12 MP scene with pasted portraits: the JSON it prints
//! counts the faces it was given and finds the portraits' faces.

mod common;

use serde_json::Value;

#[test]
fn bench_faces_scores_a_small_labelled_set() {
    let home = tempfile::tempdir().unwrap();
    let set = home.path().join("set");
    std::fs::create_dir_all(&set).unwrap();
    let testdata = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../vilab-faces/testdata");
    for name in ["astronaut.jpg", "grace_hopper.jpg"] {
        std::fs::copy(testdata.join(name), set.join(name)).unwrap();
    }
    std::fs::write(
        set.join("labels.json"),
        r#"{"images": [
            {"file": "astronaut.jpg", "faces": [{"x": 178, "y": 70, "w": 90, "h": 108}]},
            {"file": "grace_hopper.jpg", "faces": [{"x": 176, "y": 132, "w": 170, "h": 195}]}
        ]}"#,
    )
    .unwrap();
    let output = common::vilab(home.path())
        .args(["bench", "faces", "--python", "none", "--big", "1", "--negatives", "1", "--json", "--set"])
        .arg(&set)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let rows = json["rows"].as_array().unwrap();
    let chosen: Vec<&Value> = rows.iter().filter(|r| r["chosen"] == true).collect();
    assert_eq!(chosen.len(), 1, "{rows:?}");
    let row = chosen[0];
    assert_eq!(row["photos"]["faces"], 2);
    assert_eq!(row["photos"]["found"], 2, "{row}");
    // 16 portraits pasted at 8 face heights: the large ones (80 px and up,
    // over the 40 px window at the 2 MP working size) are found.
    assert_eq!(row["pasted"]["faces"], 16);
    let by_height = json["by_face_height"].as_array().unwrap();
    for r in by_height.iter().filter(|r| r["face_height"].as_u64().unwrap() >= 112) {
        assert_eq!(r["seetaface"], r["faces"], "{r}");
    }
    assert_eq!(row["negative_pictures"], 1);
    // The generated files went to a temporary folder inside the set, removed after.
    let left: Vec<_> = std::fs::read_dir(&set).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left.len(), 3, "{left:?}");
}
