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
        "{}\n[[instrument]]\nid = \"i1\"\ntitle = \"Act\"\n[[instrument.date]]\nkind = \"in_force\"\ndate = \"2015-13-07\"\nsource = \"s1\"\nconfidence = \"secondary\"\n",
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

/// The line (1-based) of the `n`th occurrence (from 0) of `needle` in `text`.
fn line_of(text: &str, needle: &str, n: usize) -> usize {
    let at = text.match_indices(needle).nth(n).unwrap_or_else(|| panic!("no {needle:?} #{n}")).0;
    text[..at].matches('\n').count() + 1
}

#[test]
fn a_press_source_marked_primary_is_refused_with_its_file_line_and_field() {
    // SOURCES' s1 is press; the assertion calls it primary.
    let text = file_with("code = \"GROOMING\"\nvalue = \"no\"").replace("\"secondary\"", "\"primary\"");
    let (file, line, field, message) =
        invalid(&[DataFile { name: "sources.toml", text: SOURCES }, DataFile { name: "XX.toml", text: &text }]);
    assert_eq!(
        (file.as_str(), line, field.as_str()),
        ("XX.toml", line_of(&text, "confidence = \"primary\"", 0), "criterion[0].assertion[0].confidence")
    );
    assert!(message.contains("\"s1\" is press") && message.contains("rubric"), "{message}");
}

#[test]
fn the_rubric_holds_for_every_kind_and_for_dates_and_rates() {
    let kinds_primary = [
        ("gazette", true),
        ("statute-text", true),
        ("official-translation", true),
        ("translation", true),
        ("explanatory-memorandum", false),
        ("government", false),
        ("law-firm", false),
        ("ngo", false),
        ("intergovernmental", false),
        ("academic", false),
        ("compilation", false),
        ("other", false),
    ];
    for (kind, may) in kinds_primary {
        let sources = SOURCES.replace("\"press\"", &format!("{kind:?}"));
        let text = file_with("code = \"GROOMING\"\nvalue = \"no\"")
            .replace("confidence = \"secondary\"", "pinpoint = \"art. 1\"\nconfidence = \"primary\"");
        let loaded =
            load(&[DataFile { name: "sources.toml", text: &sources }, DataFile { name: "XX.toml", text: &text }]);
        assert_eq!(loaded.is_ok(), may, "{kind}: {loaded:?}");
        // Secondary and conflict are open to every kind.
        for confidence in ["secondary", "conflict"] {
            let text = file_with("code = \"GROOMING\"\nvalue = \"no\"").replace("secondary", confidence);
            let files = [DataFile { name: "sources.toml", text: &sources }, DataFile { name: "XX.toml", text: &text }];
            assert!(load(&files).is_ok(), "{kind} {confidence}");
        }
    }
    // An unofficial translation is primary only where the fact was read.
    let sources = SOURCES.replace("\"press\"", "\"translation\"");
    let text = file_with("code = \"GROOMING\"\nvalue = \"no\"").replace("\"secondary\"", "\"primary\"");
    let (_, _, field, message) =
        invalid(&[DataFile { name: "sources.toml", text: &sources }, DataFile { name: "XX.toml", text: &text }]);
    assert_eq!(field, "criterion[0].assertion[0].confidence");
    assert!(message.contains("pinpoint"), "{message}");
    // An instrument's date and a rate follow the rubric too.
    let text = format!(
        "{}\n[[instrument]]\nid = \"i1\"\ntitle = \"Act\"\n[[instrument.date]]\nkind = \"in_force\"\ndate = \"2015\"\nsource = \"s1\"\nconfidence = \"primary\"\n",
        file_with("code = \"GROOMING\"\nvalue = \"no\"")
    );
    let (_, line, field, _) =
        invalid(&[DataFile { name: "sources.toml", text: SOURCES }, DataFile { name: "XX.toml", text: &text }]);
    assert_eq!(
        (line, field.as_str()),
        (line_of(&text, "confidence = \"primary\"", 0), "instrument[0].date[0].confidence")
    );
    let rates = format!(
        "{SOURCES}\n[[rate]]\ncurrency = \"THB\"\nper_usd = 33.5\ndate = \"2025-02\"\nsource = \"s1\"\nconfidence = \"primary\"\n"
    );
    let (_, _, field, _) = invalid(&[DataFile { name: "rates.toml", text: &rates }]);
    assert_eq!(field, "rate[0].confidence");
}

