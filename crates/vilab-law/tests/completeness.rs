//! Every cell of the bundled matrix holds a value: for each jurisdiction and
//! each criterion of the review, something found (with a source that has an
//! address) or `not_found` (with a note of what was searched), in the data
//! as a whole and in the law in force today, so that a cell can never again
//! be silently empty (issue 22's rule).

use vilab_law::date::PartialDate;
use vilab_law::model::{CriterionValue, Dataset, Value};
use vilab_law::{Criterion, bundled};

/// Whether a value answers its cell: a source with a URL, or a recorded search.
fn answers(data: &Dataset, value: &CriterionValue) -> bool {
    let addressed = value.assertions.iter().any(|a| data.sources.get(&a.source).is_some_and(|s| s.url.is_some()));
    let searched = value.value == Value::NotFound
        && value.assertions.iter().any(|a| a.note.as_deref().is_some_and(|n| n.starts_with("searched:")));
    addressed || searched
}

/// The cells of `data` with no value that answers them, as "TH CSAM_DOLLS".
fn empty_cells(data: &Dataset) -> Vec<String> {
    let mut empty = Vec::new();
    for code in data.jurisdictions.keys() {
        for &criterion in Criterion::ALL {
            if !data.values(code, criterion).iter().any(|v| answers(data, v)) {
                empty.push(format!("{code} {}", criterion.code()));
            }
        }
    }
    empty
}

#[test]
fn every_jurisdiction_has_a_value_for_every_criterion() {
    let data = bundled().unwrap();
    assert_eq!(data.jurisdictions.len(), 5, "the five jurisdictions of the review");
    let empty = empty_cells(&data);
    assert!(empty.is_empty(), "cells with no value, found or searched: {empty:?}");
}

#[test]
fn every_cell_has_a_value_in_force_today() {
    let data = bundled().unwrap();
    // Today, as `vilab law compare` reads it by default: a value that a
    // later one replaced must leave its successor in the cell. Earlier days
    // are not held to this: where the data records a law only from its
    // coming into force (Lao PDR's 2017 Penal Code, from 2018-11-01), the
    // law before it was not researched, and `compare --at` shows no data.
    let today = PartialDate::from_unix_seconds(
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64,
    );
    let empty = empty_cells(&data.at(today));
    assert!(empty.is_empty(), "on {today}: cells with no value in force, found or searched: {empty:?}");
}

#[test]
fn a_cell_left_empty_is_named() {
    // The check itself: take one cell's values out and it must be reported.
    let mut data = bundled().unwrap();
    data.values.remove(&("LA".to_string(), Criterion::Grooming));
    assert_eq!(empty_cells(&data), ["LA GROOMING"]);
}
