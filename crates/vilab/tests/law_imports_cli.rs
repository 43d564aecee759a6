//! `vilab law imports` through the real binary: imports are listed with
//! their id, name, SHA-256, time and size; one can be removed, after which
//! the matrix applies the others in order; an unknown id and a removal a
//! later import depends on are refused, changing nothing. Also the limits of
//! `vilab law import` (size, UTF-8) and of the table.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::vilab;

fn ok(command: &mut Command) -> String {
    let output: Output = command.output().unwrap();
    let out = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "{command:?}: {}\n{out}", String::from_utf8_lossy(&output.stderr));
    out
}

/// The standard error of a command that must fail.
fn refused(command: &mut Command) -> String {
    let output: Output = command.output().unwrap();
    assert!(!output.status.success(), "{command:?} succeeded: {}", String::from_utf8_lossy(&output.stdout));
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A file that sets KH BUY_SEX_CHILD to `prison_max`, citing `source`,
/// which it defines when `define` is true.
fn correction(source: &str, define: bool, prison_max: &str) -> String {
    let defined = if define {
        format!("[[source]]\nid = \"{source}\"\ntitle = \"A test source\"\nkind = \"statute-text\"\n")
    } else {
        String::new()
    };
    format!(
        "[jurisdiction]\ncode = \"KH\"\nname = \"Cambodia\"\n{defined}\n[[criterion]]\ncode = \"BUY_SEX_CHILD\"\nvalue = \"yes\"\n\
         [[criterion.penalty]]\ntier = \"basic\"\nprison_min = \"1y\"\nprison_max = \"{prison_max}\"\n\
         [[criterion.assertion]]\nsource = \"{source}\"\nconfidence = \"primary\"\n"
    )
}

fn new_lab(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let home = dir.join("home");
    std::fs::create_dir_all(&home).unwrap();
    let lab = dir.join("lab");
    common::init_lab(&home, &lab);
    (home, lab)
}

fn import(home: &Path, lab: &Path, dir: &Path, name: &str, text: &str) -> String {
    let file = dir.join(name);
    std::fs::write(&file, text).unwrap();
    ok(vilab(home).args(["law", "import", "--lab"]).arg(lab).arg(&file))
}

fn show(home: &Path, lab: &Path) -> String {
    ok(vilab(home).args(["law", "show", "KH", "BUY_SEX_CHILD", "--lab"]).arg(lab))
}

#[test]
fn law_imports_are_listed_and_one_removed_leaves_the_others_applied_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let (home, lab) = new_lab(dir.path());
    assert!(ok(vilab(&home).args(["law", "imports", "--lab"]).arg(&lab)).contains("no imports"));

    let first = correction("kh-first", true, "3y");
    import(&home, &lab, dir.path(), "first.toml", &first);
    import(&home, &lab, dir.path(), "second.toml", &correction("kh-second", true, "7y"));
    import(&home, &lab, dir.path(), "third.toml", &correction("kh-third", true, "9y"));
    assert!(show(&home, &lab).contains("1y–9y"), "the last import applies last");

    let listed: serde_json::Value =
        serde_json::from_str(&ok(vilab(&home).args(["law", "imports", "--json", "--lab"]).arg(&lab))).unwrap();
    assert_eq!(listed["shape"], "vilab.law-imports/1");
    let listed = listed["imports"].as_array().unwrap();
    assert_eq!(listed.len(), 3);
    assert_eq!((listed[0]["id"].as_i64(), listed[0]["name"].as_str()), (Some(1), Some("first.toml")));
    assert_eq!(listed[0]["size"].as_u64(), Some(first.len() as u64));
    assert_eq!(listed[0]["sha256"].as_str().map(str::len), Some(64));
    assert!(listed[0]["imported_at"].as_i64().unwrap() > 1_700_000_000);
    let text = ok(vilab(&home).args(["law", "imports", "--lab"]).arg(&lab));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines[1].contains("first.toml") && lines[1].contains(listed[0]["sha256"].as_str().unwrap()), "{text}");
    assert!(lines[1].contains(&first.len().to_string()) && lines[1].contains("UTC"), "size and time: {text}");

    let removed = ok(vilab(&home).args(["law", "imports", "remove", "--lab"]).arg(&lab).arg("3"));
    assert!(removed.contains("removed import 3 (third.toml)") && removed.contains("imports 1, 2 in that order"));
    let shown = show(&home, &lab);
    assert!(shown.contains("1y–7y") && !shown.contains("9y"), "the second applies again: {shown}");
    assert!(shown.contains("replaced by first.toml") && !shown.contains("third.toml"), "{shown}");

    ok(vilab(&home).args(["law", "imports", "remove", "--lab"]).arg(&lab).arg("1"));
    let shown = show(&home, &lab);
    assert!(shown.contains("1y–7y") && !shown.contains("first.toml"), "{shown}");
    ok(vilab(&home).args(["law", "imports", "remove", "--lab"]).arg(&lab).arg("2"));
    let shown = show(&home, &lab);
    assert!(!shown.contains("replaced by") && !shown.contains("1y–"), "the bundled facts alone: {shown}");
    assert!(ok(vilab(&home).args(["law", "imports", "--lab"]).arg(&lab)).contains("no imports"));
}

