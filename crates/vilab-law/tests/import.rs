//! A research group's correction replaces the old values and keeps them in
//! the history; a bad correction changes nothing.

use vilab_i18n::{Lang, Messages};
use vilab_law::model::Origin;
use vilab_law::{Criterion, DataFile, LawError, Value, bundled};

const CORRECTION: &str = r#"
[jurisdiction]
code = "KH"
name = "Cambodia"

[[source]]
id = "kh-test-gazette"
title = "A test gazette (written by the test)"
kind = "gazette"

[[criterion]]
code = "BUY_SEX_CHILD"
value = "yes"
qualifier = "corrected by the test"
penalty_not_found = false
[[criterion.penalty]]
tier = "basic"
prison_min = "2y"
prison_max = "5y"
[[criterion.assertion]]
source = "kh-test-gazette"
pinpoint = "art. 34"
confidence = "primary"
"#;

#[test]
fn an_import_replaces_the_value_and_keeps_the_old_one_in_the_history() {
    let data = bundled().unwrap();
    let before = data.values("KH", Criterion::BuySexChild).to_vec();
    // The bundled value: a maximum of 15 years (the press), no minimum.
    assert_eq!(before[0].penalties[0].prison_max.unwrap().0, 180);

    let (after, report) =
        data.with_import(DataFile { name: "kh-fix.toml", text: CORRECTION }, "2026-11-23T00:00:00Z").unwrap();
    assert_eq!(report.replaced, vec![("KH".to_string(), Criterion::BuySexChild)]);
    let now = after.values("KH", Criterion::BuySexChild);
    assert_eq!(now.len(), 1);
    assert_eq!(now[0].assertions[0].source, "kh-test-gazette");
    assert_eq!(now[0].penalties[0].prison_max.unwrap().0, 60);
    assert_eq!(now[0].origin, Origin::Import("kh-fix.toml".into()));
    assert_eq!(now[0].origin.to_string(), "import: kh-fix.toml");

    let history = after.history("KH", Criterion::BuySexChild);
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].values, before);
    assert_eq!(history[0].by, "kh-fix.toml");
    let shown = vilab_law::show::show(&after, "KH", Criterion::BuySexChild, None, &Messages::new(Lang::En)).unwrap();
    assert!(shown.contains("replaced by kh-fix.toml"), "{shown}");
    assert!(shown.contains("lawyersnjurists"), "the old source stays visible: {shown}");

    // Other values and the original data set are untouched.
    assert_eq!(after.values("KH", Criterion::Grooming), data.values("KH", Criterion::Grooming));
    assert_eq!(data.values("KH", Criterion::BuySexChild), before.as_slice());
    assert_eq!(after.values("KH", Criterion::BuySexChild)[0].value, Value::Yes);

    // A second correction stacks on the first.
    let again = CORRECTION
        .replace("prison_max = \"5y\"", "prison_max = \"7y\"")
        .replace("kh-test-gazette", "kh-test-gazette-2");
    let (twice, _) =
        after.with_import(DataFile { name: "kh-fix-2.toml", text: &again }, "2026-11-24T00:00:00Z").unwrap();
    assert_eq!(twice.history("KH", Criterion::BuySexChild).len(), 2);
}

#[test]
fn an_import_may_cite_bundled_sources_and_a_bad_one_is_refused_whole() {
    let data = bundled().unwrap();
    // A law firm's page backs a value as secondary only (the confidence rubric).
    let text = CORRECTION
        .replace("source = \"kh-test-gazette\"\npinpoint", "source = \"kh-lawyersnjurists\"\npinpoint")
        .replace("confidence = \"primary\"", "confidence = \"secondary\"");
    assert!(data.with_import(DataFile { name: "ok.toml", text: &text }, "t").is_ok());

    let bad = CORRECTION.replace("prison_min = \"2y\"", "prison_min = \"9y\"");
    match data.with_import(DataFile { name: "bad.toml", text: &bad }, "t") {
        Err(LawError::Invalid { file, field, .. }) => {
            assert_eq!(file, "bad.toml");
            assert_eq!(field, "criterion[0].penalty[0].prison_min");
        }
        other => panic!("{other:?}"),
    }
}
