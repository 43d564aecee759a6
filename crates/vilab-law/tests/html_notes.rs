//! The HTML page gives every cell with a value a numbered note under the
//! matrix: each source of the values shown, with its pinpoint and the day
//! it was checked, in the reader's language (issue 22, requirement 6).

use vilab_i18n::{Lang, Messages};
use vilab_law::compare::{Selection, matrix};
use vilab_law::{Criterion, bundled};

/// The text between `start` and the next `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("{start:?} not in the page")) + start.len();
    let rest = &text[from..];
    &rest[..rest.find(end).unwrap_or_else(|| panic!("{end:?} not after {start:?}"))]
}

/// The note of one cell: the number its mark links to, and that note's text.
fn note_of<'a>(page: &'a str, jurisdiction: &str, criterion: &str) -> &'a str {
    let cell = between(page, &format!("id=\"cell-{jurisdiction}-{criterion}\""), "</td>");
    let number = between(cell, "href=\"#note-", "\"");
    between(page, &format!("<li id=\"note-{number}\">"), "</li>")
}

#[test]
fn every_cell_with_a_value_has_a_note_with_source_pinpoint_and_day_checked() {
    let data = bundled().unwrap();
    let m = matrix(&data, &Selection::all(&data));
    let page = vilab_law::html::page(&data, &m, &Messages::new(Lang::En));

    let cells = m.rows.iter().flat_map(|r| &r.cells).filter(|c| !c.values.is_empty()).count();
    assert!(cells > 100, "{cells} cells");
    assert_eq!(page.matches("<sup class=\"note\">").count(), cells, "a mark in every cell with a value");
    assert_eq!(page.matches("<li id=\"note-").count(), cells, "a note for every cell with a value");

    // TH CSAM_POSSESS_SIMPLE: South Asia Law and the Thai Hotline, both at s.287/1, checked 2026-12-07.
    let note = note_of(&page, "TH", "CSAM_POSSESS_SIMPLE");
    assert!(note.contains("TH CSAM_POSSESS_SIMPLE"), "{note}");
    assert!(note.contains("New Amendments to Thailand"), "the source's title: {note}");
    assert!(note.contains("href=\"#source-th-southasia-law\""), "a link to the source list: {note}");
    assert!(note.contains(", s.287/1, checked 2026-12-07"), "pinpoint and day checked: {note}");
    assert!(page.contains("<li class=\"src\" id=\"source-th-southasia-law\">"), "the source list has the anchor");

    // A cell of several values names each value before its sources.
    let row = m.rows.iter().find(|r| r.criterion == Criterion::AgeThreshold).unwrap();
    let values = row.cells.iter().find(|c| c.jurisdiction == "TH").unwrap().values.len();
    assert!(values > 1, "TH AGE_THRESHOLD has {values} value");
    let note = note_of(&page, "TH", "AGE_THRESHOLD");
    assert_eq!(note.matches("</i>: ").count(), values, "each value named: {note}");

    // An assertion with no day recorded says so rather than leaving it out.
    let note = note_of(&page, "LA", "CSAM_POSSESS_SIMPLE");
    assert!(note.contains("Legal summary: Laos") && note.contains("day checked not recorded"), "{note}");
}

#[test]
fn the_notes_are_in_the_readers_language() {
    let data = bundled().unwrap();
    let m = matrix(&data, &Selection::all(&data));
    for (lang, heading, checked) in [
        (Lang::Th, "หมายเหตุ: แหล่งที่มาของแต่ละช่อง", "ตรวจสอบเมื่อ 2026-12-07"),
        (Lang::Vi, "Chú thích: nguồn của từng ô", "kiểm tra ngày 2026-12-07"),
        (Lang::Km, "កំណត់សម្គាល់៖ ប្រភពនៃក្រឡានីមួយៗ", "បានពិនិត្យថ្ងៃទី 2026-12-07"),
        (Lang::Lo, "ໝາຍເຫດ: ແຫຼ່ງຂໍ້ມູນຂອງແຕ່ລະຊ່ອງ", "ກວດສອບວັນທີ 2026-12-07"),
    ] {
        let page = vilab_law::html::page(&data, &m, &Messages::new(lang));
        assert!(page.contains(heading), "{lang}: no heading");
        assert!(note_of(&page, "TH", "CSAM_POSSESS_SIMPLE").contains(checked), "{lang}: no day checked");
    }
}
