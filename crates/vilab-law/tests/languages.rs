//! The views in every language: each catalog key vilab-law asks for is in
//! every language's own catalog (not reached by falling back to English),
//! and no view in Khmer, Lao, Thai or Vietnamese has an English word of
//! vilab's own left in it. The data's texts (statute titles, notes,
//! qualifiers, jurisdiction names) are English and stay so; the check
//! takes them out first.

use std::collections::BTreeSet;

use vilab_i18n::{Lang, Messages, sources};
use vilab_law::compare::{Selection, matrix};
use vilab_law::prosecute::{Circumstances, Question, who_can_prosecute};
use vilab_law::{Criterion, CriterionKind, DataFile, Dataset, bundled};

/// The bundled data with the test fixture of the structured fields
/// (conditions, limitation, a tier's circumstances) imported, so that
/// their words are in the views checked.
fn with_structured_fixture() -> Dataset {
    let fixture = DataFile { name: "structured.toml", text: include_str!("data/structured.toml") };
    bundled().unwrap().with_import(fixture, "2026-12-07T00:00:00Z").unwrap().0
}

/// Whether `lang`'s own catalog files define `key` (a message, not an attribute).
fn defines(lang: Lang, key: &str) -> bool {
    sources(lang).iter().any(|s| s.text.lines().any(|l| l.strip_prefix(key).is_some_and(|r| r.starts_with(" ="))))
}

#[test]
fn every_criterion_has_a_label_in_every_catalog() {
    for lang in Lang::ALL {
        let msgs = Messages::new(lang);
        let mut labels = BTreeSet::new();
        for &c in Criterion::ALL {
            assert!(defines(lang, c.label_key()), "{lang}: no {} for {c}", c.label_key());
            let label = c.label(&msgs);
            assert!(!label.is_empty() && !label.starts_with('<'), "{lang}: {c}: {label:?}");
            labels.insert(label);
        }
        assert_eq!(labels.len(), Criterion::ALL.len(), "{lang}: two criteria share a label");
    }
}

/// Every `"law-…"` and `"criterion-…"` string literal of the crate's
/// sources: the keys it asks the catalogs for. A key missing from the
/// catalogs would show as `<key>`, or in English where only English has it.
fn keys_in_sources() -> BTreeSet<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut keys = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for (i, _) in text.match_indices('"') {
            let rest = &text[i + 1..];
            let Some(end) = rest.find('"') else { continue };
            let literal = &rest[..end];
            let is_key = (literal.starts_with("law-") || literal.starts_with("criterion-"))
                && literal.len() > "law-".len()
                && literal.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if is_key {
                keys.insert(literal.to_string());
            }
        }
    }
    keys
}

#[test]
fn every_key_the_views_ask_for_is_in_every_catalog() {
    let keys = keys_in_sources();
    // The scan found the keys of every module, not a handful.
    for sample in ["law-value-not-found", "law-basis-universal", "law-gap-conflict", "law-html-title", "law-term"] {
        assert!(keys.contains(sample), "{sample} not found in the sources: {keys:?}");
    }
    assert!(keys.len() > 100, "{} keys", keys.len());
    for lang in Lang::ALL {
        for key in &keys {
            assert!(defines(lang, key), "{lang}: the catalog lacks {key}");
        }
    }
}

