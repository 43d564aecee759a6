//! Bad data files are refused with the file, line and field, and nothing
//! of a refused set is loaded.

use vilab_law::{BUNDLED, DataFile, LawError, bundled, load};

const SOURCES: &str = r#"
[[source]]
id = "s1"
title = "A source"
kind = "press"
"#;

fn file_with(criterion_block: &str) -> String {
    format!(
        "[jurisdiction]\ncode = \"XX\"\nname = \"Testland\"\n\n[[criterion]]\n{criterion_block}\n[[criterion.assertion]]\nsource = \"s1\"\nconfidence = \"secondary\"\n"
    )
}

fn invalid(files: &[DataFile<'_>]) -> (String, usize, String, String) {
    match load(files) {
        Err(LawError::Invalid { file, line, field, message, .. }) => (file, line, field, message),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn a_value_with_no_source_is_refused() {
    let text =
        "[jurisdiction]\ncode = \"XX\"\nname = \"Testland\"\n\n[[criterion]]\ncode = \"GROOMING\"\nvalue = \"no\"\n";
    let (file, line, field, message) =
        invalid(&[DataFile { name: "sources.toml", text: SOURCES }, DataFile { name: "XX.toml", text }]);
    assert_eq!((file.as_str(), line, field.as_str()), ("XX.toml", 6, "criterion[0].assertion"));
    assert!(message.contains("at least one"), "{message}");
}

#[test]
fn an_unknown_criterion_is_refused() {
    let text = file_with("code = \"CSAM_POSESS\"\nvalue = \"no\"");
    let (file, line, field, message) =
        invalid(&[DataFile { name: "sources.toml", text: SOURCES }, DataFile { name: "XX.toml", text: &text }]);
    assert_eq!((file.as_str(), line, field.as_str()), ("XX.toml", 6, "criterion[0].code"));
    assert!(message.contains("CSAM_POSESS"), "{message}");
}

#[test]
fn a_broken_date_is_refused() {
    let text = format!(
        "{}\n[[instrument]]\nid = \"i1\"\ntitle = \"Act\"\n[[instrument.date]]\nkind = \"in_force\"\ndate = \"2015-13-07\"\nsource = \"s1\"\nconfidence = \"primary\"\n",
        file_with("code = \"GROOMING\"\nvalue = \"no\"")
    );
    let (file, line, field, message) =
        invalid(&[DataFile { name: "sources.toml", text: SOURCES }, DataFile { name: "XX.toml", text: &text }]);
    let date_line = text.lines().position(|l| l.starts_with("date = \"2015-13-07\"")).unwrap() + 1;
    assert_eq!((file.as_str(), line, field.as_str()), ("XX.toml", date_line, "instrument[0].date[0].date"));
    assert!(message.contains("month 13"), "{message}");
}

#[test]
fn a_citation_of_a_missing_source_is_refused() {
    let text = file_with("code = \"GROOMING\"\nvalue = \"no\"").replace("source = \"s1\"", "source = \"nowhere\"");
    let (_, line, field, message) =
        invalid(&[DataFile { name: "sources.toml", text: SOURCES }, DataFile { name: "XX.toml", text: &text }]);
    assert_eq!((line, field.as_str()), (9, "criterion[0].assertion[0].source"));
    assert!(message.contains("nowhere"), "{message}");
}

#[test]
fn an_offence_must_give_its_penalty_or_say_it_was_not_found() {
    let text = file_with("code = \"BUY_SEX_CHILD\"\nvalue = \"yes\"");
    let (_, _, field, _) =
        invalid(&[DataFile { name: "sources.toml", text: SOURCES }, DataFile { name: "XX.toml", text: &text }]);
    assert_eq!(field, "criterion[0].penalty");
}

#[test]
fn syntax_errors_and_unknown_keys_name_the_line_and_key() {
    let text = file_with("code = \"GROOMING\"\nvalue = \"no\"\nconfidance = \"primary\"");
    let (_, line, field, message) =
        invalid(&[DataFile { name: "sources.toml", text: SOURCES }, DataFile { name: "XX.toml", text: &text }]);
    assert_eq!((line, field.as_str()), (8, "confidance"), "{message}");

    let text = file_with("code = \"GROOMING\"\nvalue = \"maybe\"");
    let (_, line, field, _) =
        invalid(&[DataFile { name: "sources.toml", text: SOURCES }, DataFile { name: "XX.toml", text: &text }]);
    assert_eq!((line, field.as_str()), (7, "value"));

    let (_, line, _, _) = invalid(&[DataFile { name: "XX.toml", text: "[jurisdiction\ncode = 1" }]);
    assert_eq!(line, 1);
}

#[test]
fn one_bad_file_refuses_the_whole_set() {
    let mut files: Vec<DataFile<'_>> = BUNDLED.to_vec();
    let broken = BUNDLED.iter().find(|f| f.name == "TH.toml").unwrap().text.replacen(
        "date = \"2015-12-07\"",
        "date = \"2015-12-32\"",
        1,
    );
    let index = files.iter().position(|f| f.name == "TH.toml").unwrap();
    files[index] = DataFile { name: "TH.toml", text: &broken };
    match load(&files) {
        Err(LawError::Invalid { file, field, .. }) => {
            assert_eq!(file, "TH.toml");
            assert!(field.ends_with(".date"), "{field}");
        }
        other => panic!("{other:?}"),
    }
    assert!(bundled().is_ok());
}

#[test]
fn an_id_defined_twice_is_refused() {
    let (file, _, field, message) =
        invalid(&[DataFile { name: "a.toml", text: SOURCES }, DataFile { name: "b.toml", text: SOURCES }]);
    assert_eq!((file.as_str(), field.as_str()), ("b.toml", "source[0].id"));
    assert!(message.contains("a.toml"), "{message}");
}