#[test]
fn removing_an_unknown_law_import_or_one_a_later_import_needs_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (home, lab) = new_lab(dir.path());
    import(&home, &lab, dir.path(), "defines.toml", &correction("kh-defined", true, "3y"));
    import(&home, &lab, dir.path(), "cites.toml", &correction("kh-defined", false, "5y"));

    let message = refused(vilab(&home).args(["law", "imports", "remove", "--lab"]).arg(&lab).arg("7"));
    assert!(message.contains("No law import 7 (imports: 1, 2)"), "{message}");

    let message = refused(vilab(&home).args(["law", "imports", "remove", "--lab"]).arg(&lab).arg("1"));
    assert!(message.contains("Import 1 (defines.toml) cannot be removed: import 2 (cites.toml) needs it"), "{message}");
    assert!(message.contains("kh-defined"), "the reason: {message}");
    let listed: serde_json::Value =
        serde_json::from_str(&ok(vilab(&home).args(["law", "imports", "--json", "--lab"]).arg(&lab))).unwrap();
    assert_eq!(listed["imports"].as_array().unwrap().len(), 2, "nothing was removed");
    assert!(show(&home, &lab).contains("1y–5y"));

    // In the other order it goes: the later one first, then the one it needed.
    ok(vilab(&home).args(["law", "imports", "remove", "--lab"]).arg(&lab).arg("2"));
    ok(vilab(&home).args(["law", "imports", "remove", "--lab"]).arg(&lab).arg("1"));
    let message = refused(vilab(&home).args(["law", "imports", "remove", "--lab"]).arg(&lab).arg("1"));
    assert!(message.contains("No law import 1 (imports: )"), "{message}");
}

#[test]
fn a_law_import_over_the_size_limit_or_not_utf8_is_refused_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (home, lab) = new_lab(dir.path());
    let big = dir.path().join("big.toml");
    let mut text = correction("kh-big", true, "3y");
    text.push_str(&format!("# {}\n", "x".repeat(17 << 20)));
    std::fs::write(&big, &text).unwrap();
    let message = refused(vilab(&home).args(["law", "import", "--lab"]).arg(&lab).arg(&big));
    assert!(
        message.contains("big.toml: over 16 MiB (16777216 bytes), the limit for a file of legal facts"),
        "{message}"
    );

    let latin1 = dir.path().join("latin1.toml");
    let mut bytes = correction("kh-latin1", true, "3y").into_bytes();
    let offset = bytes.len();
    bytes.extend_from_slice(b"# Cambodge, donn\xe9es\n");
    std::fs::write(&latin1, &bytes).unwrap();
    let message = refused(vilab(&home).args(["law", "import", "--lab"]).arg(&lab).arg(&latin1));
    let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
    let expected = format!("latin1.toml:{line}: byte offset {}: not valid UTF-8", offset + "# Cambodge, donn".len());
    assert!(message.contains(&expected), "{expected} in {message}");

    assert!(ok(vilab(&home).args(["law", "imports", "--lab"]).arg(&lab)).contains("no imports"));
}

#[test]
fn a_huge_law_value_shows_cut_in_the_table_and_whole_in_law_show() {
    let dir = tempfile::tempdir().unwrap();
    let (home, lab) = new_lab(dir.path());
    let name = "Kampuchea".repeat(100_000);
    import(&home, &lab, dir.path(), "name.toml", &format!("[jurisdiction]\ncode = \"KH\"\nname = \"{name}\"\n"));
    let table = ok(vilab(&home).args(["law", "compare", "--width", "100", "--lab"]).arg(&lab));
    assert!(table.lines().all(|l| l.chars().count() <= 100), "every line within the width");
    assert!(table.len() < 64 << 10, "{} bytes", table.len());
    assert!(table.contains("`vilab law show CODE CRITERION` shows it whole"), "{table}");
    assert!(show(&home, &lab).contains(&name));
}