/// Every view of the bundled data in `msgs`'s language, as one text per view.
fn views(data: &Dataset, msgs: &Messages) -> Vec<(String, String)> {
    let all = Selection::all(data);
    let m = matrix(data, &all);
    let mut out = vec![
        ("table".to_string(), m.to_table(msgs, 250)),
        ("html".to_string(), html_text(&vilab_law::html::page(data, &m, msgs))),
        ("gaps".to_string(), vilab_law::gaps::to_text(&vilab_law::gaps::gaps(data, &all), &all, msgs)),
    ];
    // A selection where a criterion has no data anywhere, for the gaps' last list.
    let some = Selection::parse(data, Some(&["TH".to_string()]), None).unwrap();
    out.push(("gaps TH".into(), vilab_law::gaps::to_text(&vilab_law::gaps::gaps(data, &some), &some, msgs)));
    // The CSV's one column for people.
    let csv = m.to_csv(data, msgs).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let column = reader.headers().unwrap().iter().position(|h| h == "penalty_range").unwrap();
    let penalties: Vec<String> = reader.records().map(|r| r.unwrap()[column].to_string()).collect();
    out.push(("csv penalty_range".into(), penalties.join("\n")));
    // Shown on a day, so that the lines saying which value was the law that day are checked too.
    let day = vilab_law::date::PartialDate::parse("2020-01-01").unwrap();
    for code in data.jurisdictions.keys() {
        for &c in Criterion::ALL {
            out.push((format!("show {code} {c}"), vilab_law::show::show(data, code, c, Some(day), msgs).unwrap()));
        }
    }
    let codes: Vec<&String> = data.jurisdictions.keys().collect();
    for &conduct in Criterion::ALL.iter().filter(|c| c.kind() == CriterionKind::Offence) {
        for place in &codes {
            for offender in &codes {
                for victim in [None, Some("VN")] {
                    let mut question = Question::new(conduct, place, offender, victim);
                    let text = who_can_prosecute(data, &question).unwrap().to_text(data, msgs);
                    out.push((format!("who-can-prosecute {conduct} {place} {offender} {victim:?}"), text));
                    // Every circumstance stated, so that conditions are met or not, not only unknown.
                    question.circumstances = Circumstances {
                        offender_resident: Some(offender.to_string()),
                        offender_now: Some(offender.to_string()),
                        offender_found: Some(place.to_string()),
                        complaint_or_request: Some(true),
                        tried_abroad: Some(false),
                    };
                    let text = who_can_prosecute(data, &question).unwrap().to_text(data, msgs);
                    out.push((format!("who-can-prosecute {conduct} {place} {offender} {victim:?} stated"), text));
                }
            }
        }
    }
    out
}

/// The text a reader sees of a page: no style, script or tags; entities read.
fn html_text(page: &str) -> String {
    let mut page = page.to_string();
    for (open, close) in [("<style>", "</style>"), ("<script>", "</script>")] {
        let start = page.find(open).unwrap();
        let end = start + page[start..].find(close).unwrap() + close.len();
        page.replace_range(start..end, "\u{1}");
    }
    let mut out = String::new();
    let mut in_tag = false;
    for c in page.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push('\u{1}');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// Every text of the data, longest first: what the views show as the data
/// gives it. Enum values (`not_found`, `primary`), the structured fields'
/// fixed words (`death`, `residence`), codes and origins are left out:
/// the views write those in their own words. So are texts of two
/// characters (jurisdiction codes): taking `TH` out of `MÂU THUẪN` would
/// garble the view, and no English word of the list hides in them.
fn data_texts(data: &Dataset) -> Vec<String> {
    fn walk(value: &serde_json::Value, key: &str, out: &mut BTreeSet<String>) {
        const WORDS: [&str; 12] = [
            "value",
            "confidence",
            "kind",
            "criterion",
            "covers",
            "combine",
            "origin",
            "conditions",
            "aggravating",
            "runs_from",
            "offences",
            "years",
        ];
        match value {
            serde_json::Value::String(s) if !WORDS.contains(&key) && s.chars().count() > 2 => {
                out.insert(s.clone());
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, key, out)),
            serde_json::Value::Object(map) => map.iter().for_each(|(k, v)| walk(v, k, out)),
            _ => {}
        }
    }
    let mut texts = BTreeSet::new();
    walk(&serde_json::to_value(data).unwrap(), "", &mut texts);
    let mut texts: Vec<String> = texts.into_iter().collect();
    texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
    texts
}

