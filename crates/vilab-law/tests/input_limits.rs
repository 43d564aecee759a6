//! What a hostile or broken file of legal facts cannot do: be imported over
//! the size limit, pass as text when it is not UTF-8, make an error line of
//! its size, or make the terminal table slow or wide.

use vilab_i18n::{Lang, Messages};
use vilab_law::compare::{Selection, TABLE_CELL_CHARS, matrix};
use vilab_law::{BUNDLED, Criterion, DataFile, LawError, MAX_IMPORT_BYTES, bundled, import_text};

#[test]
fn an_import_over_the_size_limit_is_refused_naming_the_file_and_the_limit() {
    let bytes = vec![b'#'; MAX_IMPORT_BYTES + 1];
    match import_text("huge.toml", &bytes) {
        Err(e @ LawError::TooLarge { .. }) => {
            let text = e.to_string();
            assert!(text.starts_with("huge.toml: over 16 MiB (16777216 bytes), the limit"), "{text}");
            let bundled: usize = BUNDLED.iter().map(|f| f.text.len()).sum();
            assert!(text.contains(&format!("the bundled data is {bundled} bytes")), "{text}");
        }
        other => panic!("{other:?}"),
    }
    assert!(import_text("full.toml", &bytes[..MAX_IMPORT_BYTES]).is_ok(), "exactly the limit is taken");
    // The limit leaves room for a file many times the bundled data.
    let bundled: usize = BUNDLED.iter().map(|f| f.text.len()).sum();
    assert!(MAX_IMPORT_BYTES > 40 * bundled, "{bundled} bytes bundled");
}

#[test]
fn an_import_that_is_not_utf8_names_the_file_line_and_byte_offset() {
    let bytes = b"[jurisdiction]\ncode = \"KH\"\nname = \"Cambodge \xe9\"\n";
    match import_text("kh.toml", bytes) {
        Err(e @ LawError::NotUtf8 { line: 3, offset: 44, .. }) => {
            assert_eq!(e.to_string(), "kh.toml:3: byte offset 44: not valid UTF-8 (save the file as UTF-8)");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn errors_quoting_a_huge_value_stay_short() {
    let huge = "X".repeat(200_000);
    let files = [
        format!("[jurisdiction]\ncode = \"{huge}\"\nname = \"Nowhere\"\n"),
        format!("[[source]]\nid = \"{huge}!\"\ntitle = \"t\"\nkind = \"press\"\n"),
        format!(
            "[jurisdiction]\ncode = \"KH\"\nname = \"Cambodia\"\n[[criterion]]\ncode = \"{huge}\"\nvalue = \"no\"\n"
        ),
        // The TOML parser's own message quotes the value.
        format!(
            "[jurisdiction]\ncode = \"KH\"\nname = \"Cambodia\"\n[[criterion]]\ncode = \"AGE_THRESHOLD\"\nvalue = \"yes\"\nage = \"{huge}\"\n"
        ),
        format!("[jurisdiction]\ncode = \"KH\"\nname = \"Cambodia\"\n{huge} = 1\n"),
    ];
    let data = bundled().unwrap();
    for text in &files {
        let error = data.with_import(DataFile { name: "big.toml", text }, "now").unwrap_err().to_string();
        assert!(error.starts_with("big.toml:"), "{}", &error[..100]);
        assert!(error.chars().count() < 700, "{} characters: {}…", error.chars().count(), &error[..300]);
        assert!(error.contains('…'), "{error}");
    }
}

/// The bundled data with KH renamed to `name` and `values` values of
/// AGE_THRESHOLD for it (all different: one conflicting cell).
fn with_big_cells(name: &str, values: usize) -> vilab_law::Dataset {
    let mut text = format!(
        "[jurisdiction]\ncode = \"KH\"\nname = \"{name}\"\n\n[[source]]\nid = \"t-src\"\ntitle = \"t\"\nkind = \"statute-text\"\n"
    );
    for i in 0..values {
        text.push_str(&format!(
            "[[criterion]]\ncode = \"AGE_THRESHOLD\"\nvalue = \"yes\"\nage = {}\n[[criterion.assertion]]\nsource = \"t-src\"\nconfidence = \"primary\"\n",
            10 + i
        ));
    }
    bundled().unwrap().with_import(DataFile { name: "big.toml", text: &text }, "now").unwrap().0
}

#[test]
fn a_one_megabyte_value_renders_within_the_width_with_its_cell_cut() {
    let data = with_big_cells(&"x".repeat(1 << 20), 3000);
    let width = 120;
    let en = Messages::new(Lang::En);
    let table = matrix(&data, &Selection::all(&data)).to_table(&en, width);
    for line in table.lines() {
        assert!(line.chars().count() <= usize::from(width), "{} characters: {line}", line.chars().count());
    }
    // What one cell shows is bounded, so is the table: linear in the cells, whatever their size.
    let plain = bundled().unwrap();
    let normal = matrix(&plain, &Selection::all(&plain)).to_table(&en, width);
    assert!(table.len() < 2 * normal.len(), "{} bytes beside {}", table.len(), normal.len());
    let shown_x = table.matches('x').count() - normal.matches('x').count();
    assert_eq!(shown_x, TABLE_CELL_CHARS - "KH ".len(), "the heading is cut at {TABLE_CELL_CHARS} characters");
    assert!(table.contains("CONFLICT: 10"), "the cut cell starts as it would whole");
    assert!(table.contains("…: cut at 200 characters; `vilab law show CODE CRITERION` shows it whole."), "{table}");
    // The whole value is where the note says.
    let shown = vilab_law::show::show(&data, "KH", Criterion::AgeThreshold, None, &en).unwrap();
    assert!(shown.contains(&"x".repeat(1 << 20)) && shown.contains("value 3000: 3009"));
}

#[test]
fn a_table_with_no_cut_cell_has_no_note() {
    let data = with_big_cells("Cambodia", 2);
    let table = matrix(&data, &Selection::all(&data)).to_table(&Messages::new(Lang::En), 160);
    assert!(!table.contains("cut at") && !table.contains('…'), "{table}");
}