/// A file of Testland with an amending act `act` and the given criterion blocks.
fn with_act(blocks: &str) -> String {
    format!(
        "[jurisdiction]\ncode = \"XX\"\nname = \"Testland\"\n\n[[instrument]]\nid = \"act\"\ntitle = \"Amending Act\"\n\n{blocks}"
    )
}

const ASSERTED: &str = "[[criterion.assertion]]\nsource = \"s1\"\nconfidence = \"secondary\"\n";

#[test]
fn a_period_must_end_after_it_starts_and_name_an_instrument_that_exists() {
    let load_one =
        |text: &str| invalid(&[DataFile { name: "sources.toml", text: SOURCES }, DataFile { name: "XX.toml", text }]);
    let text = with_act(&format!(
        "[[criterion]]\ncode = \"GROOMING\"\nvalue = \"no\"\nvalid_from = \"2019-05-28\"\nvalid_to = \"2019-05\"\n{ASSERTED}"
    ));
    let (file, line, field, message) = load_one(&text);
    assert_eq!(
        (file.as_str(), line, field.as_str()),
        ("XX.toml", line_of(&text, "valid_to", 0), "criterion[0].valid_to")
    );
    assert!(message.contains("not after"), "{message}");

    let text = with_act(&format!(
        "[[criterion]]\ncode = \"GROOMING\"\nvalue = \"no\"\nvalid_to = \"2019\"\namended_by = \"no-such-act\"\n{ASSERTED}"
    ));
    let (_, line, field, message) = load_one(&text);
    assert_eq!((line, field.as_str()), (line_of(&text, "amended_by", 0), "criterion[0].amended_by"));
    assert!(message.contains("no-such-act"), "{message}");

    let text =
        with_act(&format!("[[criterion]]\ncode = \"GROOMING\"\nvalue = \"no\"\namended_by = \"act\"\n{ASSERTED}"));
    let (_, _, field, message) = load_one(&text);
    assert_eq!(field, "criterion[0].valid_to");
    assert!(message.contains("replaced by \"act\""), "{message}");

    // The same rules hold for a provision and a penalty tier.
    let text = with_act(&format!(
        "[[provision]]\nid = \"p1\"\ninstrument = \"act\"\narticle = \"s.1\"\nvalid_from = \"2020\"\nvalid_to = \"2019\"\n\n\
         [[criterion]]\ncode = \"GROOMING\"\nvalue = \"no\"\n{ASSERTED}"
    ));
    assert_eq!(load_one(&text).2, "provision[0].valid_to");
    let text = with_act(&format!(
        "[[criterion]]\ncode = \"GROOMING\"\nvalue = \"yes\"\n[[criterion.penalty]]\ntier = \"basic\"\nprison_max = \"3y\"\namended_by = \"act\"\n{ASSERTED}"
    ));
    assert_eq!(load_one(&text).2, "criterion[0].penalty[0].valid_to");
}

#[test]
fn a_value_a_later_amendment_replaced_may_not_stay_current() {
    let old = "[[criterion]]\ncode = \"GROOMING\"\nvalue = \"no\"\n";
    let new = "[[criterion]]\ncode = \"GROOMING\"\nvalue = \"yes\"\nvalid_from = \"2020-01-01\"\n[[criterion.penalty]]\ntier = \"basic\"\nprison_max = \"3y\"\n";
    let text = with_act(&format!("{old}{ASSERTED}\n{new}{ASSERTED}"));
    let (file, line, field, message) =
        invalid(&[DataFile { name: "sources.toml", text: SOURCES }, DataFile { name: "XX.toml", text: &text }]);
    assert_eq!(
        (file.as_str(), line, field.as_str()),
        ("XX.toml", line_of(&text, "code = \"GROOMING\"", 0), "criterion[0].valid_to")
    );
    assert!(message.contains("criterion[1]") && message.contains("2020-01-01"), "{message}");

    // Ended, with the amendment named: the two periods follow each other.
    let ended = old.replace("value = \"no\"\n", "value = \"no\"\nvalid_to = \"2020-01-01\"\namended_by = \"act\"\n");
    let text = with_act(&format!("{ended}{ASSERTED}\n{new}{ASSERTED}"));
    let data =
        load(&[DataFile { name: "sources.toml", text: SOURCES }, DataFile { name: "XX.toml", text: &text }]).unwrap();
    let grooming = vilab_law::Criterion::Grooming;
    assert!(!data.is_conflict("XX", grooming), "the law changing is not sources disagreeing");
    let day = |d: &str| vilab_law::date::PartialDate::parse(d).unwrap();
    assert_eq!(data.at(day("2019-12-31")).values("XX", grooming)[0].value, vilab_law::Value::No);
    assert_eq!(data.at(day("2020-01-01")).values("XX", grooming)[0].value, vilab_law::Value::Yes);

    // A penalty tier of the same name likewise.
    let tiers = "[[criterion]]\ncode = \"GROOMING\"\nvalue = \"yes\"\n[[criterion.penalty]]\ntier = \"basic\"\nprison_max = \"3y\"\n\
                 [[criterion.penalty]]\ntier = \"basic\"\nprison_max = \"5y\"\nvalid_from = \"2020\"\n";
    let text = with_act(&format!("{tiers}{ASSERTED}"));
    let (_, _, field, _) =
        invalid(&[DataFile { name: "sources.toml", text: SOURCES }, DataFile { name: "XX.toml", text: &text }]);
    assert_eq!(field, "criterion[0].penalty[0].valid_to");
}