/// Words and phrases of the English views (the old code's and the English
/// catalog's), as they would appear if a translation were missing. Not
/// "in": it is Vietnamese too (in, to print).
const ENGLISH: &[&str] = &[
    "yes",
    "no",
    "partial",
    "draft",
    "unknown",
    "not found",
    "no data",
    "CONFLICT",
    "primary",
    "secondary",
    "conflict",
    "conflicting",
    "source",
    "sources",
    "criterion",
    "up to",
    "at least",
    "life",
    "death",
    "fine",
    "and/or",
    "and",
    "or",
    "figures",
    "penalty",
    "victim",
    "provisions",
    "covers",
    "meaning",
    "value",
    "range",
    "tiers",
    "replaced",
    "was",
    "from",
    "bundled",
    "import",
    "offence",
    "jurisdiction",
    "territorial",
    "nationality",
    "universal",
    "double criminality",
    "whether",
    "abroad",
    "YES",
    "NO",
    "UNKNOWN",
    "Who",
    "prosecute",
    "legal advice",
    "Instruments",
    "Exchange",
    "Sources",
    "Provisions",
    "Covers",
    "Penalty",
    "Open",
    "Close",
    "Printing",
    "adopted",
    "promulgated",
    "published",
    "in force",
    "cut at",
    "characters",
    "the",
    "of",
    "is",
    "not",
    "any",
    "selected",
    "recorded",
    "legend",
    "matrix",
    "aggravating",
    "condition",
    "conditions",
    "limitation",
    "mandatory minimum",
    "decided",
    "met",
    "treaty",
    "years",
    "national",
    "Notes",
    "checked",
];

/// The English words of `ENGLISH` that `text` has as whole words.
fn english_words(text: &str) -> Vec<&'static str> {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    ENGLISH
        .iter()
        .copied()
        .filter(|word| {
            text.match_indices(word).any(|(i, _)| {
                let before = text[..i].chars().next_back().is_none_or(|c| !is_word(c));
                let after = text[i + word.len()..].chars().next().is_none_or(|c| !is_word(c));
                before && after
            })
        })
        .collect()
}

/// `text` without the command-line options it names (`--tried-abroad`):
/// symbols, the same in every language, like the criterion codes.
fn without_options(text: &str) -> String {
    text.split(' ')
        .map(|word| match word.trim_start_matches('(').strip_prefix("--") {
            Some(_) => "\u{1}",
            None => word,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn no_view_in_another_language_has_an_english_word_of_vilabs_own() {
    for data in [bundled().unwrap(), with_structured_fixture()] {
        no_english_word_in_views_of(&data);
    }
}

fn no_english_word_in_views_of(data: &Dataset) {
    let texts = data_texts(data);
    let without_data =
        |view: &str| without_options(&texts.iter().fold(view.to_string(), |v, t| v.replace(t.as_str(), "\u{1}")));

    // The check is not vacuous: the English views have these words.
    let english: String = views(data, &Messages::new(Lang::En)).into_iter().map(|(_, v)| without_data(&v)).collect();
    for word in ["not found", "no data", "CONFLICT", "up to", "life", "and/or", "territorial", "universal"] {
        assert!(english_words(&english).contains(&word), "English views lack {word:?}");
    }

    for lang in &Lang::ALL[1..] {
        let msgs = Messages::new(*lang);
        for (name, view) in views(data, &msgs) {
            let left = without_data(&view);
            let found = english_words(&left);
            assert!(found.is_empty(), "{lang}: {name} has English {found:?}:\n{left}");
            assert!(!view.contains("<law-") && !view.contains("<criterion-"), "{lang}: {name} misses a key:\n{view}");
        }
    }
}

#[test]
fn thai_views_have_thai_words_and_the_datas_own_texts() {
    let data = bundled().unwrap();
    let th = Messages::new(Lang::Th);
    let m = matrix(&data, &Selection::all(&data));
    let table = m.to_table(&th, 200);
    assert!(!table.contains("not found") && table.contains("ไม่พบ"), "{table}");
    // Jurisdiction names and currency codes are the data's.
    assert!(table.contains("KH Cambodia") && table.contains("THB"), "{table}");
    let shown = vilab_law::show::show(&data, "TH", Criterion::CsamPossessSimple, None, &th).unwrap();
    // The statute title is quoted as the source writes it.
    assert!(shown.contains("New Amendments to Thailand's Penal Code"), "{shown}");
    assert!(shown.contains("จำคุกไม่เกิน 5 ปี"), "{shown}");
}
