//! One cell in full: every value with its penalties, provisions and
//! sources, by period (the law as it was first, then as it is), with the
//! amendment that replaced each, and the values imports replaced; vilab's
//! words in the reader's language, the data's texts as the data gives them.
//! The structured fields are written from the catalogs: an extraterritorial
//! basis's conditions, limitation periods, and each tier's victim-age band,
//! aggravating circumstances and mandatory minimum.

use vilab_i18n::{Messages, t};

use crate::compare::{citation, provision_names};
use crate::criteria::Criterion;
use crate::date::PartialDate;
use crate::error::Result;
use crate::model::{CriterionValue, Dataset};
use crate::penalty::PenaltyRange;

/// The text of `vilab law show JURISDICTION CRITERION`, in the language of
/// `msgs`: every value of every period, history first; with `on`, which of
/// them were the law that day, and the penalty range of those alone.
pub fn show(
    dataset: &Dataset,
    jurisdiction: &str,
    criterion: Criterion,
    on: Option<PartialDate>,
    msgs: &Messages,
) -> Result<String> {
    let j = dataset.jurisdiction(jurisdiction)?;
    let mut values: Vec<&CriterionValue> = dataset.values(&j.code, criterion).iter().collect();
    // History first: by start (none is earliest), then by end (none is
    // latest); the sort is stable, so values of one period keep the data's order.
    values.sort_by_key(|v| {
        (v.period.valid_from.map(PartialDate::first_day), v.period.valid_to.map(PartialDate::first_day).is_none())
    });
    let dated = values.iter().any(|v| !v.period.is_unbounded());
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
        if let Some(period) = value.period.text(dataset, msgs) {
            field(&mut text, t!(msgs, "law-show-period", period = period));
        }
        if let Some(day) = on.filter(|_| dated) {
            let date = day.to_string();
            let status = if value.period.contains(day) {
                t!(msgs, "law-show-in-force-on", date = date)
            } else {
                t!(msgs, "law-show-not-in-force-on", date = date)
            };
            field(&mut text, status);
        }
        describe_value(dataset, value, msgs, &mut text);
    }
    let range = match on {
        Some(day) => PenaltyRange::of(
            values
                .iter()
                .filter(|v| v.period.contains(day))
                .flat_map(|v| &v.penalties)
                .filter(|p| p.period.contains(day)),
        ),
        None => PenaltyRange::of(values.iter().flat_map(|v| &v.penalties)),
    };
    if !range.is_empty() {
        text.push('\n');
        let range_text = range.describe(&dataset.rate_list(), msgs);
        line(
            &mut text,
            match on {
                Some(day) => t!(msgs, "law-show-range-on", date = day.to_string(), range = range_text),
                None => t!(msgs, "law-show-range", range = range_text),
            },
        );
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
        let names: Vec<String> = value
            .provisions
            .iter()
            .map(|id| {
                let name = provision_names(dataset, std::slice::from_ref(id));
                match dataset.provisions.get(id).and_then(|p| p.period.text(dataset, msgs)) {
                    Some(period) => format!("{name} ({period})"),
                    None => name,
                }
            })
            .collect();
        field(text, t!(msgs, "law-field-provisions", provisions = names.join("; ")));
    }
    if !value.covers.is_empty() {
        let codes: Vec<&str> = value.covers.iter().map(|c| c.code()).collect();
        field(text, t!(msgs, "law-show-covers", criteria = codes.join(", ")));
    }
    if let Some(conditions) = value.conditions_text(msgs) {
        field(text, t!(msgs, "law-show-conditions", conditions = conditions));
    }
    for l in &value.limitation {
        let provision =
            l.provision.as_ref().map(|p| format!(" ({})", provision_names(dataset, std::slice::from_ref(p))));
        field(
            text,
            format!("{}{}", t!(msgs, "law-show-limitation", limitation = l.text(msgs)), provision.unwrap_or_default()),
        );
    }
    for p in &value.penalties {
        // What the tier is for (age band, aggravating circumstances, mandatory minimum) before the data's note.
        let circumstances = p.circumstances_text(msgs).map(|c| format!("; {c}")).unwrap_or_default();
        let note = p.note.as_deref().map(|n| format!(" — {n}")).unwrap_or_default();
        let period = p.period.text(dataset, msgs).map(|t| format!(" ({t})")).unwrap_or_default();
        field(
            text,
            format!(
                "{}{circumstances}{note}{period}",
                t!(msgs, "law-show-penalty", tier = p.tier_text(msgs), penalty = p.describe(msgs))
            ),
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