#[test]
fn values_of_the_same_period_that_disagree_are_a_conflict_not_refused() {
    // Two sources on the law since 2020: kept, and marked as a conflict.
    let a = "[[criterion]]\ncode = \"GROOMING\"\nvalue = \"no\"\nvalid_from = \"2020\"\n";
    let b = "[[criterion]]\ncode = \"GROOMING\"\nvalue = \"yes\"\nvalid_from = \"2020\"\npenalty_not_found = true\n";
    let text = with_act(&format!("{a}{ASSERTED}\n{b}{ASSERTED}"));
    let data =
        load(&[DataFile { name: "sources.toml", text: SOURCES }, DataFile { name: "XX.toml", text: &text }]).unwrap();
    assert_eq!(data.values("XX", vilab_law::Criterion::Grooming).len(), 2);
    assert!(data.is_conflict("XX", vilab_law::Criterion::Grooming));
    // Ends written that overlap (sources disagree on when the law changed): a conflict for the overlap.
    let a = a.replace("valid_from = \"2020\"", "valid_to = \"2021\"");
    let text = with_act(&format!("{a}{ASSERTED}\n{b}{ASSERTED}"));
    let data =
        load(&[DataFile { name: "sources.toml", text: SOURCES }, DataFile { name: "XX.toml", text: &text }]).unwrap();
    assert!(data.is_conflict("XX", vilab_law::Criterion::Grooming));
    let day = vilab_law::date::PartialDate::parse("2022").unwrap();
    assert!(!data.at(day).is_conflict("XX", vilab_law::Criterion::Grooming));
}

/// Loads Testland with one criterion block (and its assertion) after
/// `SOURCES`, expecting a refusal: (line, field, message).
fn refused(block: &str) -> (String, usize, String, String) {
    let text = file_with(block);
    invalid(&[DataFile { name: "sources.toml", text: SOURCES }, DataFile { name: "XX.toml", text: &text }])
}

#[test]
fn an_unknown_condition_is_refused_with_its_file_line_and_field() {
    let block =
        "code = \"ETJ_ACTIVE\"\nvalue = \"yes\"\ncovers = [\"*\"]\nconditions = [\"residence\", \"dual_criminality\"]";
    let (file, line, field, message) = refused(block);
    assert_eq!((file.as_str(), line, field.as_str()), ("XX.toml", 9, "criterion[0].conditions[1]"));
    assert!(message.contains("\"dual_criminality\"") && message.contains("double_criminality"), "{message}");

    // A word given twice, and conditions where there is no basis to condition.
    let (_, _, field, message) =
        refused("code = \"ETJ_PASSIVE\"\nvalue = \"yes\"\nconditions = [\"treaty\", \"treaty\"]");
    assert_eq!(field, "criterion[0].conditions[1]");
    assert!(message.contains("twice"), "{message}");
    for code in ["ETJ_DOUBLE_CRIMINALITY", "GROOMING", "EXTRADITE_NATIONALS"] {
        let (_, line, field, message) = refused(&format!("code = \"{code}\"\nvalue = \"no\"\nconditions = []"));
        assert_eq!((line, field.as_str()), (8, "criterion[0].conditions"), "{code}");
        assert!(message.contains(code), "{message}");
    }
}

