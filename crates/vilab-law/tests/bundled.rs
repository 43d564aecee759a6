//! The bundled data loads, validates, and shows its conflicts in every view.

use vilab_i18n::{Lang, Messages};
use vilab_law::compare::{Selection, matrix};
use vilab_law::gaps::{GapKind, gaps};
use vilab_law::{Criterion, Value, bundled};

#[test]
fn bundled_data_passes_validation_with_five_jurisdictions() {
    let data = bundled().expect("bundled data validates");
    let codes: Vec<&str> = data.jurisdictions.keys().map(String::as_str).collect();
    assert_eq!(codes, ["AU", "KH", "LA", "TH", "VN"]);
    for values in data.values.values() {
        for v in values {
            assert!(!v.assertions.is_empty(), "{} {} has no assertion", v.jurisdiction, v.criterion);
            for a in &v.assertions {
                assert!(data.sources.contains_key(&a.source), "{} cites unknown {}", v.jurisdiction, a.source);
            }
        }
    }
    // "not found" is a value with a source, not an empty cell.
    let extradition = data.values("TH", Criterion::ExtraditeNationals);
    assert_eq!(extradition.len(), 1);
    assert_eq!(extradition[0].value, Value::NotFound);
    assert_eq!(extradition[0].assertions[0].source, "th-research-2026");
}

#[test]
fn the_age_threshold_conflicts_of_thailand_and_viet_nam_are_kept_and_marked() {
    let data = bundled().unwrap();
    for (code, ages) in [("TH", vec![Some(15), Some(15), None]), ("VN", vec![Some(16), Some(18)])] {
        let values = data.values(code, Criterion::AgeThreshold);
        assert_eq!(values.iter().map(|v| v.age).collect::<Vec<_>>(), ages, "{code}");
        assert!(data.is_conflict(code, Criterion::AgeThreshold), "{code}");
    }
    // Cambodia's two sources agree on 15: not a conflict. Lao PDR's second
    // value (15) had no identifiable source and was removed (issue 22).
    assert!(!data.is_conflict("KH", Criterion::AgeThreshold));
    assert!(!data.is_conflict("LA", Criterion::AgeThreshold));

    let selection = Selection::all(&data);
    let found = gaps(&data, &selection);
    for code in ["TH", "VN"] {
        assert!(
            found.iter().any(|g| g.kind == GapKind::Conflict
                && g.jurisdiction == code
                && g.criterion == Criterion::AgeThreshold),
            "{code} conflict missing from gaps"
        );
    }
    assert!(
        found
            .iter()
            .any(|g| g.kind == GapKind::NoOffence && g.jurisdiction == "KH" && g.criterion == Criterion::Grooming)
    );
    assert!(found.iter().any(|g| g.kind == GapKind::PenaltyNotFound
        && g.jurisdiction == "KH"
        && g.criterion == Criterion::CsamDistribute));
    assert!(
        found.iter().any(|g| g.kind == GapKind::NotFound
            && g.jurisdiction == "LA"
            && g.criterion == Criterion::MandatoryMinimum)
    );

    let m = matrix(&data, &selection);
    let row = m.rows.iter().find(|r| r.criterion == Criterion::AgeThreshold).unwrap();
    let th = row.cells.iter().find(|c| c.jurisdiction == "TH").unwrap();
    assert!(th.conflict);
    let en = Messages::new(Lang::En);
    assert_eq!(th.short(&en), "CONFLICT: 15 [P] | 15 [P] | unknown [C]");

    let html = vilab_law::html::page(&data, &m, &en);
    let th_cell = html.split("<tr id=\"AGE_THRESHOLD\">").nth(1).unwrap().split("</tr>").next().unwrap();
    assert_eq!(th_cell.matches("class=\"conflict\"").count(), 2, "TH and VN cells are marked");
    assert!(html.contains("https://en.wikisource.org/wiki/Translation:Act_Amending_the_Penal_Code_(No._23),_2558_BE"));
    assert!(!html.contains("<link") && !html.contains("src=\"http"), "the page loads nothing from outside");
}

#[test]
fn instrument_dates_that_disagree_are_both_kept() {
    let data = bundled().unwrap();
    let act = &data.instruments["th-pc-amendment-24"];
    let days: Vec<String> = act.dates.iter().map(|d| d.date.to_string()).collect();
    assert_eq!(days, ["2015-08-25", "2015-12-07", "2015-12-08"]);
}

#[test]
fn every_value_has_a_source_with_an_address_or_says_what_was_searched() {
    let data = bundled().unwrap();
    let mut missing = Vec::new();
    for ((code, criterion), values) in &data.values {
        for value in values {
            let addressed =
                value.assertions.iter().any(|a| data.sources.get(&a.source).is_some_and(|s| s.url.is_some()));
            let searched = value.value == vilab_law::model::Value::NotFound
                && value.assertions.iter().any(|a| a.note.as_deref().is_some_and(|n| n.starts_with("searched:")));
            if !(addressed || searched) {
                missing.push(format!("{code} {}", criterion.code()));
            }
        }
    }
    assert!(missing.is_empty(), "values with no source address and no record of a search: {missing:?}");
}
