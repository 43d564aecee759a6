//! One cell in full: every value with its penalties, provisions and
//! sources, and the values imports replaced; vilab's words in the reader's
//! language, the data's texts as the data gives them.

use vilab_i18n::{Messages, t};

use crate::compare::{citation, provision_names};
use crate::criteria::Criterion;
use crate::error::Result;
use crate::model::{CriterionValue, Dataset};
use crate::penalty::PenaltyRange;

/// The text of `vilab law show JURISDICTION CRITERION`, in the language of
/// `msgs`.
pub fn show(dataset: &Dataset, jurisdiction: &str, criterion: Criterion, msgs: &Messages) -> Result<String> {
    let j = dataset.jurisdiction(jurisdiction)?;
    let values = dataset.values(&j.code, criterion);
    let mut text = format!("{} {} — {} ({})\n", j.code, j.name, criterion.code(), criterion.label(msgs));
    if values.is_empty() {
        line(&mut text, msgs.get("law-show-no-data"));
    }
    if dataset.is_conflict(&j.code, criterion) {
        line(&mut text, msgs.get("law-show-conflict"));
    }
    for (i, value) in values.iter().enumerate() {
        // The number as text: it counts values, and `value 3000` reads better ungrouped.
        text.push('\n');
        line(&mut text, t!(msgs, "law-show-value", n = (i + 1).to_string(), value = value.short(msgs)));
        describe_value(dataset, value, msgs, &mut text);
    }
    let range = PenaltyRange::of(values.iter().flat_map(|v| &v.penalties));
    if !range.is_empty() {
        text.push('\n');
        line(&mut text, t!(msgs, "law-show-range", range = range.describe(&dataset.rate_list(), msgs)));
    }
    for replaced in dataset.history(&j.code, criterion) {
        text.push('\n');
        line(&mut text, t!(msgs, "law-show-replaced", by = &replaced.by, at = &replaced.at));
        for value in &replaced.values {
            field(&mut text, t!(msgs, "law-show-was", value = value.short(msgs)));
            for a in &value.assertions {
                line(&mut text, format!("    {}", t!(msgs, "law-field-source", source = citation(dataset, a, msgs))));
            }
        }
    }
    Ok(text)
}

/// Appends a field of a value: `content`, indented, and a line break.
fn field(text: &mut String, content: String) {
    line(text, format!("  {content}"));
}

/// Appends `content` and a line break.
fn line(text: &mut String, content: String) {
    text.push_str(&content);
    text.push('\n');
}

fn describe_value(dataset: &Dataset, value: &CriterionValue, msgs: &Messages, text: &mut String) {
    if let Some(q) = &value.qualifier {
        field(text, t!(msgs, "law-show-meaning", meaning = q));
    }
    if !value.provisions.is_empty() {
        field(text, t!(msgs, "law-field-provisions", provisions = provision_names(dataset, &value.provisions)));
    }
    if !value.covers.is_empty() {
        let codes: Vec<&str> = value.covers.iter().map(|c| c.code()).collect();
        field(text, t!(msgs, "law-show-covers", criteria = codes.join(", ")));
    }
    for p in &value.penalties {
        let note = p.note.as_deref().map(|n| format!(" — {n}")).unwrap_or_default();
        field(
            text,
            format!("{}{note}", t!(msgs, "law-show-penalty", tier = p.tier_text(msgs), penalty = p.describe(msgs))),
        );
    }
    if value.penalty_not_found {
        field(text, msgs.get("law-show-penalty-not-found"));
    }
    for a in &value.assertions {
        field(text, t!(msgs, "law-field-source", source = citation(dataset, a, msgs)));
        if let Some(quote) = &a.quote {
            // The quotation marks are kept in every language: they mark the source's own words.
            line(text, format!("    \"{quote}\""));
        }
    }
    field(text, t!(msgs, "law-show-from", origin = value.origin.text(msgs)));
}
