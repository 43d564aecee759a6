//! `vilab law ...` through the real binary: the bundled matrix without a
//! lab, an import into a lab that replaces a value and keeps its history,
//! a refused import that stores nothing, and the other views.

mod common;

use std::process::{Command, Output};

use common::vilab;

fn ok(command: &mut Command) -> String {
    let output: Output = command.output().unwrap();
    let out = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "{command:?}: {}\n{out}", String::from_utf8_lossy(&output.stderr));
    out
}

const CORRECTION: &str = r#"
[jurisdiction]
code = "KH"
name = "Cambodia"

[[source]]
id = "kh-cli-test-source"
title = "A source written by the test"
kind = "statute-text"

[[criterion]]
code = "BUY_SEX_CHILD"
value = "yes"
[[criterion.penalty]]
tier = "basic"
prison_min = "2y"
prison_max = "5y"
[[criterion.assertion]]
source = "kh-cli-test-source"
confidence = "primary"
"#;

#[test]
fn law_views_and_an_import_with_history() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let lab = dir.path().join("lab");

    // Without any lab: the bundled facts.
    let table = ok(vilab(&home).args(["law", "compare", "--jurisdictions", "KH,TH", "--criteria", "AGE_THRESHOLD"]));
    assert!(table.contains("CONFLICT: 15 [P] | unknown [C]"), "{table}");
    let gaps = ok(vilab(&home).args(["law", "gaps"]));
    assert!(gaps.contains("sources conflict:") && gaps.contains("VN AGE_THRESHOLD"), "{gaps}");
    let who = ok(vilab(&home).args([
        "law",
        "who-can-prosecute",
        "--conduct",
        "BUY_SEX_CHILD",
        "--place",
        "TH",
        "--offender",
        "AU",
    ]));
    assert!(who.contains("AU Australia: YES — offender's nationality"), "{who}");

    common::init_lab(&home, &lab);
    let fix = dir.path().join("kh-fix.toml");
    std::fs::write(&fix, CORRECTION).unwrap();
    let imported = ok(vilab(&home).args(["law", "import", "--lab"]).arg(&lab).arg(&fix));
    assert!(imported.contains("KH BUY_SEX_CHILD"), "{imported}");

    let shown = ok(vilab(&home).args(["law", "show", "KH", "BUY_SEX_CHILD", "--lab"]).arg(&lab));
    assert!(shown.contains("2y–5y") && shown.contains("replaced by kh-fix.toml"), "{shown}");
    let shown: serde_json::Value = serde_json::from_str(&ok(vilab(&home)
        .args(["law", "show", "KH", "BUY_SEX_CHILD", "--json", "--lab"])
        .arg(&lab)))
    .unwrap();
    assert_eq!(shown["history"][0]["values"][0]["assertions"][0]["source"], "kh-lawyersnjurists");

    // A bad file is refused with its file, line and field, and stores nothing.
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, CORRECTION.replace("BUY_SEX_CHILD", "BUY_SEX_CHLD")).unwrap();
    let output = vilab(&home).args(["law", "import", "--lab"]).arg(&lab).arg(&bad).output().unwrap();
    assert!(!output.status.success());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("bad.toml:12:") && message.contains("criterion[0].code"), "{message}");
    let shown = ok(vilab(&home).args(["law", "show", "KH", "BUY_SEX_CHILD", "--lab"]).arg(&lab));
    assert_eq!(shown.matches("replaced by").count(), 1, "{shown}");

    let page = dir.path().join("matrix.html");
    ok(vilab(&home).args(["law", "compare", "--format", "html", "--output"]).arg(&page).arg("--lab").arg(&lab));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("kh-cli-test-source"), "the import shows in the page");
    let csv = ok(vilab(&home).args(["law", "compare", "--format", "csv", "--criteria", "GROOMING"]));
    assert!(csv.lines().next().unwrap().starts_with("criterion,jurisdiction,value"), "{csv}");
}