#[test]
fn an_unknown_aggravating_circumstance_is_refused_with_its_file_line_and_field() {
    let block = "code = \"BUY_SEX_CHILD\"\nvalue = \"yes\"\n[[criterion.penalty]]\ntier = \"basic\"\nprison_max = \"5y\"\n\
                 [[criterion.penalty]]\ntier = \"aggravated\"\nprison_max = \"10y\"\naggravating = [\"repeated\", \"breach_of_trust\"]";
    let (file, line, field, message) = refused(block);
    assert_eq!((file.as_str(), line, field.as_str()), ("XX.toml", 14, "criterion[0].penalty[1].aggravating[1]"));
    assert!(message.contains("\"breach_of_trust\"") && message.contains("position_of_trust"), "{message}");
}

#[test]
fn a_tiers_victim_age_band_and_mandatory_minimum_are_checked() {
    let tier = |fields: &str| {
        refused(&format!(
            "code = \"BUY_SEX_CHILD\"\nvalue = \"yes\"\n[[criterion.penalty]]\ntier = \"t\"\nprison_max = \"10y\"\n{fields}"
        ))
    };
    let (_, line, field, message) = tier("victim_age_from = 16\nvictim_age_below = 13");
    assert_eq!((line, field.as_str()), (12, "criterion[0].penalty[0].victim_age_below"));
    assert!(message.contains("empty"), "{message}");
    let (_, _, field, _) = tier("victim_age_below = 0");
    assert_eq!(field, "criterion[0].penalty[0].victim_age_below");
    let (_, _, field, _) = tier("victim_age_from = 130");
    assert_eq!(field, "criterion[0].penalty[0].victim_age_from");
    let (_, line, field, message) = tier("mandatory_minimum = \"12y\"");
    assert_eq!((line, field.as_str()), (11, "criterion[0].penalty[0].mandatory_minimum"));
    assert!(message.contains("above the greatest term"), "{message}");
    let (_, _, field, _) = tier("mandatory_minimum = \"six years\"");
    assert_eq!(field, "criterion[0].penalty[0].mandatory_minimum");
}

#[test]
fn a_limitation_is_checked_word_by_word() {
    let sol = |value: &str, limitation: &str| {
        refused(&format!(
            "code = \"STATUTE_OF_LIMITATIONS\"\nvalue = \"{value}\"\n[[criterion.limitation]]\n{limitation}"
        ))
    };
    let (_, line, field, message) = sol("yes", "years = \"never\"");
    assert_eq!((line, field.as_str()), (9, "criterion[0].limitation[0].years"));
    assert!(message.contains("\"none\""), "{message}");
    let (_, _, field, _) = sol("yes", "years = 0");
    assert_eq!(field, "criterion[0].limitation[0].years");
    let (_, line, field, message) = sol("yes", "years = 20\nruns_from = \"majority\"");
    assert_eq!((line, field.as_str()), (10, "criterion[0].limitation[0].runs_from"));
    assert!(message.contains("victim_majority"), "{message}");
    let (_, _, field, message) = sol("yes", "years = 20\noffences = [\"ETJ_ACTIVE\"]");
    assert_eq!(field, "criterion[0].limitation[0].offences[0]");
    assert!(message.contains("ETJ_ACTIVE"), "{message}");
    let (_, _, field, _) = sol("yes", "years = 20\nprovision = \"nowhere\"");
    assert_eq!(field, "criterion[0].limitation[0].provision");
    // The value and its periods must agree.
    let (_, _, field, message) = sol("no", "years = 20");
    assert_eq!(field, "criterion[0].limitation[0].years");
    assert!(message.contains("value = no"), "{message}");
    let (_, _, field, message) = sol("yes", "years = \"none\"");
    assert_eq!(field, "criterion[0].limitation[0].years");
    assert!(message.contains("value = yes"), "{message}");
    // Only STATUTE_OF_LIMITATIONS carries one.
    let (_, _, field, _) = refused("code = \"GROOMING\"\nvalue = \"no\"\n[[criterion.limitation]]\nyears = 5");
    assert_eq!(field, "criterion[0].limitation");

    // "none" with value no, and periods with value partial, load.
    for (value, years) in [("no", "\"none\""), ("partial", "\"none\""), ("partial", "15")] {
        let text = file_with(&format!(
            "code = \"STATUTE_OF_LIMITATIONS\"\nvalue = \"{value}\"\n[[criterion.limitation]]\nyears = {years}"
        ));
        let files = [DataFile { name: "sources.toml", text: SOURCES }, DataFile { name: "XX.toml", text: &text }];
        assert!(load(&files).is_ok(), "{value} {years}");
    }
}
