//! `compare` output for a fixed selection, against snapshots in
//! `tests/snapshots/` (rewrite them with `VILAB_UPDATE_SNAPSHOTS=1` and
//! review the diff): the English table and CSV, and the table in each other
//! language.

use std::path::PathBuf;

use vilab_i18n::{Lang, Messages};
use vilab_law::bundled;
use vilab_law::compare::{Selection, matrix};

fn check(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(name);
    if std::env::var_os("VILAB_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(expected == actual, "{name} differs from its snapshot:\n{actual}");
}

fn selection() -> (vilab_law::Dataset, Selection) {
    let data = bundled().unwrap();
    let jurisdictions: Vec<String> = ["KH", "LA", "TH", "VN", "AU"].map(String::from).to_vec();
    let criteria: Vec<String> =
        ["AGE_THRESHOLD", "CSAM_POSSESS_SIMPLE", "BUY_SEX_CHILD", "GROOMING", "ETJ_ACTIVE"].map(String::from).to_vec();
    let selection = Selection::parse(&data, Some(&jurisdictions), Some(&criteria)).unwrap();
    (data, selection)
}

#[test]
fn compare_table_matches_its_snapshot() {
    let (data, selection) = selection();
    check("compare_table.txt", &matrix(&data, &selection).to_table(&Messages::new(Lang::En), 150));
}

#[test]
fn compare_csv_matches_its_snapshot() {
    let (data, selection) = selection();
    check("compare.csv", &matrix(&data, &selection).to_csv(&data, &Messages::new(Lang::En)).unwrap());
}

#[test]
fn compare_table_in_each_other_language_matches_its_snapshot() {
    let (data, selection) = selection();
    for lang in &Lang::ALL[1..] {
        let table = matrix(&data, &selection).to_table(&Messages::new(*lang), 150);
        check(&format!("compare_table.{}.txt", lang.code()), &table);
    }
}