#[test]
fn law_at_gives_the_law_in_force_on_that_day() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let th_s277 = ["law", "compare", "--bundled", "--jurisdictions", "TH", "--criteria", "SEX_WITH_CHILD"];

    // Thailand's s.277: the 2015 tiers before Act No. 27 (in force 2019-05-28), its tiers after.
    for (day, least) in [("2018-01-01", 48), ("2020-01-01", 60)] {
        let table = ok(vilab(&home).args(th_s277).args(["--at", day]));
        assert!(table.contains(&format!("The law in force on {day}.")), "{table}");
        let json: serde_json::Value =
            serde_json::from_str(&ok(vilab(&home).args(th_s277).args(["--at", day, "--format", "json"]))).unwrap();
        assert_eq!(json["at"], day);
        let values = json["matrix"]["rows"][0]["cells"][0]["values"].as_array().unwrap().clone();
        assert_eq!(values.len(), 1, "{day}: {values:#?}");
        let tier =
            values[0]["penalties"].as_array().unwrap().iter().find(|p| p["tier"] == "child not over 15").cloned();
        assert_eq!(tier.unwrap()["prison_min"], least, "{day}");
    }
    // Today by default: the later text.
    let today: serde_json::Value =
        serde_json::from_str(&ok(vilab(&home).args(th_s277).args(["--format", "json"]))).unwrap();
    let values = &today["matrix"]["rows"][0]["cells"][0]["values"];
    assert_eq!(values[0]["valid_from"], "2019-05-28", "{today}");

    // `show` lists both periods, history first, and what replaced the old one.
    let shown = ok(vilab(&home).args(["law", "show", "TH", "SEX_WITH_CHILD", "--bundled", "--at", "2018-01-01"]));
    let old = shown.find("replaced by Act Amending the Penal Code (No. 27), 2562 BE").expect(&shown);
    assert!(old < shown.find("in force since 2019-05-28").expect(&shown), "{shown}");
    assert!(shown.contains("range of the tiers in force on 2018-01-01: 4y–20y, life"), "{shown}");
    let shown: serde_json::Value = serde_json::from_str(&ok(vilab(&home).args([
        "law",
        "show",
        "TH",
        "SEX_WITH_CHILD",
        "--bundled",
        "--json",
        "--at",
        "2020-01-01",
    ])))
    .unwrap();
    assert_eq!(shown["in_force"], serde_json::json!([1]), "{shown}");
    assert_eq!(shown["values"][0]["amended_by"], "th-pc-amendment-27");

    // gaps and who-can-prosecute take the day too; a bad day is refused by the parser.
    ok(vilab(&home).args(["law", "gaps", "--bundled", "--at", "2018-01-01"]));
    let who = ok(vilab(&home).args([
        "law",
        "who-can-prosecute",
        "--bundled",
        "--at",
        "2018",
        "--conduct",
        "SEX_WITH_CHILD",
        "--place",
        "TH",
        "--offender",
        "AU",
    ]));
    assert!(who.contains("TH"), "{who}");
    let output = vilab(&home).args(th_s277).args(["--at", "2018-02-30"]).output().unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("day 30 does not exist"));
}

#[test]
fn who_can_prosecute_takes_the_circumstances_that_conditions_turn_on() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let lab = dir.path().join("lab");
    common::init_lab(&home, &lab);
    // Testland (XA), a fixture whose extraterritorial rules record their conditions.
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../vilab-law/tests/data/structured.toml");
    ok(vilab(&home).args(["law", "import", "--lab"]).arg(&lab).arg(&fixture));
    let ask = |extra: &[&str]| {
        let base = ["law", "who-can-prosecute", "--conduct", "BUY_SEX_CHILD", "--place", "TH", "--offender", "AU"];
        ok(vilab(&home).args(base).args(extra).arg("--lab").arg(&lab))
    };
    // Testland reaches residents: unknown until the question says where the offender lives.
    let who = ask(&[]);
    assert!(who.contains("XA Testland (test fixture): UNKNOWN — universal"), "{who}");
    assert!(who.contains("(the question does not say where the offender resides (--offender-resident))"), "{who}");
    let who = ask(&["--offender-resident", "xa"]);
    assert!(who.contains("XA Testland (test fixture): YES — universal"), "{who}");
    assert!(who.contains("  decided by: the offender resides in the state\n"), "{who}");

    let json: serde_json::Value = serde_json::from_str(&ask(&[
        "--offender-resident",
        "AU",
        "--tried-abroad",
        "no",
        "--complaint",
        "yes",
        "--json",
    ]))
    .unwrap();
    assert_eq!(json["question"]["circumstances"]["offender_resident"], "AU");
    assert_eq!(json["question"]["circumstances"]["tried_abroad"], false);
    assert_eq!(json["question"]["circumstances"]["complaint_or_request"], true);
    let xa = json["routes"].as_array().unwrap().iter().find(|r| r["jurisdiction"] == "XA").unwrap().clone();
    assert_eq!((xa["answer"].clone(), xa["decided_by"].clone()), ("no".into(), serde_json::json!(["residence"])));

    // A country code that is not one is refused.
    let output = vilab(&home)
        .args(["law", "who-can-prosecute", "--bundled", "--conduct", "GROOMING", "--place", "TH", "--offender", "AU"])
        .args(["--offender-found", "Thailand"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("\"Thailand\" is not a country code"));
}
