//! One cell in full: every value with its penalties, provisions and
//! sources, and the values imports replaced.

use crate::compare::{citation, provision_names};
use crate::criteria::Criterion;
use crate::error::Result;
use crate::model::{CriterionValue, Dataset};
use crate::penalty::PenaltyRange;

/// The text of `vilab law show JURISDICTION CRITERION`.
pub fn show(dataset: &Dataset, jurisdiction: &str, criterion: Criterion) -> Result<String> {
    let j = dataset.jurisdiction(jurisdiction)?;
    let values = dataset.values(&j.code, criterion);
    let mut text = format!("{} {} — {} ({})\n", j.code, j.name, criterion.code(), criterion.label());
    if values.is_empty() {
        text.push_str("no data: nothing is recorded for this criterion.\n");
    }
    if dataset.is_conflict(&j.code, criterion) {
        text.push_str("CONFLICT: the sources below disagree; none is preferred.\n");
    }
    for (i, value) in values.iter().enumerate() {
        text.push_str(&format!("\nvalue {}: {}\n", i + 1, value.short()));
        describe_value(dataset, value, &mut text);
    }
    let range = PenaltyRange::of(values.iter().flat_map(|v| &v.penalties));
    if !range.is_empty() {
        text.push_str(&format!("\nrange of all tiers: {}\n", range.describe(&dataset.rate_list())));
    }
    for replaced in dataset.history(&j.code, criterion) {
        text.push_str(&format!("\nreplaced by {} at {}:\n", replaced.by, replaced.at));
        for value in &replaced.values {
            text.push_str(&format!("  was: {}\n", value.short()));
            for a in &value.assertions {
                text.push_str(&format!("    source: {}\n", citation(dataset, a)));
            }
        }
    }
    Ok(text)
}

fn describe_value(dataset: &Dataset, value: &CriterionValue, text: &mut String) {
    if let Some(q) = &value.qualifier {
        text.push_str(&format!("  meaning: {q}\n"));
    }
    if !value.provisions.is_empty() {
        text.push_str(&format!("  provisions: {}\n", provision_names(dataset, &value.provisions)));
    }
    if !value.covers.is_empty() {
        let codes: Vec<&str> = value.covers.iter().map(|c| c.code()).collect();
        text.push_str(&format!("  covers: {}\n", codes.join(", ")));
    }
    for p in &value.penalties {
        let victim = p.victim_age.as_deref().map(|a| format!(" (victim {a})")).unwrap_or_default();
        let note = p.note.as_deref().map(|n| format!(" — {n}")).unwrap_or_default();
        text.push_str(&format!("  penalty, {}{victim}: {}{note}\n", p.tier, p.describe()));
    }
    if value.penalty_not_found {
        text.push_str("  penalty: not found\n");
    }
    for a in &value.assertions {
        text.push_str(&format!("  source: {}\n", citation(dataset, a)));
        if let Some(quote) = &a.quote {
            text.push_str(&format!("    \"{quote}\"\n"));
        }
    }
    text.push_str(&format!("  from: {}\n", value.origin));
}
